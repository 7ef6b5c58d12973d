/**
 * Exact, documented, mergeable social media metrics.
 *
 * <p>Counts are {@code long}; sums use exact arithmetic and throw {@link
 * dev.smmkit.metrics.MetricOverflowException} instead of wrapping. Ratios are {@link
 * dev.smmkit.metrics.Rate} values that keep numerator and denominator and are explicitly undefined
 * when the denominator is zero: no metric ever returns NaN or Infinity.
 */
@NullMarked
package dev.smmkit.metrics;

import org.jspecify.annotations.NullMarked;
