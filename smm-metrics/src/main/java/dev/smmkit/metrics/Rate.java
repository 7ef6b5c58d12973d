package dev.smmkit.metrics;

import dev.smmkit.core.ValidationException;
import dev.smmkit.core.Violations;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A ratio of two non-negative counts that remembers both, such as 100 interactions over a reach of
 * 2 752.
 *
 * <p>Formula: {@code numerator / denominator}, shown as a fraction ({@link #fraction()}) or a
 * percent ({@link #percent()}). When the denominator is zero the rate is <em>undefined</em>: {@link
 * #isDefined()} is false, the views are empty and {@link #toString()} says {@code undefined}. A
 * rate never produces NaN or Infinity and never throws for a zero denominator. The numerator may
 * exceed the denominator (more interactions than people reached is possible).
 *
 * <p>Immutable and thread-safe. Equality compares numerator and denominator, so {@code 1/2} and
 * {@code 2/4} are different rates with the same value; compare values with {@link
 * #compareValueTo(Rate)}.
 *
 * @param numerator the count on top, at least 0
 * @param denominator the count below, at least 0
 */
public record Rate(long numerator, long denominator) {

  /**
   * Validates the counts.
   *
   * @param numerator the count on top
   * @param denominator the count below
   * @throws ValidationException if a count is negative
   */
  public Rate {
    new Violations("Rate")
        .check(numerator >= 0, "numerator", numerator, "PositiveOrZero", "must be >= 0")
        .check(denominator >= 0, "denominator", denominator, "PositiveOrZero", "must be >= 0")
        .throwIfAny();
  }

  /**
   * A rate of two counts.
   *
   * @param numerator the count on top, at least 0
   * @param denominator the count below, at least 0
   * @return the rate
   * @throws ValidationException if a count is negative
   */
  public static Rate of(long numerator, long denominator) {
    return new Rate(numerator, denominator);
  }

  /**
   * Whether the denominator is non-zero.
   *
   * @return true when the rate has a value
   */
  public boolean isDefined() {
    return denominator != 0;
  }

  /**
   * The value as a fraction, {@code numerator / denominator}.
   *
   * @return the fraction, or empty when undefined
   */
  public OptionalDouble fraction() {
    return isDefined()
        ? OptionalDouble.of((double) numerator / denominator)
        : OptionalDouble.empty();
  }

  /**
   * The value in percent, {@code 100 * numerator / denominator}.
   *
   * @return the percent, or empty when undefined
   */
  public OptionalDouble percent() {
    return isDefined()
        ? OptionalDouble.of(100.0 * numerator / denominator)
        : OptionalDouble.empty();
  }

  /**
   * The fraction, or a fallback the caller chooses for the undefined case.
   *
   * @param whenUndefined the value to use when the denominator is zero
   * @return the fraction or the fallback
   */
  public double fractionOr(double whenUndefined) {
    return isDefined() ? (double) numerator / denominator : whenUndefined;
  }

  /**
   * The exact decimal fraction, rounded as the caller says.
   *
   * @param context precision and rounding
   * @return the fraction, or empty when undefined
   */
  public Optional<BigDecimal> exact(MathContext context) {
    return isDefined()
        ? Optional.of(
            BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), context))
        : Optional.empty();
  }

  /**
   * Compares values exactly (by cross-multiplication), undefined rates last.
   *
   * @param other another rate
   * @return negative, zero or positive
   */
  public int compareValueTo(Rate other) {
    if (!isDefined() || !other.isDefined()) {
      return Boolean.compare(!isDefined(), !other.isDefined());
    }
    // Both products are non-negative 128-bit numbers: compare high words, then low words unsigned.
    long highA = Math.multiplyHigh(numerator, other.denominator);
    long highB = Math.multiplyHigh(other.numerator, denominator);
    if (highA != highB) {
      return Long.compare(highA, highB);
    }
    return Long.compareUnsigned(numerator * other.denominator, other.numerator * denominator);
  }

  /**
   * Adds numerators and denominators: the ratio of sums of two rates.
   *
   * @param other another rate
   * @return {@code (n1 + n2) / (d1 + d2)}
   * @throws MetricOverflowException if a sum overflows
   */
  public Rate plus(Rate other) {
    return new Rate(
        MetricOverflowException.add("Rate.numerator", numerator, other.numerator),
        MetricOverflowException.add("Rate.denominator", denominator, other.denominator));
  }

  /**
   * Renders the rate as {@code 3.633721 % (100/2752)}, or {@code undefined (5/0)}.
   *
   * @return the text form, six decimals of percent
   */
  @Override
  public String toString() {
    return isDefined()
        ? String.format(
            Locale.ROOT, "%.6f %% (%d/%d)", 100.0 * numerator / denominator, numerator, denominator)
        : "undefined (" + numerator + "/" + denominator + ")";
  }
}
