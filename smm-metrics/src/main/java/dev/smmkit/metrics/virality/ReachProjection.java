package dev.smmkit.metrics.virality;

import dev.smmkit.core.ValidationException;
import dev.smmkit.core.Violations;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The expected cumulative reach of a viral loop over generations of sharing, in closed form.
 *
 * <p><b>Formula:</b> generation 0 is the {@code seeds} (people reached directly); each person of
 * generation {@code g} brings {@code K} people on average into generation {@code g + 1}, so
 * generation {@code g} has {@code seeds × K^g} people and the cumulative reach after {@code n}
 * generations is the geometric series
 *
 * <pre>{@code
 * R(n) = seeds × (1 + K + K² + … + K^n) = seeds × (K^(n+1) − 1) / (K − 1)   (K ≠ 1)
 * R(n) = seeds × (n + 1)                                                     (K = 1, exactly)
 * }</pre>
 *
 * capped by the population: {@code min(R(n), population)}. <b>Unit:</b> people (an expected value,
 * so not necessarily whole). <b>Zero case:</b> 0 seeds give 0 for every generation; {@code K = 0}
 * gives {@code seeds} for every generation; 0 generations give {@code seeds}.
 *
 * <p><b>Why a population is required when {@code K >= 1}:</b> then every generation is at least as
 * large as the one before, so {@code R(n)} grows without limit (linearly at {@code K = 1},
 * exponentially above) and soon exceeds any real audience — and any {@code double}. A real cascade
 * slows down and stops when it runs out of people it has not reached yet. The projection therefore
 * needs the size of the addressable audience (the population) and saturates at it. When {@code K <
 * 1} the series converges to {@code seeds / (1 − K)}; a population is optional and caps the value
 * when given.
 *
 * <p><b>Numerics:</b> for {@code |K − 1| >= 0.5} the sum is {@code (K^(n+1) − 1) / (K − 1)} with
 * {@code Math.pow} (exact for small whole {@code K}); closer to 1 it is {@code expm1((n + 1) × ln
 * K) / (K − 1)}, which avoids the cancellation in {@code K^(n+1) − 1}; {@code K = 1} uses {@code n
 * + 1} exactly. One formula per {@code K} keeps the projection monotone in {@code n}. A value that
 * would overflow is saturated at the population; the result is never infinite or NaN.
 *
 * <p><b>Source:</b> the mean of a Galton–Watson branching process (Harris, <i>The Theory of
 * Branching Processes</i>, 1963): {@code E[Z_g] = seeds × K^g}; the viral coefficient as in Andrew
 * Chen, "What's your viral loop?".
 *
 * <p>Immutable and thread-safe.
 */
public final class ReachProjection {
  private final long seeds;
  private final double k;
  private final int generations;
  private final long population; // 0 = none

  private ReachProjection(long seeds, double k, int generations, long population) {
    this.seeds = seeds;
    this.k = k;
    this.generations = generations;
    this.population = population;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The expected cumulative reach after generation {@code g}: {@code min(R(g), population)}.
   *
   * @param generation from 0 to {@link #generations()}
   * @return the expected number of people reached so far, finite and {@code >= seeds}
   * @throws ValidationException if {@code generation} is out of range
   */
  public double cumulativeReach(int generation) {
    new Violations("ReachProjection")
        .check(
            generation >= 0 && generation <= generations,
            "generation",
            generation,
            "Range",
            "must be between 0 and " + generations)
        .throwIfAny();
    return capped(uncapped(generation));
  }

  /**
   * The expected cumulative reach after the last generation, {@code
   * cumulativeReach(generations())}.
   *
   * @return the projected reach
   */
  public double finalReach() {
    return cumulativeReach(generations);
  }

  /**
   * The first generation whose projected reach hits the population cap.
   *
   * @return the generation, or empty when the cap is not reached within {@link #generations()} or
   *     there is no cap
   */
  public OptionalInt saturationGeneration() {
    if (population == 0 || uncapped(generations) < population) {
      return OptionalInt.empty();
    }
    int lo = 0;
    int hi = generations;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (uncapped(mid) >= population) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return OptionalInt.of(lo);
  }

  /**
   * The number of people reached directly (generation 0).
   *
   * @return the seeds
   */
  public long seeds() {
    return seeds;
  }

  /**
   * The viral coefficient used.
   *
   * @return K
   */
  public double k() {
    return k;
  }

  /**
   * The number of sharing generations projected after the seeds.
   *
   * @return n
   */
  public int generations() {
    return generations;
  }

  /**
   * The population cap, if one was given.
   *
   * @return the population size, or empty
   */
  public OptionalLong population() {
    return population == 0 ? OptionalLong.empty() : OptionalLong.of(population);
  }

  /**
   * The geometric sum {@code 1 + K + … + K^(terms−1)} for {@code terms >= 1}.
   *
   * @param k the ratio, {@code >= 0}
   * @param terms the number of terms
   * @return the sum; {@code +Infinity} when it overflows (callers saturate it)
   */
  static double geometricSum(double k, long terms) {
    if (k == 1.0) {
      return terms;
    }
    if (k == 0.0 || terms == 1) {
      // One term is 1 exactly; expm1(ln K) / (K - 1) can be an ulp below it (K = 1.3).
      return 1.0;
    }
    // One formula per K, so that the sum is monotone in the number of terms (Math.pow and
    // Math.expm1 are semi-monotonic). Far from 1, K^m - 1 has no cancellation and pow is exact for
    // small whole K; near 1, expm1(m ln K) avoids the cancellation.
    if (Math.abs(k - 1.0) >= 0.5) {
      return (Math.pow(k, (double) terms) - 1.0) / (k - 1.0);
    }
    return Math.expm1(terms * Math.log(k)) / (k - 1.0);
  }

  private double uncapped(int generation) {
    if (seeds == 0) {
      return 0.0;
    }
    return seeds * geometricSum(k, generation + 1L);
  }

  private double capped(double value) {
    if (population != 0 && !(value < population)) {
      return population;
    }
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ReachProjection that)) {
      return false;
    }
    return seeds == that.seeds
        && Double.compare(k, that.k) == 0
        && generations == that.generations
        && population == that.population;
  }

  @Override
  public int hashCode() {
    int h = Long.hashCode(seeds);
    h = 31 * h + Double.hashCode(k);
    h = 31 * h + generations;
    return 31 * h + Long.hashCode(population);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "ReachProjection[seeds=%d, k=%s, generations=%d, population=%s, finalReach=%.1f]",
        seeds,
        k,
        generations,
        population == 0 ? "none" : Long.toString(population),
        finalReach());
  }

  /**
   * Configures a {@link ReachProjection}; setters reject bad values at once.
   *
   * <p>Not thread-safe: use one builder per thread; {@code build()} returns an immutable value.
   */
  public static final class Builder {
    private long seeds = -1;
    private double k = Double.NaN;
    private int generations = -1;
    private long population;

    private Builder() {}

    /**
     * Sets the number of people reached directly (generation 0).
     *
     * @param seeds {@code >= 0}
     * @return this builder
     * @throws ValidationException if negative
     */
    public Builder seeds(long seeds) {
      new Violations("ReachProjection")
          .check(seeds >= 0, "seeds", seeds, "Min", "must be >= 0")
          .throwIfAny();
      this.seeds = seeds;
      return this;
    }

    /**
     * Sets the viral coefficient K.
     *
     * @param k finite and {@code >= 0}
     * @return this builder
     * @throws ValidationException if negative, NaN or infinite
     */
    public Builder k(double k) {
      this.k = ViralCoefficient.checkK("ReachProjection", k);
      return this;
    }

    /**
     * Sets the viral coefficient from its factors.
     *
     * @param coefficient the viral coefficient
     * @return this builder
     */
    public Builder k(ViralCoefficient coefficient) {
      return k(coefficient.k());
    }

    /**
     * Sets the number of sharing generations after the seeds.
     *
     * @param generations {@code >= 0}
     * @return this builder
     * @throws ValidationException if negative
     */
    public Builder generations(int generations) {
      new Violations("ReachProjection")
          .check(generations >= 0, "generations", generations, "Min", "must be >= 0")
          .throwIfAny();
      this.generations = generations;
      return this;
    }

    /**
     * Sets the population cap: the size of the addressable audience. Required when {@code K >= 1}.
     *
     * @param population {@code >= 1}
     * @return this builder
     * @throws ValidationException if not positive
     */
    public Builder population(long population) {
      new Violations("ReachProjection")
          .check(population >= 1, "population", population, "Min", "must be >= 1")
          .throwIfAny();
      this.population = population;
      return this;
    }

    /**
     * Checks the cross-field rules and builds the projection.
     *
     * @return the projection
     * @throws ValidationException if seeds, K or generations are missing, if {@code K >= 1} without
     *     a population, or if the seeds exceed the population
     */
    public ReachProjection build() {
      Violations v = new Violations("ReachProjection");
      v.check(seeds >= 0, "seeds", null, "Required", "must be set");
      v.check(!Double.isNaN(k), "k", null, "Required", "must be set");
      v.check(generations >= 0, "generations", null, "Required", "must be set");
      v.check(
          Double.isNaN(k) || k < 1.0 || population != 0,
          "population",
          null,
          "RequiredWhenViral",
          "must be set when k >= 1 (was k = " + k + "): the series does not converge");
      v.check(
          population == 0 || seeds <= population,
          "seeds",
          seeds,
          "AtMostPopulation",
          "must be <= population " + population);
      v.throwIfAny();
      return new ReachProjection(seeds, k, generations, population);
    }
  }
}
