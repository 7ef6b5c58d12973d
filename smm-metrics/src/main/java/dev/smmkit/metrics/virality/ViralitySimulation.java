package dev.smmkit.metrics.virality;

import dev.smmkit.core.SmmKitException;
import dev.smmkit.core.ValidationException;
import dev.smmkit.core.Violations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * A seeded, reproducible Monte Carlo simulation of a viral loop as a Galton–Watson branching
 * process, reporting per generation the mean and percentiles of cumulative reach.
 *
 * <p><b>Model:</b> generation 0 is the {@code seeds}. Each person of a generation sends a
 * Poisson-distributed number of invitations with mean {@code invitesPerUser}, and each invitation
 * converts independently with probability {@code conversionPerInvite}; by Poisson thinning each
 * person therefore brings {@code Poisson(K)} new people, {@code K = invitesPerUser ×
 * conversionPerInvite}, so only K matters. The offspring of a whole generation of {@code m} people
 * is drawn at once as {@code Poisson(K × m)} (a sum of independent Poisson variates), which is
 * exact and costs O(1) per generation. With a population cap the new people of a generation are
 * {@code min(offspring, population − reached)}: a hard ceiling, the same cap as {@link
 * ReachProjection} (the model does not slow down before the ceiling). The expected cumulative reach
 * without a cap is {@code seeds × (1 + K + … + K^g)}, the closed form of {@link ReachProjection}.
 *
 * <p><b>Reproducibility:</b> the generator is {@link SplittableRandom} seeded with {@link #seed()};
 * run {@code r} uses the {@code r}-th {@code split()} of it, taken in order before any run starts.
 * The same settings give the same result, run sequentially ({@link #run()}) or on a caller's
 * executor ({@link #run(Executor)}). The library starts no threads of its own.
 *
 * <p><b>Unit:</b> people. <b>Zero case:</b> 0 seeds or {@code K = 0} give the seeds in every
 * generation of every run. <b>Limits:</b> at most {@value #MAX_RUNS} runs, {@value
 * #MAX_GENERATIONS} generations and {@value #MAX_CELLS} run × generation cells.
 *
 * <p><b>Source:</b> T. E. Harris, <i>The Theory of Branching Processes</i> (1963); Andrew Chen,
 * "What's your viral loop?" for K; Poisson variates by Hörmann's PTRS (1993).
 */
public final class ViralitySimulation {
  /** Largest accepted number of runs. */
  public static final int MAX_RUNS = 1_000_000;

  /** Largest accepted number of generations. */
  public static final int MAX_GENERATIONS = 10_000;

  /** Largest accepted {@code runs × (generations + 1)}: bounds the memory of one simulation. */
  public static final long MAX_CELLS = 10_000_000L;

  /** Default number of runs. */
  public static final int DEFAULT_RUNS = 1_000;

  /** Default generator seed. */
  public static final long DEFAULT_SEED = 42L;

  private final long seeds;
  private final double k;
  private final int generations;
  private final int runs;
  private final long seed;
  private final long population; // 0 = none

  private ViralitySimulation(
      long seeds, double k, int generations, int runs, long seed, long population) {
    this.seeds = seeds;
    this.k = k;
    this.generations = generations;
    this.runs = runs;
    this.seed = seed;
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
   * Runs every simulation in the calling thread.
   *
   * @return the per-generation statistics
   * @throws SmmKitException if a cumulative reach would exceed {@code Long.MAX_VALUE} (possible
   *     only without a population cap)
   */
  public SimulationResult run() {
    return run(Runnable::run);
  }

  /**
   * Runs the simulations as one task per run on the caller's executor and waits for them. The
   * result equals that of {@link #run()}.
   *
   * @param executor the executor that runs the tasks
   * @return the per-generation statistics
   * @throws SmmKitException if a run fails, such as by overflowing {@code Long.MAX_VALUE}
   */
  public SimulationResult run(Executor executor) {
    long[][] reach = new long[generations + 1][runs];
    SplittableRandom root = new SplittableRandom(seed);
    CompletableFuture<?>[] tasks = new CompletableFuture<?>[runs];
    for (int r = 0; r < runs; r++) {
      SplittableRandom random = root.split();
      int run = r;
      tasks[r] = CompletableFuture.runAsync(() -> simulate(random, reach, run), executor);
    }
    try {
      CompletableFuture.allOf(tasks).join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof SmmKitException smm) {
        throw smm;
      }
      throw new SmmKitException("ViralitySimulation: a run failed: " + cause, cause);
    }
    List<GenerationStats> stats = new ArrayList<>(generations + 1);
    for (int g = 0; g <= generations; g++) {
      stats.add(summarise(g, reach[g]));
    }
    return new SimulationResult(this, stats);
  }

  private void simulate(SplittableRandom random, long[][] reach, int run) {
    long cumulative = seeds;
    long active = seeds;
    reach[0][run] = cumulative;
    for (int g = 1; g <= generations; g++) {
      double mean = k * active;
      // A mean past 2^63 (or past double range: K near Double.MAX_VALUE) is more people than a
      // long holds; the population cap, or the overflow error below, decides what happens.
      long born =
          active == 0 ? 0 : mean >= 0x1p63 ? Long.MAX_VALUE : PoissonSampler.sample(random, mean);
      if (population != 0) {
        born = Math.min(born, population - cumulative);
      }
      try {
        cumulative = Math.addExact(cumulative, born);
      } catch (ArithmeticException e) {
        throw new SmmKitException(
            "ViralitySimulation: cumulative reach overflows Long.MAX_VALUE in generation "
                + g
                + "; set a population cap",
            e);
      }
      active = born;
      reach[g][run] = cumulative;
    }
  }

  private static GenerationStats summarise(int generation, long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    long min = sorted[0];
    long max = sorted[sorted.length - 1];
    double offset = 0.0;
    for (long v : sorted) {
      offset += v - min;
    }
    double mean = Math.min((double) max, Math.max((double) min, min + offset / sorted.length));
    return new GenerationStats(
        generation,
        mean,
        percentile(sorted, 5),
        percentile(sorted, 50),
        percentile(sorted, 95),
        min,
        max);
  }

  /** Nearest-rank percentile of sorted values: the value at rank {@code ceil(p / 100 × n)}. */
  static long percentile(long[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  /**
   * The people reached directly (generation 0) in every run.
   *
   * @return the seeds
   */
  public long seeds() {
    return seeds;
  }

  /**
   * The viral coefficient: the mean number of new people each person brings.
   *
   * @return K
   */
  public double k() {
    return k;
  }

  /**
   * The number of generations simulated after the seeds.
   *
   * @return the generations
   */
  public int generations() {
    return generations;
  }

  /**
   * The number of independent runs.
   *
   * @return the runs
   */
  public int runs() {
    return runs;
  }

  /**
   * The seed of the random generator.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The population cap, if one was given.
   *
   * @return the population size, or empty
   */
  public OptionalLong population() {
    return population == 0 ? OptionalLong.empty() : OptionalLong.of(population);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ViralitySimulation that)) {
      return false;
    }
    return seeds == that.seeds
        && Double.compare(k, that.k) == 0
        && generations == that.generations
        && runs == that.runs
        && seed == that.seed
        && population == that.population;
  }

  @Override
  public int hashCode() {
    int h = Long.hashCode(seeds);
    h = 31 * h + Double.hashCode(k);
    h = 31 * h + generations;
    h = 31 * h + runs;
    h = 31 * h + Long.hashCode(seed);
    return 31 * h + Long.hashCode(population);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "ViralitySimulation[seeds=%d, k=%s, generations=%d, runs=%d, seed=%d, population=%s]",
        seeds,
        k,
        generations,
        runs,
        seed,
        population == 0 ? "none" : Long.toString(population));
  }

  /**
   * Configures a {@link ViralitySimulation}; setters reject bad values at once.
   *
   * <p>Not thread-safe: use one builder per thread; {@code build()} returns an immutable value.
   */
  public static final class Builder {
    private long seeds = -1;
    private double k = Double.NaN;
    private int generations = -1;
    private int runs = DEFAULT_RUNS;
    private long seed = DEFAULT_SEED;
    private long population;

    private Builder() {}

    /**
     * Sets the people reached directly (generation 0).
     *
     * @param seeds {@code >= 0}
     * @return this builder
     * @throws ValidationException if negative
     */
    public Builder seeds(long seeds) {
      new Violations("ViralitySimulation")
          .check(seeds >= 0, "seeds", seeds, "Min", "must be >= 0")
          .throwIfAny();
      this.seeds = seeds;
      return this;
    }

    /**
     * Sets the viral coefficient K, the mean of the Poisson offspring distribution.
     *
     * @param k finite and {@code >= 0}
     * @return this builder
     * @throws ValidationException if negative, NaN or infinite
     */
    public Builder k(double k) {
      this.k = ViralCoefficient.checkK("ViralitySimulation", k);
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
     * Sets the number of generations after the seeds.
     *
     * @param generations from 0 to {@value ViralitySimulation#MAX_GENERATIONS}
     * @return this builder
     * @throws ValidationException if out of range
     */
    public Builder generations(int generations) {
      new Violations("ViralitySimulation")
          .check(
              generations >= 0 && generations <= MAX_GENERATIONS,
              "generations",
              generations,
              "Range",
              "must be between 0 and " + MAX_GENERATIONS)
          .throwIfAny();
      this.generations = generations;
      return this;
    }

    /**
     * Sets the number of independent runs (default {@value ViralitySimulation#DEFAULT_RUNS}).
     *
     * @param runs from 1 to {@value ViralitySimulation#MAX_RUNS}
     * @return this builder
     * @throws ValidationException if out of range
     */
    public Builder runs(int runs) {
      new Violations("ViralitySimulation")
          .check(
              runs >= 1 && runs <= MAX_RUNS,
              "runs",
              runs,
              "Range",
              "must be between 1 and " + MAX_RUNS)
          .throwIfAny();
      this.runs = runs;
      return this;
    }

    /**
     * Sets the seed of the random generator (default {@value ViralitySimulation#DEFAULT_SEED}).
     *
     * @param seed any value
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
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
      new Violations("ViralitySimulation")
          .check(population >= 1, "population", population, "Min", "must be >= 1")
          .throwIfAny();
      this.population = population;
      return this;
    }

    /**
     * Checks the cross-field rules and builds the simulation settings.
     *
     * @return the simulation (immutable; {@link ViralitySimulation#run()} it)
     * @throws ValidationException if seeds, K or generations are missing, if {@code K >= 1} without
     *     a population, if the seeds exceed the population, or if {@code runs × (generations + 1)}
     *     exceeds {@value ViralitySimulation#MAX_CELLS}
     */
    public ViralitySimulation build() {
      Violations v = new Violations("ViralitySimulation");
      v.check(seeds >= 0, "seeds", null, "Required", "must be set");
      v.check(!Double.isNaN(k), "k", null, "Required", "must be set");
      v.check(generations >= 0, "generations", null, "Required", "must be set");
      v.check(
          Double.isNaN(k) || k < 1.0 || population != 0,
          "population",
          null,
          "RequiredWhenViral",
          "must be set when k >= 1 (was k = " + k + "): the process can grow without limit");
      v.check(
          population == 0 || seeds <= population,
          "seeds",
          seeds,
          "AtMostPopulation",
          "must be <= population " + population);
      long cells = (long) runs * (generations + 1L);
      v.check(
          cells <= MAX_CELLS,
          "runs",
          runs,
          "MaxCells",
          "times (generations + 1) must be <= " + MAX_CELLS + " (was " + cells + ")");
      v.throwIfAny();
      return new ViralitySimulation(seeds, k, generations, runs, seed, population);
    }
  }
}
