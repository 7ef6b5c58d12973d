package dev.smmkit.smo;

import java.util.Objects;

/**
 * An extracted share-metadata value and where it came from.
 *
 * @param value the value, trimmed with white space collapsed; URLs absolute
 * @param source where it was found, such as {@code meta[property=og:title]}, {@code json-ld
 *     headline}, {@code title} or {@code page url}
 *     <p>Immutable and thread-safe.
 */
public record MetaValue(String value, String source) {
  /**
   * Validates.
   *
   * @param value see the record component
   * @param source see the record component
   */
  public MetaValue {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
  }

  @Override
  public String toString() {
    return value + " (from " + source + ")";
  }
}
