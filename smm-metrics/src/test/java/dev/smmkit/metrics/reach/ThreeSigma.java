package dev.smmkit.metrics.reach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smmkit.testsupport.Cases;
import java.util.ArrayList;
import java.util.List;

/**
 * The 3-sigma bounds of sketch estimates, checked over a seeded run.
 *
 * <p>A correct 3-sigma bound misses the truth about 0.27 % of the time, so over 1,000 cases a
 * per-case check would fail on a correct sketch. Instead: an exact estimate must equal the truth in
 * every case; a sketch estimate must hold the truth within twice its 3-sigma interval in every case
 * (a gross error fails its case, with its seed); and over the run, the 3-sigma interval may miss in
 * at most {@code 2 + 1 %} of the sketch checks (nearly 4 times the nominal rate, so a correct
 * sketch passes for any seed while a biased or overconfident one does not).
 */
final class ThreeSigma {
  private int checks;
  private final List<String> misses = new ArrayList<>();

  /**
   * Checks that {@code truth} lies in the bounds of {@code e}, as described above.
   *
   * @param what names the estimate in messages
   */
  void check(String what, ReachEstimate e, double truth) {
    double lo = e.lowerBound(3);
    double hi = e.upperBound(3);
    if (e.isExact()) {
      assertThat(e.estimate()).as("%s is exact", what).isEqualTo(truth);
      return;
    }
    checks++;
    if (truth < lo || truth > hi) {
      misses.add(what + ": " + truth + " outside [" + lo + ", " + hi + "]");
      double half = (hi - lo) / 2;
      assertThat(truth)
          .as("%s within twice its 3-sigma interval", what)
          .isBetween(lo - half, hi + half);
    }
  }

  /** Asserts the miss rate over the run. */
  void assertCalibrated(Cases.Result run) {
    assertThat(misses.size())
        .as(
            "3-sigma misses in %d sketch checks over %d cases (seed %d): %s",
            checks, run.cases(), run.seed(), misses)
        .isLessThanOrEqualTo(2 + checks / 100);
  }

  /** How many sketch (not exact) checks ran. */
  int checks() {
    return checks;
  }

  /** How many sketch checks missed their 3-sigma interval. */
  int misses() {
    return misses.size();
  }
}
