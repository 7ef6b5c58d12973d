package dev.smmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class ContentPieceTest {

  @Test
  void sample_accessorsAndText() {
    ContentPiece p = Samples.article();
    assertThat(p.headline()).contains("Как поклеить флизелиновые обои за выходные");
    assertThat(p.text()).startsWith("Как поклеить").contains("\n\nПошаговая");
    assertThat(p.media().get(0).hasAltText()).isTrue();
    assertThat(p.scheduledAt()).isPresent();
    assertThat(p.toBuilder().build()).isEqualTo(p);
    assertThat(Samples.offer().text()).isEqualTo("−20 % на детские обои до воскресенья");
    assertThat(Samples.offer().body()).isEmpty();
    assertThat(p.toString()).contains("post-001").contains("INFORMATIONAL");
  }

  @Test
  void piece_withoutHeadlineBodyOrMedia_isRejected() {
    assertThatThrownBy(
            () ->
                ContentPiece.builder()
                    .id("p")
                    .purpose(ContentPurpose.ENTERTAINING)
                    .targetPlatforms(List.of(Platform.TELEGRAM))
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "ContentPiece.body: a content piece needs a headline, a body or media (was null)");
  }

  @Test
  void piece_missingIdPurposeAndPlatforms_areAllReported() {
    assertThatThrownBy(() -> ContentPiece.builder().body("text").build())
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            """
            ContentPiece.id: must not be blank (was null)
            ContentPiece.purpose: must not be null (was null)
            ContentPiece.targetPlatforms: must not be empty (was [])""");
  }

  @Test
  void piece_relativeOrNonWebLinks_andHashtagsWithSpaces_areRejected() {
    assertThatThrownBy(
            () ->
                Samples.article().toBuilder()
                    .links(List.of(URI.create("/blog/post"), URI.create("mailto:a@b.c")))
                    .hashtags(List.of("#ok", "#two words"))
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "ContentPiece.links[0]: must be an absolute http or https URI (was /blog/post)\n"
                + "ContentPiece.links[1]: must be an absolute http or https URI (was mailto:a@b.c)\n"
                + "ContentPiece.hashtags[1]: a hashtag must not be blank or contain white space"
                + " (was \"#two words\")");
  }

  @Test
  void piece_nullElements_andTooLongText_areRejected() {
    assertThatThrownBy(
            () ->
                Samples.article().toBuilder()
                    .media(Arrays.asList((Media) null))
                    .headline("h".repeat(1001))
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("ContentPiece.headline: size must be between 0 and 1000")
        .hasMessageContaining("ContentPiece.media[0]: must not be null (was null)");
  }

  @Test
  void media_needsSizeForVisuals_andNonNegativeDuration() {
    assertThatThrownBy(() -> new Media(MediaKind.VIDEO, null, null, Duration.ofSeconds(-1)))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            """
            Media.size: images, video and animations need a size in pixels (was null)
            Media.duration: must be greater than or equal to 0 (was PT-1S)""");
    assertThatThrownBy(() -> new Media(null, null, null, null))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Media.kind: must not be null (was null)");
    Media audio = new Media(MediaKind.AUDIO, null, null, Duration.ofMinutes(3));
    assertThat(audio.hasAltText()).isFalse();
    assertThat(Media.video(1920, 1080, Duration.ofSeconds(30)).size())
        .isEqualTo(ImageSize.of(1920, 1080));
    assertThat(Media.image(10, 10, " ").hasAltText()).isFalse();
  }

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(ContentPiece.class).suppress(Warning.NULL_FIELDS).verify();
  }
}
