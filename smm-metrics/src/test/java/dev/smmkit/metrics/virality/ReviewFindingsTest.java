package dev.smmkit.metrics.virality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Defects found in the review of the smm-metrics public API; each test reproduces one. */
class ReviewFindingsTest {

  @Test
  void generationZero_isExactlyTheSeeds_nearKOfOne() {
    // expm1(ln 1.3) / 0.3 is 0.9999999999999998, so generation 0 was below the seeds.
    for (double k : new double[] {1.3, 1.2442496201360502, 0.7, 0.9}) {
      ReachProjection p =
          ReachProjection.builder().seeds(1000).k(k).generations(3).population(1_000_000).build();
      assertThat(p.cumulativeReach(0)).as("k = %s", k).isEqualTo(1000.0);
    }
  }
}
