package dev.smmkit.metrics;

import dev.smmkit.core.ValidationException;

/**
 * Engagement over columns of primitive arrays, for millions of rows: one pass, no allocation in the
 * loop, exact sums that fail loudly on overflow.
 *
 * <p>Same definitions and results as {@link EngagementAccumulator}: {@code aggregate(e,
 * d).equals(accumulator over the same rows.snapshot())}.
 *
 * <p>Stateless and thread-safe: its methods are static and share no mutable state.
 */
public final class EngagementBatch {
  private static final int BLOCK = 512;

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
    long[] block = new long[4];
    for (int start = from; start < to; start += BLOCK) {
      int end = Math.min(to, start + BLOCK);
      if (!fastBlock(engagements, denominators, start, end, block)) {
        exactBlock(engagements, denominators, start, end, block);
      }
      sumE = MetricOverflowException.add("EngagementBatch.engagements", sumE, block[0]);
      sumD = MetricOverflowException.add("EngagementBatch.denominators", sumD, block[1]);
      rates = MetricOverflowException.add("EngagementBatch.rateSum", rates, block[2]);
      undefined += block[3];
    }
    return new EngagementSummary(to - from, undefined, sumE, sumD, rates);
  }

  /**
   * Sums a block without branches, then checks that plain sums were safe: no negative value, every
   * value below 2^52 (so a block of 512 cannot overflow) and every fixed-point rate below 9 x 10^15
   * (the fast path of {@link EngagementSummary#nanoRate}).
   *
   * @return false when the block must be summed exactly instead
   */
  private static boolean fastBlock(long[] e, long[] d, int start, int end, long[] out) {
    long sumE = 0;
    long sumD = 0;
    long rates = 0;
    long undefined = 0;
    long bits = 0;
    long nanoBits = 0;
    for (int i = start; i < end; i++) {
      long ei = e[i];
      long di = d[i];
      bits |= ei | di;
      sumE += ei;
      sumD += di;
      boolean zero = di == 0;
      double rate = (double) ei / di; // Infinity or NaN when di == 0, discarded below
      undefined += zero ? 1 : 0;
      long nano = zero ? 0 : (long) (rate * EngagementSummary.NANO + 0.5);
      rates += nano;
      nanoBits |= nano;
    }
    // A block whose fixed-point rates OR to 9e15 or more may hold a rate at or above FAST_LIMIT
    // (or a saturated cast): it is summed row by row instead, with the same per-row values.
    if (bits < 0 || (bits >>> 52) != 0 || nanoBits >= 9_000_000_000_000_000L) {
      return false;
    }
    out[0] = sumE;
    out[1] = sumD;
    out[2] = rates;
    out[3] = undefined;
    return true;
  }

  /** Sums a block row by row with every check; names the first negative value. */
  private static void exactBlock(long[] e, long[] d, int start, int end, long[] out) {
    long sumE = 0;
    long sumD = 0;
    long rates = 0;
    long undefined = 0;
    for (int i = start; i < end; i++) {
      long ei = e[i];
      long di = d[i];
      if ((ei | di) < 0) {
        throw ValidationException.of(
            "EngagementBatch." + (ei < 0 ? "engagements[" : "denominators[") + i + "]",
            ei < 0 ? ei : di,
            "PositiveOrZero",
            "must be >= 0");
      }
      sumE = MetricOverflowException.add("EngagementBatch.engagements", sumE, ei);
      sumD = MetricOverflowException.add("EngagementBatch.denominators", sumD, di);
      if (di == 0) {
        undefined++;
      } else {
        rates =
            MetricOverflowException.add(
                "EngagementBatch.rateSum", rates, EngagementSummary.nanoRate(ei, di));
      }
    }
    out[0] = sumE;
    out[1] = sumD;
    out[2] = rates;
    out[3] = undefined;
  }
}
