package dev.smmkit.metrics.reach;

import dev.smmkit.core.ValidationException;
import dev.smmkit.core.Violations;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * A count of distinct people (unique reach) with its error bounds: the estimate and its lower and
 * upper bounds at 1, 2 and 3 standard deviations.
 *
 * <p><b>Unit:</b> people (distinct ids). <b>Zero case:</b> an empty audience is the exact estimate
 * 0 with all bounds 0. An exact count ({@link #isExact()}) has every bound equal to the estimate
 * and a relative standard error of 0.
 *
 * <p><b>Source:</b> for sketch estimates the bounds are those of Apache DataSketches ({@code
 * getLowerBound(numStdDev)} / {@code getUpperBound(numStdDev)} of the HLL and Theta sketches,
 * https://datasketches.apache.org/docs/HLL/HllSketches.html and
 * https://datasketches.apache.org/docs/Theta/ThetaErrorTable.html): at 1, 2 and 3 standard
 * deviations they hold with about 68.3 %, 95.4 % and 99.7 % confidence. Where a DataSketches bound
 * would not contain the estimate (it can happen by a rounding hair in the sketches' exact regime),
 * the bound is widened to the estimate, so that {@code lower(3) <= lower(2) <= lower(1) <= estimate
 * <= upper(1) <= upper(2) <= upper(3)} always holds.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReachEstimate {
  private static final int MAX_STD_DEV = 3;

  private final double estimate;
  private final double[] lower;
  private final double[] upper;
  private final boolean exact;

  private ReachEstimate(double estimate, double[] lower, double[] upper, boolean exact) {
    this.estimate = estimate;
    this.lower = lower;
    this.upper = upper;
    this.exact = exact;
  }

  /**
   * An exact count: every bound equals the count.
   *
   * @param count the number of distinct ids; must be {@code >= 0}
   * @return the exact estimate
   * @throws ValidationException if {@code count} is negative
   */
  public static ReachEstimate exact(long count) {
    new Violations("ReachEstimate")
        .check(count >= 0, "count", count, "Min", "must be >= 0")
        .throwIfAny();
    double value = count;
    double[] same = {value, value, value};
    return new ReachEstimate(value, same, same.clone(), true);
  }

  /**
   * A sketch estimate with the bounds reported by the sketch.
   *
   * @param estimate the point estimate
   * @param lowerBound the lower bound by number of standard deviations (1, 2, 3)
   * @param upperBound the upper bound by number of standard deviations (1, 2, 3)
   * @param exact whether the sketch says it is still exact (not in estimation mode)
   */
  static ReachEstimate ofSketch(
      double estimate,
      IntToDoubleFunction lowerBound,
      IntToDoubleFunction upperBound,
      boolean exact) {
    if (!Double.isFinite(estimate) || estimate < 0) {
      throw ValidationException.of(
          "ReachEstimate.estimate", estimate, "Finite", "must be a finite number >= 0");
    }
    double[] lower = new double[MAX_STD_DEV];
    double[] upper = new double[MAX_STD_DEV];
    double lo = estimate;
    double hi = estimate;
    for (int sd = 1; sd <= MAX_STD_DEV; sd++) {
      lo = Math.max(0.0, Math.min(lo, lowerBound.applyAsDouble(sd)));
      hi = Math.max(hi, upperBound.applyAsDouble(sd));
      lower[sd - 1] = lo;
      upper[sd - 1] = hi;
    }
    if (!Double.isFinite(hi)) {
      throw ValidationException.of(
          "ReachEstimate.upperBound", hi, "Finite", "must be a finite number");
    }
    return new ReachEstimate(estimate, lower, upper, exact);
  }

  /**
   * The point estimate of the number of distinct ids.
   *
   * @return the estimate, {@code >= 0}; a whole number when {@link #isExact()}
   */
  public double estimate() {
    return estimate;
  }

  /**
   * The estimate rounded to the nearest whole person.
   *
   * @return {@code Math.round(estimate())}
   */
  public long rounded() {
    return Math.round(estimate);
  }

  /**
   * The lower bound at a number of standard deviations.
   *
   * @param numStdDev 1, 2 or 3
   * @return the lower bound, {@code <= estimate()}
   * @throws ValidationException if {@code numStdDev} is not 1, 2 or 3
   */
  public double lowerBound(int numStdDev) {
    return lower[checkStdDev(numStdDev) - 1];
  }

  /**
   * The upper bound at a number of standard deviations.
   *
   * @param numStdDev 1, 2 or 3
   * @return the upper bound, {@code >= estimate()}
   * @throws ValidationException if {@code numStdDev} is not 1, 2 or 3
   */
  public double upperBound(int numStdDev) {
    return upper[checkStdDev(numStdDev) - 1];
  }

  /**
   * The relative standard error: the half-width of the 1-standard-deviation interval divided by the
   * estimate, {@code (upperBound(1) - lowerBound(1)) / (2 * estimate())}.
   *
   * <p><b>Unit:</b> a fraction (0.013 means 1.3 %). <b>Zero case:</b> 0 when the estimate is 0 or
   * the count is exact. For an HLL sketch of {@code 2^lgK} registers it is close to {@code 1.04 /
   * sqrt(2^lgK)} (DataSketches, "HLL sketch accuracy").
   *
   * @return the relative standard error, {@code >= 0}
   */
  public double relativeStandardError() {
    if (exact || estimate == 0.0) {
      return 0.0;
    }
    return (upper[0] - lower[0]) / (2.0 * estimate);
  }

  /**
   * Whether the value is an exact count rather than an estimate.
   *
   * @return true for an exact count
   */
  public boolean isExact() {
    return exact;
  }

  private static int checkStdDev(int numStdDev) {
    if (numStdDev < 1 || numStdDev > MAX_STD_DEV) {
      throw ValidationException.of(
          "ReachEstimate.numStdDev", numStdDev, "Range", "must be 1, 2 or 3");
    }
    return numStdDev;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ReachEstimate that)) {
      return false;
    }
    return Double.compare(estimate, that.estimate) == 0
        && exact == that.exact
        && Arrays.equals(lower, that.lower)
        && Arrays.equals(upper, that.upper);
  }

  @Override
  public int hashCode() {
    int h = Double.hashCode(estimate);
    h = 31 * h + Boolean.hashCode(exact);
    h = 31 * h + Arrays.hashCode(lower);
    return 31 * h + Arrays.hashCode(upper);
  }

  @Override
  public String toString() {
    if (exact) {
      return String.format(Locale.ROOT, "ReachEstimate[exact %.0f]", estimate);
    }
    return String.format(
        Locale.ROOT,
        "ReachEstimate[%.1f, 95.4%% in [%.1f, %.1f], 99.7%% in [%.1f, %.1f], rse %.4f]",
        estimate,
        lower[1],
        upper[1],
        lower[2],
        upper[2],
        relativeStandardError());
  }
}
