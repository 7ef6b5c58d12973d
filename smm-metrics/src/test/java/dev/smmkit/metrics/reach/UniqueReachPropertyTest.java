package dev.smmkit.metrics.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Laws of {@link UniqueReach}.
 *
 * <p>The 3-sigma property is statistical: a correct 3-sigma bound misses about 0.3 % of the time.
 * Its jqwik seed is therefore fixed, so the build is deterministic and cannot flake; the data are
 * still varied (sizes up to 200k, several lgK, random ids).
 */
class UniqueReachPropertyTest {

  private static long[] ids(long seed, int distinct, int duplicates) {
    SplittableRandom random = new SplittableRandom(seed);
    Set<Long> set = new HashSet<>();
    while (set.size() < distinct) {
      set.add(random.nextLong());
    }
    long[] unique = set.stream().mapToLong(Long::longValue).toArray();
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

  @Property(tries = 40, seed = "20261124")
  void estimate_isWithinItsThreeSigmaBound(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 200_000) int distinct,
      @ForAll @IntRange(min = 8, max = 14) int lgK) {
    UniqueReach reach = build(lgK, 1000);
    for (long id : ids(seed, distinct, distinct / 10)) {
      reach.add(id);
    }
    ReachEstimate e = reach.estimate();
    assertThat((double) distinct).isBetween(e.lowerBound(3), e.upperBound(3));
    assertThat(e.isExact()).isEqualTo(distinct <= 1000);
    if (e.isExact()) {
      assertThat(e.estimate()).isEqualTo(distinct);
    }
  }

  @Property(tries = 40, seed = "20261124")
  void mergeOfParts_equalsOneAccumulatorOverAll(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 60_000) int distinct,
      @ForAll @IntRange(min = 1, max = 5) int parts,
      @ForAll @IntRange(min = 0, max = 3000) int exactUpTo) {
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
  }

  @Property(tries = 40, seed = "20261124")
  void merge_isAssociativeAndCommutative(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 20_000) int sizeA,
      @ForAll @IntRange(min = 0, max = 20_000) int sizeB,
      @ForAll @IntRange(min = 0, max = 20_000) int sizeC,
      @ForAll @IntRange(min = 0, max = 2000) int exactUpTo) {
    UniqueReach a = build(11, exactUpTo);
    UniqueReach b = build(11, exactUpTo);
    UniqueReach c = build(11, exactUpTo);
    // overlapping id ranges so that the parts share ids
    for (long id : ids(seed, sizeA, 0)) {
      a.add(id % 50_000);
    }
    for (long id : ids(seed + 1, sizeB, 0)) {
      b.add(id % 50_000);
    }
    for (long id : ids(seed + 2, sizeC, 0)) {
      c.add(id % 50_000);
    }
    ReachEstimate left = a.copy().merge(b).merge(c).estimate();
    ReachEstimate right = a.copy().merge(b.copy().merge(c)).estimate();
    ReachEstimate swapped = c.copy().merge(a).merge(b).estimate();
    assertThat(right).isEqualTo(left);
    assertThat(swapped).isEqualTo(left);
  }

  @Property(tries = 30, seed = "20261124")
  void bytes_roundTrip_keepsTheEstimate(
      @ForAll @LongRange(min = 0, max = 1000) long seed,
      @ForAll @IntRange(min = 0, max = 30_000) int distinct,
      @ForAll @IntRange(min = 0, max = 2000) int exactUpTo) {
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
      // exact images are canonical (sorted ids); sketch images keep DataSketches' coupon order
      assertThat(back.toBytes()).isEqualTo(reach.toBytes());
    }
  }
}
