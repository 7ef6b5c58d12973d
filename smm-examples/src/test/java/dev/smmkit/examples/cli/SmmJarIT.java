package dev.smmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded {@code smm.jar}, run the way the README runs it, in a fresh JVM: every library the
 * tour and an audit need is inside the jar.
 */
class SmmJarIT {
  @TempDir Path dir;

  /** What a run printed and returned. */
  record Result(int code, String out) {}

  static Result java(String... args) throws IOException, InterruptedException {
    return java(List.of(), args);
  }

  static Result java(List<String> jvm, String... args) throws IOException, InterruptedException {
    String jar = System.getProperty("smm.jar");
    assertThat(jar).as("the smm.jar system property").isNotNull();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.add("-jar");
    command.add(jar);
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), out);
  }

  @Test
  void tour_runsFromTheJar() throws Exception {
    Result r = java("tour");
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(r.out())
        .contains("4. SMO: the site first, as networks see it")
        .contains("8. Money: ROI, ROAS, cost per subscriber")
        .doesNotContain("HV000001");
  }

  @Test
  void auditAndHtmlReport_runFromTheJar() throws Exception {
    Path page = dir.resolve("page.html");
    try (InputStream in =
        SmmJarIT.class.getResourceAsStream("/dev/smmkit/examples/pages/oboi-blog.html")) {
      Files.copy(in, page);
    }
    Result text = java("audit", page.toString(), "--url", "https://oboi.example.ru/blog/post");
    assertThat(text.code()).as(text.out()).isZero();
    assertThat(text.out()).containsPattern("Score: \\d+/100");
    Path html = dir.resolve("audit.html");
    Result report = java("audit", page.toString(), "--format", "html", "--output", html.toString());
    assertThat(report.code()).as(report.out()).isZero();
    assertThat(Files.readString(html)).contains("data:image/png;base64,");
  }

  @Test
  void output_isUtf8_evenWhenThePlatformCharsetIsAscii() throws Exception {
    Path page = dir.resolve("page.html");
    try (InputStream in =
        SmmJarIT.class.getResourceAsStream("/dev/smmkit/examples/pages/oboi-blog.html")) {
      Files.copy(in, page);
    }
    Result r =
        java(
            List.of("-Dfile.encoding=US-ASCII", "-Dsun.stdout.encoding=US-ASCII"),
            "audit",
            page.toString(),
            "--locale",
            "ru");
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(r.out()).containsPattern("[А-Яа-я]{4,}").doesNotContain("????");
  }
}
