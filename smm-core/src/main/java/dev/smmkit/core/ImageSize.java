package dev.smmkit.core;

import dev.smmkit.core.internal.Checks;

/**
 * A recommended or actual image size in pixels, with what it is for.
 *
 * @param width width in pixels, at least 1
 * @param height height in pixels, at least 1
 * @param use what the size is for on a platform, such as {@code square} or {@code link}; may be
 *     empty for an actual image
 *     <p>Immutable and thread-safe.
 */
public record ImageSize(int width, int height, String use) {

  /**
   * Validates the size.
   *
   * @param width width in pixels
   * @param height height in pixels
   * @param use what the size is for
   * @throws ValidationException if a side is below 1 pixel or {@code use} is null
   */
  public ImageSize {
    Checks c = Checks.of("ImageSize");
    c.check(width >= 1, "width", width, "Min", "smm.min.one");
    c.check(height >= 1, "height", height, "Min", "smm.min.one");
    c.check(use != null, "use", null, "NotNull", "jakarta.validation.constraints.NotNull.message");
    c.throwIfAny();
  }

  /**
   * An image size without a stated use.
   *
   * @param width width in pixels
   * @param height height in pixels
   * @return the size
   */
  public static ImageSize of(int width, int height) {
    return new ImageSize(width, height, "");
  }

  /**
   * The aspect ratio, width divided by height.
   *
   * @return for example 1.905 for 1200x630
   */
  public double aspectRatio() {
    return (double) width / height;
  }

  /**
   * Renders the size as {@code 1200x630}, followed by {@code :use} when there is one.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return width + "x" + height + (use.isEmpty() ? "" : ":" + use);
  }
}
