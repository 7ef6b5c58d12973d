package dev.smmkit.metrics;

import dev.smmkit.core.ValidationException;

/**
 * Engagement rate of one post, with an explicit definition of engagement and an explicit
 * denominator.
 *
 * <p>Formula: {@code ER = engagements / denominator}, where engagements is the sum of the counts in
 * an {@link InteractionSet} and the denominator is reach, impressions, followers at posting time or
 * video views ({@link Denominator}); daily ER is {@code (engagements / days) / followers}. Unit: a
 * {@link Rate} (fraction or percent). Zero case: a zero denominator gives an undefined rate.
 * Sources: the UCI Facebook metrics data (Moro, Rita and Vala, 2016) for likes + comments + shares
 * over reach, impressions and page likes; X Analytics for its engagement definition; common
 * industry practice (Hootsuite, Sprout Social) for the followers and daily variants.
 *
 * <p>Reference (UCI data, row 1: 100 interactions, reach 2 752, impressions 5 091, 139 441 page
 * likes): 3.633721 % by reach, 1.964251 % by impressions, 0.071715 % by page likes.
 *
 * <p>Stateless and thread-safe: its methods are static and share no mutable state.
 */
public final class EngagementRate {
  private EngagementRate() {}

  /**
   * ER from counts.
   *
   * @param engagements the engagements, at least 0
   * @param denominator reach, impressions, followers or views, at least 0
   * @return {@code engagements / denominator}; undefined when the denominator is 0
   * @throws ValidationException if a count is negative
   */
  public static Rate of(long engagements, long denominator) {
    return Rate.of(engagements, denominator);
  }

  /**
   * ER of a post.
   *
   * @param post the post's counts
   * @param interactions which interactions count
   * @param denominator what to divide by
   * @return the rate; undefined when the denominator is 0
   * @throws ValidationException if the post does not know the chosen denominator
   */
  public static Rate of(PostStats post, InteractionSet interactions, Denominator denominator) {
    long below =
        post.value(denominator)
            .orElseThrow(
                () ->
                    ValidationException.of(
                        "PostStats." + denominator.name().toLowerCase(java.util.Locale.ROOT),
                        null,
                        "Known",
                        "is unknown, so it cannot be the denominator"));
    return Rate.of(post.engagements(interactions), below);
  }

  /**
   * ER of a post's (or a day's) figures as an export reported them.
   *
   * <p>Engagements are {@link Figures#engagements(InteractionSet)}: the platform's own printed
   * total where it printed one for this set (so that X Analytics' {@code engagement rate} is
   * reproduced exactly), otherwise the sum of the set's members; never a smaller sum.
   *
   * @param figures the figures
   * @param interactions which interactions count
   * @param denominator what to divide by
   * @return the rate; undefined when the denominator is 0
   * @throws ValidationException if the denominator is absent ({@code Figures.<denominator>}, rule
   *     {@code Known}) or a member of the set is absent (rule {@code Absent}, one violation per
   *     missing kind)
   */
  public static Rate of(Figures figures, InteractionSet interactions, Denominator denominator) {
    long below =
        figures
            .value(denominator)
            .orElseThrow(
                () ->
                    ValidationException.of(
                        "Figures." + denominator.name().toLowerCase(java.util.Locale.ROOT),
                        null,
                        "Known",
                        "is not in the source, so it cannot be the denominator"));
    return Rate.of(figures.engagements(interactions), below);
  }

  /**
   * Daily ER: engagements per day per follower.
   *
   * <p>Formula: {@code (engagements / days) / followers = engagements / (days x followers)}.
   *
   * @param engagements engagements over the period, at least 0
   * @param days length of the period in days, at least 1
   * @param followers followers, at least 0
   * @return the rate; undefined when there are no followers
   * @throws ValidationException if days is below 1 or a count is negative
   * @throws MetricOverflowException if {@code days x followers} overflows
   */
  public static Rate daily(long engagements, long days, long followers) {
    if (days < 1) {
      throw ValidationException.of("EngagementRate.daily.days", days, "Min", "must be >= 1");
    }
    if (followers < 0) {
      throw ValidationException.of(
          "EngagementRate.daily.followers", followers, "PositiveOrZero", "must be >= 0");
    }
    long below;
    try {
      below = Math.multiplyExact(days, followers);
    } catch (ArithmeticException e) {
      throw MetricOverflowException.product("EngagementRate.daily.denominator", days, followers);
    }
    return Rate.of(engagements, below);
  }
}
