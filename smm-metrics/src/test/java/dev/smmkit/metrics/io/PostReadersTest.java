package dev.smmkit.metrics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostReadersTest {

  static Path resource(String name) {
    try {
      return Path.of(PostReadersTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static PostFormat detect(String text) {
    return PostReaders.detect(
        text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, "t.csv");
  }

  @Test
  void theRealExports_areRecognised() {
    assertThat(
            PostReaders.detect(
                resource(
                    "/x/psyteachr-lisadebruine-2021/tweet_activity_metrics_LisaDeBruine_20210101_20210201_en.csv"),
                StandardCharsets.UTF_8))
        .isEqualTo(PostFormat.X_TWEET_ACTIVITY);
    assertThat(
            PostReaders.detect(
                resource(
                    "/x/psyteachr-lisadebruine-2021/daily_tweet_activity_metrics_LisaDeBruine_20210101_20210201_en.csv"),
                StandardCharsets.UTF_8))
        .isEqualTo(PostFormat.X_DAILY_ACTIVITY);
    assertThat(
            PostReaders.detect(
                resource(
                    "/x/nceas-dataone-2019-2021/tweet_activity_metrics_DataONEorg_20210301_20210401_en.csv"),
                StandardCharsets.UTF_8))
        .as("header-only")
        .isEqualTo(PostFormat.X_TWEET_ACTIVITY);
    assertThat(PostReaders.detect(resource("/uci/dataset_Facebook.csv"), StandardCharsets.UTF_8))
        .isEqualTo(PostFormat.UCI_FACEBOOK);
    assertThat(
            PostReaders.detect(
                resource("/instagram/instagram_posts_with_date.csv"), StandardCharsets.UTF_8))
        .isEqualTo(PostFormat.INSTAGRAM_INSIGHTS);
    assertThat(
            PostReaders.detect(
                resource("/instagram/instagram_posts_cp1252.csv"), Charset.forName("windows-1252")))
        .isEqualTo(PostFormat.INSTAGRAM_INSIGHTS);
  }

  @Test
  void smmkitFormats_andABom_areRecognised() {
    assertThat(detect("\uFEFF" + String.join(",", PostsCsvReader.COLUMNS) + "\n"))
        .isEqualTo(PostFormat.SMMKIT_POSTS_CSV);
    assertThat(detect("\n  {\"id\":\"p1\"}\n")).isEqualTo(PostFormat.SMMKIT_POSTS_JSON_LINES);
  }

  @Test
  void anUnknownFile_namesEachFormatTriedAndTheColumnsItMissed() {
    assertThatThrownBy(() -> detect("Tweet id,impressions,likes\n1,2,3\n"))
        .isInstanceOf(UnrecognizedFormatException.class)
        .hasMessage(
            "t.csv: is not an export SMMKit reads; tried smmkit-posts JSON Lines (the first"
                + " character is not {); X tweet activity export (missing time, engagements); X"
                + " daily activity export (missing Date, Tweets published, engagements);"
                + " Instagram post insights CSV (missing Impressions, From Home, Likes); UCI"
                + " Facebook metrics CSV (;-separated, missing Page total likes); smmkit-posts CSV"
                + " (missing id, platform, published_at). Its first line: Tweet"
                + " id,impressions,likes")
        .satisfies(
            e ->
                assertThat(((UnrecognizedFormatException) e).missed())
                    .containsEntry(PostFormat.X_TWEET_ACTIVITY, List.of("time", "engagements"))
                    .hasSize(PostFormat.values().length));
  }

  @Test
  void binaryEmptyAndUndecodableInputs_areSaidSo() {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
    assertThatThrownBy(() -> PostReaders.detect(zip, StandardCharsets.UTF_8, "posts.xlsx"))
        .isInstanceOf(UnrecognizedFormatException.class)
        .hasMessage(
            "posts.xlsx: is binary, a zip archive (an .xlsx, .docx or .zip file), not a text export");
    assertThatThrownBy(() -> detect("\n \n"))
        .isInstanceOf(UnrecognizedFormatException.class)
        .hasMessage("t.csv: no header: the input is empty");
    byte[] cp1252 = "Caf\u00e9,x\n".getBytes(Charset.forName("windows-1252"));
    assertThatThrownBy(() -> PostReaders.detect(cp1252, StandardCharsets.UTF_8, "c.csv"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("c.csv: byte 3 is not valid UTF-8 text")
        .hasCauseInstanceOf(CharacterCodingException.class);
  }

  @Test
  void aMultiByteCharacterCutAtTheEndOfTheHead_isNotAnError() {
    byte[] head = new byte[PostReaders.HEAD];
    byte[] header =
        (String.join(",", PostsCsvReader.COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8);
    System.arraycopy(header, 0, head, 0, header.length);
    for (int i = header.length; i < head.length; i++) {
      head[i] = 'a';
    }
    head[head.length - 1] = (byte) 0xC3; // the first byte of "é"
    assertThat(PostReaders.detect(head, StandardCharsets.UTF_8, "big.csv"))
        .isEqualTo(PostFormat.SMMKIT_POSTS_CSV);
  }
}
