package dev.smmkit.metrics.virality;

import dev.smmkit.core.Violations;

/**
 * The distribution of cumulative reach after one generation over all simulation runs.
 *
 * <p><b>Unit:</b> people (cumulative: the seeds plus everyone converted up to this generation).
 * Percentiles use the nearest-rank method: the {@code p}-th percentile of {@code R} sorted values
 * is the value at rank {@code ceil(p / 100 × R)}.
 *
 * @param generation the generation, 0 for the seeds
 * @param mean the mean cumulative reach over the runs
 * @param p5 the 5th percentile
 * @param p50 the median
 * @param p95 the 95th percentile
 * @param min the smallest value seen
 * @param max the largest value seen
 *     <p>Immutable and thread-safe.
 */
public record GenerationStats(
    int generation, double mean, long p5, long p50, long p95, long min, long max) {

  /**
   * Validates the ordering {@code min <= p5 <= p50 <= p95 <= max} and {@code min <= mean <= max}.
   *
   * @param generation the generation, {@code >= 0}
   * @param mean the mean
   * @param p5 the 5th percentile
   * @param p50 the median
   * @param p95 the 95th percentile
   * @param min the minimum, {@code >= 0}
   * @param max the maximum
   * @throws dev.smmkit.core.ValidationException if the values are not ordered
   */
  public GenerationStats {
    new Violations("GenerationStats")
        .check(generation >= 0, "generation", generation, "Min", "must be >= 0")
        .check(min >= 0, "min", min, "Min", "must be >= 0")
        .check(
            min <= p5 && p5 <= p50 && p50 <= p95 && p95 <= max,
            "p50",
            p50,
            "Ordered",
            "must satisfy min <= p5 <= p50 <= p95 <= max")
        .check(
            Double.isFinite(mean) && mean >= min && mean <= max,
            "mean",
            mean,
            "Range",
            "must be finite and between min and max")
        .throwIfAny();
  }
}
