package dev.smmkit.core;

import dev.smmkit.core.internal.Checks;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A media attachment of a content piece.
 *
 * @param kind what it is
 * @param size the size in pixels; required for images, video and animations, null for audio and
 *     documents when unknown
 * @param altText a text alternative for people who cannot see it, or null when missing
 * @param duration the playing time of video and audio, or null
 *     <p>Immutable and thread-safe.
 */
public record Media(
    MediaKind kind,
    @Nullable ImageSize size,
    @Nullable String altText,
    @Nullable Duration duration) {

  /**
   * Validates the attachment.
   *
   * @param kind the kind
   * @param size the size or null
   * @param altText the alt text or null
   * @param duration the duration or null
   * @throws ValidationException listing every problem
   */
  public Media {
    Checks c = Checks.of("Media");
    c.check(
        kind != null, "kind", null, "NotNull", "jakarta.validation.constraints.NotNull.message");
    boolean visual =
        kind == MediaKind.IMAGE || kind == MediaKind.VIDEO || kind == MediaKind.ANIMATION;
    c.check(!visual || size != null, "size", null, "NotNull", "smm.media.size");
    c.check(
        duration == null || !duration.isNegative(),
        "duration",
        duration,
        "PositiveOrZero",
        "jakarta.validation.constraints.PositiveOrZero.message");
    c.throwIfAny();
  }

  /**
   * An image with a size and alt text.
   *
   * @param width width in pixels
   * @param height height in pixels
   * @param altText the alt text, or null when missing
   * @return the image
   */
  public static Media image(int width, int height, @Nullable String altText) {
    return new Media(MediaKind.IMAGE, ImageSize.of(width, height), altText, null);
  }

  /**
   * A video with a size and duration.
   *
   * @param width width in pixels
   * @param height height in pixels
   * @param duration the playing time
   * @return the video
   */
  public static Media video(int width, int height, Duration duration) {
    return new Media(MediaKind.VIDEO, ImageSize.of(width, height), null, duration);
  }

  /**
   * Whether the attachment has a non-blank alt text.
   *
   * @return true when alt text is present
   */
  public boolean hasAltText() {
    return altText != null && !altText.isBlank();
  }
}
