package dev.smmkit.metrics;

import dev.smmkit.core.ValidationException;

/**
 * Reach and frequency.
 *
 * <p>Formula: {@code frequency = impressions / reach}, the average number of times each person
 * reached saw the content. Unit: times per person (a {@link Rate}, read with {@link
 * Rate#fraction()}). Zero case: no reach gives an undefined frequency. Reach above impressions is
 * impossible (each person reached has seen the content at least once) and is rejected with both
 * values. Source: standard media-planning definition; UCI Facebook data, row 1: 5 091 impressions
 * over a reach of 2 752 is a frequency of 1.849927.
 *
 * <p>Stateless and thread-safe: its methods are static and share no mutable state.
 */
public final class ReachFrequency {
  private ReachFrequency() {}

  /**
   * Frequency: impressions per person reached.
   *
   * @param impressions times shown, at least 0
   * @param reach unique people reached, at least 0 and at most impressions
   * @return {@code impressions / reach}; undefined when reach is 0
   * @throws ValidationException if a count is negative or reach exceeds impressions
   */
  public static Rate frequency(long impressions, long reach) {
    requirePossible(impressions, reach);
    return Rate.of(impressions, reach);
  }

  /**
   * Checks that reach does not exceed impressions.
   *
   * @param impressions times shown
   * @param reach people reached
   * @throws ValidationException if a count is negative or reach exceeds impressions, naming both
   */
  public static void requirePossible(long impressions, long reach) {
    new dev.smmkit.core.Violations("ReachFrequency")
        .check(impressions >= 0, "impressions", impressions, "PositiveOrZero", "must be >= 0")
        .check(reach >= 0, "reach", reach, "PositiveOrZero", "must be >= 0")
        .check(
            reach <= impressions || reach < 0 || impressions < 0,
            "reach",
            reach,
            "ReachAtMostImpressions",
            "is impossible: reach must not exceed impressions (" + impressions + ")")
        .throwIfAny();
  }
}
