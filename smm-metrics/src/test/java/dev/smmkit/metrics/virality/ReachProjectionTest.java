package dev.smmkit.metrics.virality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.smmkit.core.ValidationException;
import dev.smmkit.testsupport.Cases;
import dev.smmkit.testsupport.Gen;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ReachProjectionTest {

  @Test
  void subcritical_followsTheGeometricSeries() {
    ReachProjection p = ReachProjection.builder().seeds(100).k(0.5).generations(3).build();
    assertThat(p.cumulativeReach(0)).isEqualTo(100.0);
    assertThat(p.cumulativeReach(1)).isEqualTo(150.0);
    assertThat(p.cumulativeReach(2)).isEqualTo(175.0);
    assertThat(p.finalReach()).isEqualTo(187.5);
    assertThat(p.saturationGeneration()).isEmpty();
    assertThat(p.population()).isEmpty();
    assertThat(p.seeds()).isEqualTo(100);
    assertThat(p.k()).isEqualTo(0.5);
    assertThat(p.generations()).isEqualTo(3);
  }

  @Test
  void subcritical_convergesToSeedsOverOneMinusK() {
    ReachProjection p =
        ReachProjection.builder()
            .seeds(1000)
            .k(ViralCoefficient.of(2, 0.4))
            .generations(2000)
            .build();
    assertThat(p.finalReach()).isCloseTo(1000 / (1 - 0.8), within(1e-9));
  }

  @Test
  void kEqualToOne_isLinearAndExact() {
    ReachProjection p =
        ReachProjection.builder()
            .seeds(7)
            .k(1.0)
            .generations(1_000_000)
            .population(Long.MAX_VALUE)
            .build();
    assertThat(p.cumulativeReach(0)).isEqualTo(7.0);
    assertThat(p.cumulativeReach(999_999)).isEqualTo(7_000_000.0);
    assertThat(p.finalReach()).isEqualTo(7_000_007.0);
  }

  @Test
  void supercritical_isCappedByThePopulation() {
    ReachProjection p =
        ReachProjection.builder().seeds(100).k(2).generations(5).population(1000).build();
    assertThat(p.cumulativeReach(1)).isEqualTo(300.0);
    assertThat(p.cumulativeReach(2)).isEqualTo(700.0);
    assertThat(p.cumulativeReach(3)).isEqualTo(1000.0);
    assertThat(p.finalReach()).isEqualTo(1000.0);
    assertThat(p.saturationGeneration()).isEqualTo(OptionalInt.of(3));
    assertThat(p.population()).isEqualTo(OptionalLong.of(1000));
  }

  @Test
  void overflow_saturatesAtThePopulation_neverInfinity() {
    ReachProjection p =
        ReachProjection.builder()
            .seeds(Long.MAX_VALUE)
            .k(1e300)
            .generations(Integer.MAX_VALUE)
            .population(Long.MAX_VALUE)
            .build();
    assertThat(p.finalReach()).isEqualTo((double) Long.MAX_VALUE).isFinite();
    assertThat(p.saturationGeneration()).isEqualTo(OptionalInt.of(0));
    assertThat(p.toString()).contains("population=" + Long.MAX_VALUE);
  }

  @Test
  void zeroCases() {
    assertThat(
            ReachProjection.builder()
                .seeds(0)
                .k(5)
                .generations(100)
                .population(10)
                .build()
                .finalReach())
        .isZero();
    assertThat(ReachProjection.builder().seeds(42).k(0).generations(9).build().finalReach())
        .isEqualTo(42.0);
    assertThat(
            ReachProjection.builder()
                .seeds(42)
                .k(3)
                .generations(0)
                .population(50)
                .build()
                .finalReach())
        .isEqualTo(42.0);
  }

  @Test
  void populationCapsASubcriticalLoopToo() {
    ReachProjection p =
        ReachProjection.builder().seeds(100).k(0.9).generations(50).population(500).build();
    assertThat(p.finalReach()).isEqualTo(500.0);
    assertThat(p.saturationGeneration()).hasValue(6);
  }

  @Test
  void missingPopulation_whenViral_isRejected() {
    assertThatThrownBy(() -> ReachProjection.builder().seeds(10).k(1.0).generations(3).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "ReachProjection.population: must be set when k >= 1 (was k = 1.0): the series does"
                + " not converge (was null)");
  }

  @Test
  void badInputs_areRejected() {
    assertThatThrownBy(() -> ReachProjection.builder().k(-0.1))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ReachProjection.k: must be a finite number >= 0 (was -0.1)");
    assertThatThrownBy(() -> ReachProjection.builder().k(Double.NaN))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ReachProjection.k: must be a finite number >= 0 (was NaN)");
    assertThatThrownBy(() -> ReachProjection.builder().seeds(-1))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ReachProjection.seeds: must be >= 0 (was -1)");
    assertThatThrownBy(() -> ReachProjection.builder().generations(-1))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ReachProjection.generations: must be >= 0 (was -1)");
    assertThatThrownBy(() -> ReachProjection.builder().population(0))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ReachProjection.population: must be >= 1 (was 0)");
    assertThatThrownBy(() -> ReachProjection.builder().build())
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "ReachProjection.seeds: must be set (was null)\n"
                + "ReachProjection.k: must be set (was null)\n"
                + "ReachProjection.generations: must be set (was null)");
    assertThatThrownBy(
            () -> ReachProjection.builder().seeds(11).k(0.5).generations(1).population(10).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("ReachProjection.seeds: must be <= population 10 (was 11)");
    ReachProjection p = ReachProjection.builder().seeds(1).k(0.5).generations(2).build();
    assertThatThrownBy(() -> p.cumulativeReach(3))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ReachProjection.generation: must be between 0 and 2 (was 3)");
    assertThatThrownBy(() -> p.cumulativeReach(-1))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ReachProjection.generation: must be between 0 and 2 (was -1)");
  }

  @Test
  void valueSemantics() {
    ReachProjection a = ReachProjection.builder().seeds(1).k(0.5).generations(2).build();
    ReachProjection b = ReachProjection.builder().seeds(1).k(0.5).generations(2).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isEqualTo(a).isNotEqualTo("a");
    assertThat(a).isNotEqualTo(ReachProjection.builder().seeds(2).k(0.5).generations(2).build());
    assertThat(a).isNotEqualTo(ReachProjection.builder().seeds(1).k(0.6).generations(2).build());
    assertThat(a).isNotEqualTo(ReachProjection.builder().seeds(1).k(0.5).generations(3).build());
    assertThat(a)
        .isNotEqualTo(
            ReachProjection.builder().seeds(1).k(0.5).generations(2).population(9).build());
    assertThat(a)
        .hasToString(
            "ReachProjection[seeds=1, k=0.5, generations=2, population=none, finalReach=1.8]");
  }

  /**
   * K from 0 to {@code max}; k = 1 is where the closed form changes and a population becomes
   * required, so both neighbours of 1 are edge cases too.
   */
  private static Gen<Double> ks(double max) {
    return Gen.doubles(0, max).withEdgeCases(Math.nextDown(1.0), Math.nextUp(1.0));
  }

  @Test
  void projection_equalsTheSummedSeries() {
    Gen<Double> ks = ks(3);
    Cases.check(
        d -> {
          long seeds = d.draw("seeds", Gen.longs(0, 1_000_000));
          double k = d.draw("k", ks);
          int generations = d.draw("generations", Gen.ints(0, 200));
          ReachProjection.Builder b =
              ReachProjection.builder().seeds(seeds).k(k).generations(generations);
          if (k >= 1) {
            b.population(Long.MAX_VALUE);
          }
          ReachProjection p = b.build();
          double sum = 0;
          double term = seeds;
          for (int g = 0; g <= generations; g++) {
            sum += term;
            term *= k;
            double expected = Math.min(sum, (double) Long.MAX_VALUE);
            assertThat(p.cumulativeReach(g))
                .isCloseTo(expected, within(1e-9 * Math.max(1, expected)));
          }
        });
  }

  @Test
  void projection_isMonotoneAndCapped() {
    Gen<Double> ks = ks(50);
    Cases.check(
        d -> {
          long seeds = d.draw("seeds", Gen.longs(1, 1_000_000));
          double k = d.draw("k", ks);
          int generations = d.draw("generations", Gen.ints(0, 10_000));
          long population = 2_000_000;
          ReachProjection p =
              ReachProjection.builder()
                  .seeds(seeds)
                  .k(k)
                  .generations(generations)
                  .population(population)
                  .build();
          double previous = 0;
          for (int g = 0; g <= generations; g += g < 300 ? 1 : Math.max(1, generations / 50)) {
            double r = p.cumulativeReach(g);
            assertThat(r).isFinite().isBetween(previous, (double) population);
            previous = r;
          }
        });
  }
}
