package dev.smmkit.metrics.reach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smmkit.testsupport.Cases;
import dev.smmkit.testsupport.Gen;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Laws of {@link UniqueReach}, each over at least 1,000 seeded cases (see {@link Cases}).
 *
 * <p>The 3-sigma property is statistical: a correct 3-sigma bound misses about 0.3 % of the time,
 * so it is checked as a miss rate over the run ({@link ThreeSigma}); exact estimates must be exact
 * in every case. Sizes are drawn on a log scale up to 200k, so that most cases are cheap while
 * large ones still occur, with both sides of each exact limit as edge cases.
 */
class UniqueReachPropertyTest {

  /** {@code distinct} different ids in random order, then {@code duplicates} repeats of them. */
  private static long[] ids(long seed, int distinct, int duplicates) {
    long[] unique = Gen.distinctLongs(seed, distinct);
    SplittableRandom random = new SplittableRandom(seed);
    long[] out = new long[distinct + (distinct == 0 ? 0 : duplicates)];
    System.arraycopy(unique, 0, out, 0, distinct);
    for (int i = distinct; i < out.length; i++) {
      out[i] = unique[random.nextInt(distinct)];
    }
    return out;
  }

  private static UniqueReach build(int lgK, int exactUpTo) {
    return UniqueReach.builder().lgK(lgK).exactUpTo(exactUpTo).build();
  }

  @Test
  void estimate_isWithinItsThreeSigmaBound() {
    ThreeSigma bounds = new ThreeSigma();
    Cases.Result run =
        Cases.check(
            d -> {
              long seed = d.seed("seed");
              int distinct = d.draw("distinct", Gen.sizes(200_000).withEdgeCases(1000, 1001));
              int lgK = d.draw("lgK", Gen.ints(8, 14));
              UniqueReach reach = build(lgK, 1000);
              for (long id : ids(seed, distinct, distinct / 10)) {
                reach.add(id);
              }
              ReachEstimate e = reach.estimate();
              bounds.check("estimate", e, distinct);
              assertThat(e.isExact()).isEqualTo(distinct <= 1000);
              if (e.isExact()) {
                assertThat(e.estimate()).isEqualTo(distinct);
              }
            });
    bounds.assertCalibrated(run);
    assertThat(bounds.checks()).as("sketch-mode cases").isGreaterThan(300);
  }

  @Test
  void mergeOfParts_equalsOneAccumulatorOverAll() {
    Cases.check(
        d -> {
          long seed = d.seed("seed");
          int distinct = d.draw("distinct", Gen.sizes(60_000).withEdgeCases(3000, 3001));
          int parts = d.draw("parts", Gen.ints(1, 5));
          int exactUpTo = d.draw("exactUpTo", Gen.ints(0, 3000));
          UniqueReach all = build(12, exactUpTo);
          UniqueReach[] partial = new UniqueReach[parts];
          for (int p = 0; p < parts; p++) {
            partial[p] = build(12, exactUpTo);
          }
          SplittableRandom assign = new SplittableRandom(~seed);
          for (long id : ids(seed, distinct, distinct / 5)) {
            all.add(id);
            partial[assign.nextInt(parts)].add(id);
          }
          UniqueReach forward = build(12, exactUpTo);
          UniqueReach backward = build(12, exactUpTo);
          for (int p = 0; p < parts; p++) {
            forward.merge(partial[p]);
            backward.merge(partial[parts - 1 - p]);
          }
          assertThat(forward.estimate()).isEqualTo(all.estimate());
          assertThat(backward.estimate()).isEqualTo(all.estimate());
          assertThat(forward.isExact()).isEqualTo(all.isExact());
        });
  }

  @Test
  void merge_isAssociativeAndCommutative() {
    Gen<Integer> sizes = Gen.sizes(20_000).withEdgeCases(2000, 2001);
    Cases.check(
        d -> {
          long seed = d.seed("seed");
          int exactUpTo = d.draw("exactUpTo", Gen.ints(0, 2000));
          UniqueReach a = build(11, exactUpTo);
          UniqueReach b = build(11, exactUpTo);
          UniqueReach c = build(11, exactUpTo);
          // overlapping id ranges so that the parts share ids
          for (long id : ids(seed, d.draw("sizeA", sizes), 0)) {
            a.add(id % 50_000);
          }
          for (long id : ids(seed + 1, d.draw("sizeB", sizes), 0)) {
            b.add(id % 50_000);
          }
          for (long id : ids(seed + 2, d.draw("sizeC", sizes), 0)) {
            c.add(id % 50_000);
          }
          ReachEstimate left = a.copy().merge(b).merge(c).estimate();
          ReachEstimate right = a.copy().merge(b.copy().merge(c)).estimate();
          ReachEstimate swapped = c.copy().merge(a).merge(b).estimate();
          assertThat(right).isEqualTo(left);
          assertThat(swapped).isEqualTo(left);
        });
  }

  @Test
  void bytes_roundTrip_keepsTheEstimate() {
    Cases.check(
        d -> {
          long seed = d.draw("seed", Gen.longs(0, 1000));
          int distinct = d.draw("distinct", Gen.sizes(30_000).withEdgeCases(2000, 2001));
          int exactUpTo = d.draw("exactUpTo", Gen.ints(0, 2000));
          UniqueReach reach = build(12, exactUpTo);
          for (long id : ids(seed, distinct, 0)) {
            reach.add(id);
            if (id % 7 == 0) {
              reach.add("s" + id);
            }
          }
          UniqueReach back = UniqueReach.fromBytes(reach.toBytes());
          assertThat(back.estimate()).isEqualTo(reach.estimate());
          assertThat(back.isExact()).isEqualTo(reach.isExact());
          if (reach.isExact()) {
            // exact images are canonical (sorted ids); sketch images keep DataSketches' coupon
            // order
            assertThat(back.toBytes()).isEqualTo(reach.toBytes());
          }
        });
  }
}
