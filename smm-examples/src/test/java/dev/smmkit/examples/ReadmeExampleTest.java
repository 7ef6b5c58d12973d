package dev.smmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReadmeExampleTest {

  private static List<String> normalised(String block) {
    return block
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("// README example"))
        .collect(Collectors.toList());
  }

  @Test
  void readme_showsExactlyTheCompiledExample() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```java\n");
    int end = readme.indexOf("```", start + 8);
    assertThat(start).as("README has a java block").isNotNegative();
    String readmeCode = readme.substring(start + 8, end);

    String source =
        Files.readString(
            root.resolve("smm-examples/src/main/java/dev/smmkit/examples/ReadmeExample.java"),
            StandardCharsets.UTF_8);
    String compiled =
        source.substring(
            source.indexOf("// README:begin") + "// README:begin".length(),
            source.indexOf("// README:end"));

    List<String> imports =
        source.lines().filter(l -> l.startsWith("import ")).collect(Collectors.toList());
    List<String> shown = normalised(readmeCode);
    List<String> shownImports =
        shown.stream().filter(l -> l.startsWith("import ")).collect(Collectors.toList());
    List<String> shownCode =
        shown.stream().filter(l -> !l.startsWith("import ")).collect(Collectors.toList());
    // The imports come first and are exactly the example's, so the snippet compiles as shown.
    assertThat(shown.subList(0, shownImports.size())).isEqualTo(shownImports);
    assertThat(shownImports).isEqualTo(imports);
    assertThat(shownCode).isEqualTo(normalised(compiled));
    assertThat(shownCode.size()).as("a ten-line example").isBetween(5, 14);
  }

  @Test
  void readmeExample_runs() {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      ReadmeExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("ER by reach: 3.633721 % (100/2752)")
        .contains("SMO 13/100; first: Add <meta property=\"og:description\">")
        .contains("18.75 RUB");
  }
}
