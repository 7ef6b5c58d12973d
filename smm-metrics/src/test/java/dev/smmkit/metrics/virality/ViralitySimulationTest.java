package dev.smmkit.metrics.virality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smmkit.core.SmmKitException;
import dev.smmkit.core.ValidationException;
import dev.smmkit.testsupport.Cases;
import dev.smmkit.testsupport.Gen;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class ViralitySimulationTest {

  private static ViralitySimulation.Builder base() {
    return ViralitySimulation.builder().seeds(1000).k(0.8).generations(10).runs(4000).seed(7);
  }

  @Test
  void sameSeed_sameResult_differentSeed_differentResult() {
    SimulationResult a = base().build().run();
    SimulationResult b = base().build().run();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.generations()).isEqualTo(b.generations());
    assertThat(base().seed(8).build().run().last()).isNotEqualTo(a.last());
  }

  @Test
  void executorRun_equalsSequentialRun() {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      ViralitySimulation sim = base().runs(500).build();
      assertThat(sim.run(pool)).isEqualTo(sim.run());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void mean_isCloseToTheClosedForm() {
    // GIVEN K = 0.8 < 1 and no cap, the expected cumulative reach is seeds * (1 + K + ... + K^g).
    // The variance of one seed's total progeny (Poisson offspring, sigma^2 = K) is at most
    // K / (1 - K)^3 (Harris 1963), so the standard error of the mean over R runs is at most
    // sqrt(seeds * K / (1 - K)^3 / R). The seed is fixed: the check is deterministic, and 6
    // standard errors leave a wide margin.
    SimulationResult result = base().build().run();
    ReachProjection expected = ReachProjection.builder().seeds(1000).k(0.8).generations(10).build();
    double se = Math.sqrt(1000 * 0.8 / Math.pow(0.2, 3) / 4000);
    for (GenerationStats g : result.generations()) {
      assertThat(g.mean())
          .isCloseTo(
              expected.cumulativeReach(g.generation()),
              org.assertj.core.api.Assertions.within(6 * se));
      assertThat(g.min()).isLessThanOrEqualTo(g.p5());
      assertThat(g.p5()).isLessThanOrEqualTo(g.p50());
      assertThat(g.p50()).isLessThanOrEqualTo(g.p95());
      assertThat(g.p95()).isLessThanOrEqualTo(g.max());
    }
    assertThat(result.generation(0))
        .isEqualTo(new GenerationStats(0, 1000.0, 1000, 1000, 1000, 1000, 1000));
    assertThat(result.last()).isEqualTo(result.generation(10));
    assertThat(result.last().p95()).isGreaterThan(result.last().p5());
  }

  @Test
  void supercritical_isCappedByThePopulation() {
    SimulationResult r =
        ViralitySimulation.builder()
            .seeds(10)
            .k(1.5)
            .generations(40)
            .runs(200)
            .population(10_000)
            .build()
            .run();
    assertThat(r.last().max()).isEqualTo(10_000);
    assertThat(r.last().p95()).isEqualTo(10_000);
    for (GenerationStats g : r.generations()) {
      assertThat(g.max()).isLessThanOrEqualTo(10_000);
    }
    // some runs die out early: a branching process with K = 1.5 goes extinct with probability
    // about 0.417 per seed, so with 10 seeds almost never; the median saturates
    assertThat(r.last().p50()).isEqualTo(10_000);
  }

  @Test
  void aMeanBeyondLongOrDoubleRange_fillsThePopulation_orFailsLoudlyWithoutOne() {
    for (double k : new double[] {1.7e308, 1e20}) {
      SimulationResult r =
          ViralitySimulation.builder()
              .seeds(1000)
              .k(k)
              .generations(3)
              .runs(20)
              .population(1_000_000)
              .build()
              .run();
      assertThat(r.generation(1).min()).as("K = %s", k).isEqualTo(1_000_000);
      assertThat(r.last().mean()).isEqualTo(1_000_000.0);
    }
    assertThatThrownBy(
            () ->
                ViralitySimulation.builder()
                    .seeds(Long.MAX_VALUE - 10)
                    .k(0.5)
                    .generations(3)
                    .runs(2)
                    .build()
                    .run())
        .isInstanceOf(dev.smmkit.core.SmmKitException.class)
        .hasMessageContaining("cumulative reach overflows Long.MAX_VALUE in generation 1");
  }

  @Test
  void zeroCases() {
    SimulationResult noSeeds =
        ViralitySimulation.builder().seeds(0).k(3).generations(5).population(100).build().run();
    assertThat(noSeeds.last()).isEqualTo(new GenerationStats(5, 0, 0, 0, 0, 0, 0));
    SimulationResult noSharing =
        ViralitySimulation.builder().seeds(50).k(0).generations(5).runs(3).build().run();
    assertThat(noSharing.last()).isEqualTo(new GenerationStats(5, 50, 50, 50, 50, 50, 50));
    SimulationResult noGenerations =
        ViralitySimulation.builder().seeds(50).k(0.5).generations(0).runs(1).build().run();
    assertThat(noGenerations.generations()).hasSize(1);
  }

  @Test
  void overflowWithoutCap_isAnExplicitError() {
    ViralitySimulation sim =
        ViralitySimulation.builder()
            .seeds(Long.MAX_VALUE - 10)
            .k(0.9)
            .generations(1)
            .runs(1)
            .build();
    assertThatThrownBy(sim::run)
        .isInstanceOf(SmmKitException.class)
        .hasMessage(
            "ViralitySimulation: cumulative reach overflows Long.MAX_VALUE in generation 1;"
                + " set a population cap");
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      assertThatThrownBy(() -> sim.run(pool))
          .isInstanceOf(SmmKitException.class)
          .hasMessageStartingWith("ViralitySimulation: cumulative reach overflows");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void missingPopulation_whenViral_isRejected() {
    assertThatThrownBy(() -> ViralitySimulation.builder().seeds(10).k(1.2).generations(3).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "ViralitySimulation.population: must be set when k >= 1 (was k = 1.2): the process"
                + " can grow without limit (was null)");
  }

  @Test
  void badInputs_areRejected() {
    assertThatThrownBy(() -> ViralitySimulation.builder().k(-1))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ViralitySimulation.k: must be a finite number >= 0 (was -1.0)");
    assertThatThrownBy(() -> ViralitySimulation.builder().seeds(-5))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ViralitySimulation.seeds: must be >= 0 (was -5)");
    assertThatThrownBy(() -> ViralitySimulation.builder().runs(0))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ViralitySimulation.runs: must be between 1 and 1000000 (was 0)");
    assertThatThrownBy(() -> ViralitySimulation.builder().generations(10_001))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ViralitySimulation.generations: must be between 0 and 10000 (was 10001)");
    assertThatThrownBy(() -> ViralitySimulation.builder().population(-3))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ViralitySimulation.population: must be >= 1 (was -3)");
    assertThatThrownBy(() -> ViralitySimulation.builder().build())
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "ViralitySimulation.seeds: must be set (was null)\n"
                + "ViralitySimulation.k: must be set (was null)\n"
                + "ViralitySimulation.generations: must be set (was null)");
    assertThatThrownBy(() -> base().runs(1_000_000).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "ViralitySimulation.runs: times (generations + 1) must be <= 10000000 (was 11000000)"
                + " (was 1000000)");
    assertThatThrownBy(() -> base().population(999).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("ViralitySimulation.seeds: must be <= population 999 (was 1000)");
    SimulationResult r = base().runs(10).build().run();
    assertThatThrownBy(() -> r.generation(11))
        .isInstanceOf(ValidationException.class)
        .hasMessage("SimulationResult.generation: must be between 0 and 10 (was 11)");
    assertThatThrownBy(() -> new GenerationStats(0, 5, 6, 4, 7, 1, 9))
        .isInstanceOf(ValidationException.class)
        .hasMessage("GenerationStats.p50: must satisfy min <= p5 <= p50 <= p95 <= max (was 4)");
    assertThatThrownBy(() -> new GenerationStats(-1, Double.NaN, 0, 0, 0, -1, 0))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "GenerationStats.generation: must be >= 0 (was -1)\n"
                + "GenerationStats.min: must be >= 0 (was -1)\n"
                + "GenerationStats.mean: must be finite and between min and max (was NaN)");
  }

  @Test
  void settings_valueSemantics() {
    ViralitySimulation a = base().build();
    assertThat(a).isEqualTo(base().build()).hasSameHashCodeAs(base().build()).isEqualTo(a);
    assertThat(a).isNotEqualTo("a");
    assertThat(a).isNotEqualTo(base().seeds(1).build());
    assertThat(a).isNotEqualTo(base().k(ViralCoefficient.of(2, 0.3)).build());
    assertThat(a).isNotEqualTo(base().generations(3).build());
    assertThat(a).isNotEqualTo(base().runs(3).build());
    assertThat(a).isNotEqualTo(base().seed(3).build());
    assertThat(a).isNotEqualTo(base().population(5000).build());
    assertThat(a.population()).isEmpty();
    assertThat(base().population(5000).build().population()).isEqualTo(OptionalLong.of(5000));
    assertThat(a.seeds()).isEqualTo(1000);
    assertThat(a.k()).isEqualTo(0.8);
    assertThat(a.generations()).isEqualTo(10);
    assertThat(a.runs()).isEqualTo(4000);
    assertThat(a.seed()).isEqualTo(7);
    assertThat(a)
        .hasToString(
            "ViralitySimulation[seeds=1000, k=0.8, generations=10, runs=4000, seed=7,"
                + " population=none]");
    SimulationResult r = base().runs(5).build().run();
    assertThat(r.settings()).isEqualTo(base().runs(5).build());
    assertThat(r.toString()).startsWith("SimulationResult[ViralitySimulation[seeds=1000");
    assertThat(r).isNotEqualTo("r").isNotEqualTo(base().runs(6).build().run()).isEqualTo(r);
    assertThat(ViralitySimulation.builder().seeds(1).k(0.1).generations(1).build().runs())
        .isEqualTo(ViralitySimulation.DEFAULT_RUNS);
  }

  @Test
  void percentile_isNearestRank() {
    long[] hundred = new long[100];
    for (int i = 0; i < 100; i++) {
      hundred[i] = i + 1;
    }
    assertThat(ViralitySimulation.percentile(hundred, 5)).isEqualTo(5);
    assertThat(ViralitySimulation.percentile(hundred, 50)).isEqualTo(50);
    assertThat(ViralitySimulation.percentile(hundred, 95)).isEqualTo(95);
    assertThat(ViralitySimulation.percentile(new long[] {9}, 5)).isEqualTo(9);
    assertThat(ViralitySimulation.percentile(new long[] {1, 2, 3}, 50)).isEqualTo(2);
  }

  @Test
  void poissonSampler_hasTheRightMeanAndVariance() {
    // fixed generator seed: deterministic; tolerances are 6 standard errors of mean and variance
    for (double mean : new double[] {0.3, 3, 9.99, 10, 57.5, 1e6, 3e12}) {
      SplittableRandom random = new SplittableRandom(11);
      int n = 100_000;
      double sum = 0;
      double sumSq = 0;
      for (int i = 0; i < n; i++) {
        double x = PoissonSampler.sample(random, mean);
        sum += x;
        sumSq += x * x;
      }
      double m = sum / n;
      double var = sumSq / n - m * m;
      assertThat(m)
          .as("mean of Poisson(%s)", mean)
          .isCloseTo(mean, org.assertj.core.api.Assertions.within(6 * Math.sqrt(mean / n)));
      // Var of the sample variance of a Poisson is about (mean + 2 mean^2) / n
      assertThat(var)
          .as("variance of Poisson(%s)", mean)
          .isCloseTo(
              mean,
              org.assertj.core.api.Assertions.within(6 * Math.sqrt((mean + 2 * mean * mean) / n)));
    }
    assertThat(PoissonSampler.sample(new SplittableRandom(1), 0)).isZero();
  }

  @Test
  void logFactorial_isAccurateAcrossTheTableBorder() {
    double exact = 0;
    for (int i = 1; i <= 400; i++) {
      exact += Math.log(i);
      assertThat(PoissonSampler.logFactorial(i))
          .isCloseTo(exact, org.assertj.core.api.Assertions.within(1e-9 * exact));
    }
    assertThat(PoissonSampler.logFactorial(0)).isZero();
  }

  @Test
  void anySeed_isReproducible_andWithinTheCap() {
    Cases.check(
        d -> {
          long seed = d.seed("seed");
          double k = d.draw("k", Gen.doubles(0, 3));
          int seeds = d.draw("seeds", Gen.ints(0, 500));
          int generations = d.draw("generations", Gen.ints(0, 20));
          ViralitySimulation sim =
              ViralitySimulation.builder()
                  .seeds(seeds)
                  .k(k)
                  .generations(generations)
                  .runs(50)
                  .seed(seed)
                  .population(100_000)
                  .build();
          SimulationResult first = sim.run();
          assertThat(sim.run()).isEqualTo(first);
          long previous = 0;
          for (GenerationStats g : first.generations()) {
            assertThat(g.max()).isLessThanOrEqualTo(100_000);
            assertThat(g.min()).isGreaterThanOrEqualTo(previous == 0 ? 0 : seeds);
            assertThat(g.p50()).isGreaterThanOrEqualTo(seeds);
            previous = g.min();
          }
        });
  }
}
