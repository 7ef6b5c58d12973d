package dev.smmkit.metrics;

/**
 * How a rate over many posts is formed. The choice changes the answer (by 1.6x on the UCI Facebook
 * data), so it is always explicit.
 *
 * <p>Immutable and thread-safe.
 */
public enum Aggregation {
  /**
   * {@code sum(numerators) / sum(denominators)}: large posts weigh more; the rate of the whole
   * period.
   */
  RATIO_OF_SUMS,
  /**
   * {@code mean(numerator_i / denominator_i)} over posts with a non-zero denominator: every post
   * weighs the same; the typical post.
   */
  MEAN_OF_RATES
}
