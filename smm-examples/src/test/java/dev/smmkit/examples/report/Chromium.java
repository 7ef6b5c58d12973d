package dev.smmkit.examples.report;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's headless Chromium on a local page: bounded by a timeout, with a throw-away profile,
 * and with the browser's own network features switched off. A missing Chromium skips the tests that
 * need it (a machine with only a JDK builds), unless the environment variable {@value
 * #REQUIRED_ENV} is {@code true}: then it fails them. {@code .ci/run} installs the package, sets
 * the variable and checks afterwards that the browser tests ran.
 */
final class Chromium {
  /** The longest one Chromium run may take. */
  static final Duration TIMEOUT = Duration.ofSeconds(60);

  /** What one run left behind. */
  record Result(int exitCode, String stdout, String stderr, Duration took) {}

  /** The environment variable that makes a missing Chromium a failure instead of a skip. */
  static final String REQUIRED_ENV = "SMMKIT_REQUIRE_CHROMIUM";

  private Chromium() {}

  /** The Chromium binary: {@code -Dsmmkit.chromium=PATH}, {@code /usr/bin/chromium}, or PATH. */
  static Path binary() {
    String configured = System.getProperty("smmkit.chromium", "");
    if (!configured.isBlank()) {
      Path p = Path.of(configured);
      if (Files.isExecutable(p)) {
        return p;
      }
      fail("-Dsmmkit.chromium=" + configured + " is not an executable file");
    }
    Path debian = Path.of("/usr/bin/chromium");
    if (Files.isExecutable(debian)) {
      return debian;
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path p = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isExecutable(p)) {
          return p;
        }
      }
    }
    String missing =
        "Chromium is needed to check that the HTML reports render, but it is neither at"
            + " /usr/bin/chromium nor on the PATH. Install Debian's package as root:"
            + " apt-get install -y chromium (.ci/run does this when it is missing), or point"
            + " -Dsmmkit.chromium=PATH at a Chromium binary.";
    if (Boolean.parseBoolean(System.getenv(REQUIRED_ENV))) {
      return fail(missing + " (" + REQUIRED_ENV + "=true makes this a failure)");
    }
    return abort(missing + " Skipped: set " + REQUIRED_ENV + "=true to make it a failure.");
  }

  /**
   * Runs headless Chromium once.
   *
   * @param work a fresh directory for the profile and the output files
   * @param page the local page to open
   * @param mode the mode flags, e.g. {@code --screenshot=...} or {@code --dump-dom}
   * @return the exit code, output and duration
   */
  static Result run(Path work, Path page, String... mode) throws IOException, InterruptedException {
    Path profile = Files.createDirectories(work.resolve("profile"));
    Path out = work.resolve("chromium.out");
    Path err = work.resolve("chromium.err");
    List<String> command = new ArrayList<>();
    command.add(binary().toString());
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--user-data-dir=" + profile,
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--disable-sync",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-default-apps",
            "--hide-scrollbars",
            "--mute-audio",
            "--force-device-scale-factor=1"));
    command.addAll(List.of(mode));
    command.add(page.toUri().toString());
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().put("HOME", work.toString());
    pb.environment().put("XDG_CONFIG_HOME", work.resolve("config").toString());
    pb.environment().put("XDG_CACHE_HOME", work.resolve("cache").toString());
    long start = System.nanoTime();
    Process process = pb.start();
    if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
      fail(
          "Chromium did not finish within "
              + TIMEOUT.toSeconds()
              + " s: "
              + String.join(" ", command)
              + "\n"
              + Files.readString(err, StandardCharsets.UTF_8));
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8),
        took);
  }
}
