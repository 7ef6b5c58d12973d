package dev.smmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smmkit.examples.cli.SmmCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code smm audit --locale} on the common page whose og:image declares no size and no type: every
 * message, advice and evidence is complete and in the chosen language.
 */
class AuditLocaleTest {
  @TempDir static Path dir;

  static Path page() throws IOException {
    return Files.writeString(
        dir.resolve("no-size.html"),
        "<!doctype html><html lang=en><head><title>How to choose wallpaper for a nursery</title>"
            + "<meta property=og:image content=https://example.com/cover.jpg>"
            + "</head><body><h1>How to choose wallpaper</h1><p>Text.</p></body></html>");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en|og:image size is not declared, or below the recommended 1200x630"
            + "|[og:image:width and og:image:height not declared]|[og:image:type not declared]",
        "ru|Размер og:image не указан или меньше рекомендуемого 1200x630"
            + "|[og:image:width и og:image:height не указаны]|[og:image:type не указан]",
        "vi|Kích thước og:image chưa được khai báo hoặc nhỏ hơn mức khuyến nghị 1200x630"
            + "|[chưa khai báo og:image:width và og:image:height]|[chưa khai báo og:image:type]"
      })
  void audit_ogImageWithoutSize_printsCompleteTextInTheLocale(
      String locale, String sizeMessage, String sizeEvidence, String typeEvidence)
      throws IOException {
    Run r = SmmCommandTest.smm("audit", page().toString(), "--locale", locale);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .doesNotContain("{")
        .doesNotContain("?x?")
        .contains(sizeMessage + " " + sizeEvidence)
        .contains(typeEvidence);
    Run json =
        SmmCommandTest.smm("audit", page().toString(), "--locale", locale, "--format", "json");
    assertThat(json.code()).as(json.err()).isZero();
    assertThat(json.out()).doesNotContainPattern("\\{[a-zA-Z]+}").contains(sizeMessage);
  }
}
