package dev.smmkit.metrics.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smmkit.core.ValidationException;
import dev.smmkit.testsupport.Cases;
import dev.smmkit.testsupport.Gen;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AudienceSketchTest {

  private static AudienceSketch range(long from, long to) {
    AudienceSketch s = AudienceSketch.create();
    for (long id = from; id < to; id++) {
      s.add(id);
    }
    return s;
  }

  @Test
  void empty_isExactZero() {
    assertThat(AudienceSketch.create().estimate()).isEqualTo(ReachEstimate.exact(0));
    AudienceOverlap o = AudienceOverlap.between(AudienceSketch.create(), AudienceSketch.create());
    assertThat(o.overlap()).isEqualTo(ReachEstimate.exact(0));
    assertThat(o.incrementalReach()).isEqualTo(ReachEstimate.exact(0));
    assertThat(o.onlyA()).isEqualTo(ReachEstimate.exact(0));
    assertThat(o.union()).isEqualTo(ReachEstimate.exact(0));
  }

  @Test
  void smallAudiences_areExact() {
    AudienceSketch a = AudienceSketch.create().add(1).add(2).add(3).add("x");
    AudienceSketch b = AudienceSketch.create().add(3).add(4).add("x");
    AudienceOverlap o = AudienceOverlap.between(a, b);
    assertThat(o.overlap()).isEqualTo(ReachEstimate.exact(2));
    assertThat(o.onlyA()).isEqualTo(ReachEstimate.exact(2));
    assertThat(o.incrementalReach()).isEqualTo(ReachEstimate.exact(1));
    assertThat(o.union()).isEqualTo(ReachEstimate.exact(5));
    assertThat(o)
        .isEqualTo(AudienceOverlap.between(a, b))
        .isNotEqualTo(AudienceOverlap.between(b, a));
    assertThat(o.hashCode()).isEqualTo(AudienceOverlap.between(a, b).hashCode());
    assertThat(o.toString()).startsWith("AudienceOverlap[overlap=ReachEstimate[exact 2]");
  }

  @Test
  void largeAudiences_overlapAndIncrementalReachWithinBounds() {
    // A = [0, 200k), B = [150k, 300k): overlap 50k, B adds 100k, union 300k
    AudienceOverlap o = AudienceOverlap.between(range(0, 200_000), range(150_000, 300_000));
    assertWithin(o.overlap(), 50_000);
    assertWithin(o.incrementalReach(), 100_000);
    assertWithin(o.onlyA(), 150_000);
    assertWithin(o.union(), 300_000);
    assertThat(o.overlap().isExact()).isFalse();
  }

  private static void assertWithin(ReachEstimate e, double truth) {
    assertThat(truth).isBetween(e.lowerBound(3), e.upperBound(3));
  }

  @Test
  void merge_isUnion() {
    AudienceSketch a = range(0, 100).merge(range(50, 150));
    assertThat(a.estimate()).isEqualTo(ReachEstimate.exact(150));
    assertThat(a.merge(a).estimate()).isEqualTo(ReachEstimate.exact(150));
  }

  @Test
  void bytes_roundTrip() {
    AudienceSketch big = range(0, 50_000);
    AudienceSketch back = AudienceSketch.fromBytes(big.toBytes());
    assertThat(back.estimate()).isEqualTo(big.estimate());
    assertThat(back.lgK()).isEqualTo(12);
    assertThat(back.toString()).startsWith("AudienceSketch[lgK=12, ReachEstimate[");
    AudienceSketch small = AudienceSketch.withLgK(6).add("a");
    assertThat(AudienceSketch.fromBytes(small.toBytes()).estimate())
        .isEqualTo(ReachEstimate.exact(1));
  }

  @Test
  void badInput_isRejected() {
    assertThatThrownBy(() -> AudienceSketch.withLgK(27))
        .isInstanceOf(ValidationException.class)
        .hasMessage("AudienceSketch.lgK: must be between 4 and 26 (was 27)");
    assertThatThrownBy(() -> AudienceSketch.withLgK(3))
        .isInstanceOf(ValidationException.class)
        .hasMessage("AudienceSketch.lgK: must be between 4 and 26 (was 3)");
    assertThatThrownBy(() -> AudienceSketch.create().add(""))
        .isInstanceOf(ValidationException.class)
        .hasMessage("AudienceSketch.id: must not be empty (was \"\")");
    assertThatThrownBy(() -> AudienceSketch.fromBytes(new byte[2]))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("AudienceSketch.bytes: must be a complete AudienceSketch image");
    assertThatThrownBy(() -> AudienceSketch.fromBytes(new byte[12]))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "AudienceSketch.bytes: must start with the AudienceSketch magic number and version 1"
                + " (was \"12 bytes\")");
    byte[] good = AudienceSketch.create().add(1).toBytes();
    byte[] trailing = Arrays.copyOf(good, good.length + 1);
    assertThatThrownBy(() -> AudienceSketch.fromBytes(trailing))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("AudienceSketch.bytes: must not have trailing bytes");
    byte[] corrupt = good.clone();
    Arrays.fill(corrupt, 10, corrupt.length, (byte) 0x7f);
    assertThatThrownBy(() -> AudienceSketch.fromBytes(corrupt))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("AudienceSketch.bytes: must be a complete AudienceSketch image");
  }

  /**
   * Audience sizes on a log scale (most cases small and cheap, large ones still drawn), with the
   * edge cases 0, 1, the maximum, and both sides of the default sketch's exact limit (4,096).
   */
  private static Gen<Integer> sizes(int max) {
    return Gen.sizes(max).withEdgeCases(4095, 4096, 4097);
  }

  @Test
  void overlap_ofDisjointAudiences_isNearZero() {
    ThreeSigma bounds = new ThreeSigma();
    Cases.Result run =
        Cases.check(
            d -> {
              int n = d.draw("n", sizes(100_000));
              AudienceOverlap o = AudienceOverlap.between(range(0, n), range(n, 2L * n));
              bounds.check("overlap", o.overlap(), 0.0);
              assertThat(o.overlap().lowerBound(1)).isZero();
              bounds.check("incrementalReach", o.incrementalReach(), n);
            });
    bounds.assertCalibrated(run);
  }

  @Test
  void overlap_ofIdenticalAudiences_isN() {
    ThreeSigma bounds = new ThreeSigma();
    Cases.Result run =
        Cases.check(
            d -> {
              int n = d.draw("n", sizes(100_000));
              AudienceOverlap o = AudienceOverlap.between(range(0, n), range(0, n));
              bounds.check("overlap", o.overlap(), n);
              assertThat(o.incrementalReach().estimate()).isZero();
              assertThat(o.union().estimate()).isEqualTo(o.overlap().estimate());
            });
    bounds.assertCalibrated(run);
  }

  @Test
  void bytes_roundTrip_keepsTheEstimate() {
    Cases.check(
        d -> {
          AudienceSketch s = range(0, d.draw("n", sizes(50_000)));
          assertThat(AudienceSketch.fromBytes(s.toBytes()).estimate()).isEqualTo(s.estimate());
        });
  }

  @Test
  void mergeOfParts_isTheUnion() {
    ThreeSigma bounds = new ThreeSigma();
    Cases.Result run =
        Cases.check(
            d -> {
              int n = d.draw("n", sizes(60_000));
              int parts = d.draw("parts", Gen.ints(1, 4));
              AudienceSketch merged = AudienceSketch.create();
              for (int p = 0; p < parts; p++) {
                AudienceSketch part = AudienceSketch.create();
                for (long id = p; id < n; id += parts) {
                  part.add(id);
                }
                merged.merge(part);
              }
              ReachEstimate e = merged.estimate();
              bounds.check("union", e, n);
              if (n < 4096) {
                assertThat(e).isEqualTo(ReachEstimate.exact(n));
              }
            });
    bounds.assertCalibrated(run);
  }
}
