package dev.smmkit.metrics.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bounds mean what ReachEstimate says: on seeded audiences the true count lies inside the
 * bounds at 1, 2 and 3 standard deviations about 68 %, 95 % and 99.7 % of the time, for a single
 * accumulator and for a merge of two overlapping ones.
 */
class UniqueReachBoundsCoverageTest {
  private static final int RUNS = 200;

  @ParameterizedTest(name = "{0} distinct ids, merged = {1}")
  @CsvSource({"20000, false", "20000, true", "50000, false"})
  void trueCount_liesWithinTheStatedBounds_atTheirConfidence(int distinct, boolean merged) {
    int[] inside = new int[4];
    for (int run = 0; run < RUNS; run++) {
      long seed = 0x5EED_0000L + run;
      SplittableRandom random = new SplittableRandom(seed);
      // Distinct ids by construction: a random start and an odd stride never repeat in 2^64.
      long start = random.nextLong();
      long stride = random.nextLong() | 1;
      UniqueReach a = UniqueReach.create();
      UniqueReach b = UniqueReach.create();
      for (int i = 0; i < distinct; i++) {
        long id = start + i * stride;
        // Merged case: a holds the first 60 %, b the last 60 %, so 20 % are in both.
        if (!merged || i < distinct * 6 / 10) {
          a.add(id);
        }
        if (merged && i >= distinct * 4 / 10) {
          b.add(id);
        }
      }
      ReachEstimate e = merged ? a.merge(b).estimate() : a.estimate();
      assertThat(e.isExact()).as("seed %d", seed).isFalse();
      for (int sd = 1; sd <= 3; sd++) {
        assertThat(e.lowerBound(sd)).as("seed %d", seed).isLessThanOrEqualTo(e.estimate());
        assertThat(e.upperBound(sd)).as("seed %d", seed).isGreaterThanOrEqualTo(e.estimate());
        if (e.lowerBound(sd) <= distinct && distinct <= e.upperBound(sd)) {
          inside[sd]++;
        }
      }
    }
    // Binomial slack of about 4 standard deviations around 68.3 %, 95.4 % and 99.7 % of 200 runs.
    assertThat(inside[1]).as("inside 1 sd of %d runs", RUNS).isBetween(110, 163);
    assertThat(inside[2]).as("inside 2 sd of %d runs", RUNS).isBetween(179, RUNS);
    assertThat(inside[3]).as("inside 3 sd of %d runs", RUNS).isBetween(195, RUNS);
  }
}
