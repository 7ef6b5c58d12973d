package dev.smmkit.smo;

import dev.smmkit.core.ValidationException;

/**
 * Bounds on the work done for one page, so that hostile or broken input costs bounded time and
 * memory. A page that exceeds a bound is analysed up to it and its report is flagged partial.
 *
 * @param maxBytes bytes of HTML read; the rest is cut off (default 8 MiB)
 * @param maxCandidates meta tags of one kind (such as {@code og:image}) and JSON-LD blocks
 *     considered (default 64)
 * @param maxJsonLdChars characters of one JSON-LD block parsed (default 1,000,000)
 *     <p>Immutable and thread-safe.
 */
public record PageLimits(int maxBytes, int maxCandidates, int maxJsonLdChars) {
  private static final PageLimits DEFAULTS = new PageLimits(8 << 20, 64, 1_000_000);

  /**
   * Validates.
   *
   * @throws ValidationException when a bound is below 1
   * @param maxBytes see the record component
   * @param maxCandidates see the record component
   * @param maxJsonLdChars see the record component
   */
  public PageLimits {
    if (maxBytes < 1) {
      throw ValidationException.of("PageLimits.maxBytes", maxBytes, "Min", "must be >= 1");
    }
    if (maxCandidates < 1) {
      throw ValidationException.of(
          "PageLimits.maxCandidates", maxCandidates, "Min", "must be >= 1");
    }
    if (maxJsonLdChars < 1) {
      throw ValidationException.of(
          "PageLimits.maxJsonLdChars", maxJsonLdChars, "Min", "must be >= 1");
    }
  }

  /**
   * The defaults: 8 MiB, 64 candidates, 1,000,000 characters of JSON-LD.
   *
   * @return the defaults
   */
  public static PageLimits defaults() {
    return DEFAULTS;
  }
}
