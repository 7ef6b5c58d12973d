package dev.smmkit.core;

import dev.smmkit.core.internal.Checks;
import java.time.LocalTime;
import java.util.List;

/**
 * A platform's published content limits and recommendations.
 *
 * @param maxTextLength most characters of post text or caption, at least 1
 * @param maxHeadlineLength most characters of a separate title, or 0 when the platform has none
 * @param maxHashtags most hashtags that the platform honours, at least 0
 * @param recommendedHashtagsMin fewest hashtags recommended
 * @param recommendedHashtagsMax most hashtags recommended, between the minimum and {@code
 *     maxHashtags}
 * @param recommendedImageSizes recommended image sizes, possibly empty
 * @param activeFrom start of the local time window when most of the audience is online
 * @param activeTo end of that window; before {@code activeFrom} when it spans midnight
 *     <p>Immutable and thread-safe.
 */
public record ContentLimits(
    int maxTextLength,
    int maxHeadlineLength,
    int maxHashtags,
    int recommendedHashtagsMin,
    int recommendedHashtagsMax,
    List<ImageSize> recommendedImageSizes,
    LocalTime activeFrom,
    LocalTime activeTo) {

  /**
   * Validates the limits and copies the list.
   *
   * @param maxTextLength most characters of post text or caption
   * @param maxHeadlineLength most characters of a separate title, or 0
   * @param maxHashtags most hashtags honoured
   * @param recommendedHashtagsMin fewest hashtags recommended
   * @param recommendedHashtagsMax most hashtags recommended
   * @param recommendedImageSizes recommended image sizes
   * @param activeFrom start of the active window
   * @param activeTo end of the active window
   * @throws ValidationException listing every broken limit
   */
  public ContentLimits {
    Checks v = Checks.of("ContentLimits");
    String min1 = "smm.min.one";
    String min0 = "smm.min.zero";
    String notNull = "jakarta.validation.constraints.NotNull.message";
    v.check(maxTextLength >= 1, "maxTextLength", maxTextLength, "Min", min1);
    v.check(maxHeadlineLength >= 0, "maxHeadlineLength", maxHeadlineLength, "Min", min0);
    v.check(maxHashtags >= 0, "maxHashtags", maxHashtags, "Min", min0);
    v.check(
        recommendedHashtagsMin >= 0, "recommendedHashtagsMin", recommendedHashtagsMin, "Min", min0);
    v.check(
        recommendedHashtagsMax >= recommendedHashtagsMin && recommendedHashtagsMax <= maxHashtags,
        "recommendedHashtagsMax",
        recommendedHashtagsMax,
        "Range",
        "smm.limits.recommendedHashtags");
    v.check(recommendedImageSizes != null, "recommendedImageSizes", null, "NotNull", notNull);
    if (recommendedImageSizes != null) {
      for (int i = 0; i < recommendedImageSizes.size(); i++) {
        v.check(
            recommendedImageSizes.get(i) != null,
            "recommendedImageSizes[" + i + "]",
            null,
            "NotNull",
            notNull);
      }
    }
    v.check(activeFrom != null, "activeFrom", null, "NotNull", notNull);
    v.check(activeTo != null, "activeTo", null, "NotNull", notNull);
    v.throwIfAny();
    recommendedImageSizes = List.copyOf(recommendedImageSizes);
  }

  /**
   * Whether a local time falls inside the active window (start inclusive, end exclusive); a window
   * whose end is before its start spans midnight.
   *
   * @param time a local time
   * @return true when the time is inside the window
   */
  public boolean isActiveAt(LocalTime time) {
    if (activeFrom.equals(activeTo)) {
      return true;
    }
    if (activeFrom.isBefore(activeTo)) {
      return !time.isBefore(activeFrom) && time.isBefore(activeTo);
    }
    return !time.isBefore(activeFrom) || time.isBefore(activeTo);
  }
}
