package dev.smmkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smmkit.core.Campaign;
import dev.smmkit.core.ContentPiece;
import dev.smmkit.core.Persona;
import dev.smmkit.core.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * JSON written by an earlier SMMKit still reads, and writes back byte for byte: the files under
 * {@code json/golden} were written by 0.1.0-SNAPSHOT when its JSON ran on Jackson 3.2.4, before the
 * move to Jackson 2 (one file per kind of value: a full campaign with goals, dates and money, a
 * persona, a content piece with video durations, a custom platform with its limits and times).
 */
class JsonGoldenFilesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "campaign-0.1.json, dev.smmkit.core.Campaign",
    "persona-0.1.json, dev.smmkit.core.Persona",
    "content-video-0.1.json, dev.smmkit.core.ContentPiece",
    "platform-custom-0.1.json, dev.smmkit.core.Platform"
  })
  void goldenFile_readsAndWritesBackUnchanged(String file, Class<?> type) throws IOException {
    String golden = golden(file);

    Object value = SmmJson.defaults().read(golden, type);

    assertThat(value)
        .isInstanceOfAny(Campaign.class, Persona.class, ContentPiece.class, Platform.class);
    assertThat(SmmJson.defaults().write(value) + "\n").isEqualTo(golden);
  }

  private static String golden(String file) throws IOException {
    try (InputStream in = JsonGoldenFilesTest.class.getResourceAsStream("golden/" + file)) {
      assertThat(in).as(file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
