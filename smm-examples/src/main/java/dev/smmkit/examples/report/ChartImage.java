package dev.smmkit.examples.report;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A chart drawn as a PNG image, with the text that describes it to readers who cannot see it.
 *
 * <p>Made by {@link Charts}; embedded in a report by {@link HtmlReport#charts(String,
 * java.util.List)} or written to a file by the {@code --chart} option of {@code smm metrics}.
 */
public final class ChartImage {
  private final String title;
  private final String alt;
  private final byte[] png;
  private final int width;
  private final int height;

  /**
   * A chart image.
   *
   * @param title the chart's title, shown as the figure caption
   * @param alt the alternative text: what the chart shows, in words and numbers
   * @param png the PNG bytes
   * @param width the image width in pixels
   * @param height the image height in pixels
   */
  public ChartImage(String title, String alt, byte[] png, int width, int height) {
    this.title = Objects.requireNonNull(title, "title");
    this.alt = Objects.requireNonNull(alt, "alt");
    this.png = Objects.requireNonNull(png, "png").clone();
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("width and height must be positive");
    }
    this.width = width;
    this.height = height;
  }

  /**
   * The chart's title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The alternative text.
   *
   * @return what the chart shows, in words
   */
  public String alt() {
    return alt;
  }

  /**
   * The PNG bytes.
   *
   * @return a copy of the PNG bytes
   */
  public byte[] png() {
    return png.clone();
  }

  /**
   * The image width.
   *
   * @return the width in pixels
   */
  public int width() {
    return width;
  }

  /**
   * The image height.
   *
   * @return the height in pixels
   */
  public int height() {
    return height;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ChartImage c
        && title.equals(c.title)
        && alt.equals(c.alt)
        && Arrays.equals(png, c.png)
        && width == c.width
        && height == c.height;
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, alt, Arrays.hashCode(png), width, height);
  }

  @Override
  public String toString() {
    return "ChartImage[" + title + ", " + width + "x" + height + ", " + png.length + " bytes]";
  }
}
