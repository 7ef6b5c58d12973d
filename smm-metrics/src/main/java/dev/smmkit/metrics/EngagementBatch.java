package dev.smmkit.metrics;

import dev.smmkit.core.ValidationException;

/**
 * Engagement over columns of primitive arrays, for millions of rows: one pass, no allocation in the
 * loop, exact sums that fail loudly on overflow.
 *
 * <p>Same definitions and results as {@link EngagementAccumulator}: {@code aggregate(e,
 * d).equals(accumulator over the same rows.snapshot())}.
 */
public final class EngagementBatch {
  private EngagementBatch() {}

  /**
   * Aggregates rows {@code [0, length)} of two columns.
   *
   * @param engagements engagements per post
   * @param denominators denominators per post, same length
   * @return the summary of all rows
   * @throws ValidationException if the lengths differ or a value is negative (naming the row)
   * @throws MetricOverflowException if a sum overflows
   */
  public static EngagementSummary aggregate(long[] engagements, long[] denominators) {
    if (engagements.length != denominators.length) {
      throw ValidationException.of(
          "EngagementBatch.denominators",
          denominators.length,
          "SameLength",
          "must have as many rows as engagements (" + engagements.length + ")");
    }
    return aggregate(engagements, denominators, 0, engagements.length);
  }

  /**
   * Aggregates rows {@code [from, to)} of two columns.
   *
   * @param engagements engagements per post
   * @param denominators denominators per post
   * @param from first row, inclusive
   * @param to last row, exclusive
   * @return the summary of those rows
   * @throws ValidationException if the range is outside either array or a value is negative
   * @throws MetricOverflowException if a sum overflows
   */
  public static EngagementSummary aggregate(
      long[] engagements, long[] denominators, int from, int to) {
    if (from < 0 || to < from || to > engagements.length || to > denominators.length) {
      throw ValidationException.of(
          "EngagementBatch.range", from + ".." + to, "Range", "must lie inside both columns");
    }
    long sumE = 0;
    long sumD = 0;
    long rates = 0;
    long undefined = 0;
    int i = from;
    try {
      for (; i < to; i++) {
        long e = engagements[i];
        long d = denominators[i];
        if ((e | d) < 0) {
          throw ValidationException.of(
              "EngagementBatch." + (e < 0 ? "engagements[" : "denominators[") + i + "]",
              e < 0 ? e : d,
              "PositiveOrZero",
              "must be >= 0");
        }
        sumE = Math.addExact(sumE, e);
        sumD = Math.addExact(sumD, d);
        if (d == 0) {
          undefined++;
        } else {
          rates = Math.addExact(rates, EngagementSummary.nanoRate(e, d));
        }
      }
    } catch (ArithmeticException e) {
      throw new MetricOverflowException("EngagementBatch sums at row " + i);
    }
    return new EngagementSummary(to - from, undefined, sumE, sumD, rates);
  }
}
