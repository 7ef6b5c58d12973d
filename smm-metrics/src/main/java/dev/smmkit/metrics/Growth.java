package dev.smmkit.metrics;

import dev.smmkit.core.ValidationException;
import dev.smmkit.core.Violations;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.Optional;

/**
 * Audience growth and conversation metrics.
 *
 * <p>Growth rates use the audience at the <em>start</em> of the period as denominator (the usual
 * definition, so that a period's growth does not depend on itself). A zero denominator gives an
 * undefined {@link Rate} or an empty result.
 *
 * <p>Stateless and thread-safe: its methods are static and share no mutable state.
 */
public final class Growth {
  private Growth() {}

  /**
   * Gross follower growth: {@code gained / followers at start}.
   *
   * @param gained followers gained in the period, at least 0
   * @param followersAtStart followers at the start of the period, at least 0
   * @return the rate; undefined when the period started with no followers
   */
  public static Rate grossFollowerGrowth(long gained, long followersAtStart) {
    return Rate.of(gained, followersAtStart);
  }

  /**
   * Net follower growth: {@code (gained - lost) / followers at start}; negative when the audience
   * shrank.
   *
   * @param gained followers gained, at least 0
   * @param lost followers lost, at least 0
   * @param followersAtStart followers at the start, at least 0
   * @return the growth as a fraction (16 significant digits), or empty with no followers at start
   */
  public static Optional<BigDecimal> netFollowerGrowth(
      long gained, long lost, long followersAtStart) {
    new Violations("Growth")
        .check(gained >= 0, "gained", gained, "PositiveOrZero", "must be >= 0")
        .check(lost >= 0, "lost", lost, "PositiveOrZero", "must be >= 0")
        .check(
            followersAtStart >= 0,
            "followersAtStart",
            followersAtStart,
            "PositiveOrZero",
            "must be >= 0")
        .throwIfAny();
    if (followersAtStart == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(gained)
            .subtract(BigDecimal.valueOf(lost))
            .divide(BigDecimal.valueOf(followersAtStart), MathContext.DECIMAL64));
  }

  /**
   * Churn: {@code lost / followers at start}.
   *
   * @param lost followers lost, at least 0
   * @param followersAtStart followers at the start, at least 0
   * @return the rate; undefined with no followers at start
   */
  public static Rate churn(long lost, long followersAtStart) {
    return Rate.of(lost, followersAtStart);
  }

  /**
   * Customer response rate: {@code replied / inbound} messages and comments that needed an answer.
   *
   * @param replied inbound items answered, at most inbound
   * @param inbound inbound items, at least 0
   * @return the rate; undefined with nothing inbound
   * @throws ValidationException if inbound is negative or more were replied than came in
   */
  public static Rate responseRate(long replied, long inbound) {
    requireCount("inbound", inbound);
    if (replied > inbound) {
      throw ValidationException.of(
          "Growth.replied", replied, "AtMostInbound", "must not exceed inbound (" + inbound + ")");
    }
    return Rate.of(replied, inbound);
  }

  /**
   * Mean response time: {@code total time to first reply / replies}.
   *
   * @param totalResponseTime the sum of the times to first reply
   * @param replied the number of replies, at least 0
   * @return the mean, truncated to nanoseconds, or empty with no replies
   */
  public static Optional<Duration> meanResponseTime(Duration totalResponseTime, long replied) {
    if (replied < 0 || totalResponseTime.isNegative()) {
      throw ValidationException.of(
          replied < 0 ? "Growth.replied" : "Growth.totalResponseTime",
          replied < 0 ? replied : totalResponseTime,
          "PositiveOrZero",
          "must be >= 0");
    }
    return replied == 0 ? Optional.empty() : Optional.of(totalResponseTime.dividedBy(replied));
  }

  /**
   * Share of voice: {@code brand mentions / all mentions in the market}.
   *
   * @param brandMentions mentions of the brand, at most all mentions
   * @param allMentions mentions of the brand and its competitors
   * @return the rate; undefined with no mentions
   * @throws ValidationException if all mentions are negative or brand mentions exceed them
   */
  public static Rate shareOfVoice(long brandMentions, long allMentions) {
    requireCount("allMentions", allMentions);
    if (brandMentions > allMentions) {
      throw ValidationException.of(
          "Growth.brandMentions",
          brandMentions,
          "AtMostAll",
          "must not exceed all mentions (" + allMentions + ")");
    }
    return Rate.of(brandMentions, allMentions);
  }

  /**
   * Conversion rate: {@code conversions / visits} (for Instagram insights: follows / profile
   * visits).
   *
   * @param conversions conversions, at least 0
   * @param visits visits or clicks, at least 0
   * @return the rate; undefined with no visits
   */
  public static Rate conversionRate(long conversions, long visits) {
    return Rate.of(conversions, visits);
  }

  private static void requireCount(String field, long n) {
    if (n < 0) {
      throw ValidationException.of("Growth." + field, n, "PositiveOrZero", "must be >= 0");
    }
  }
}
