package dev.smmkit.metrics.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.smmkit.core.ValidationException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UniqueReachTest {

  @Test
  void empty_isExactZero() {
    // GIVEN no ids WHEN estimated THEN exactly 0 with zero-width bounds
    ReachEstimate e = UniqueReach.create().estimate();
    assertThat(e.isExact()).isTrue();
    assertThat(e.estimate()).isZero();
    assertThat(e.rounded()).isZero();
    assertThat(e.lowerBound(3)).isZero();
    assertThat(e.upperBound(3)).isZero();
    assertThat(e.relativeStandardError()).isZero();
    assertThat(e).isEqualTo(ReachEstimate.exact(0));
  }

  @Test
  void emptySketchMode_isZero() {
    UniqueReach reach = UniqueReach.builder().exactUpTo(0).build();
    assertThat(reach.isExact()).isFalse();
    ReachEstimate e = reach.estimate();
    assertThat(e.estimate()).isZero();
    assertThat(e.upperBound(3)).isZero();
    assertThat(e.relativeStandardError()).isZero();
  }

  @Test
  void exactMode_countsDistinctIds_longsAndStringsApart() {
    UniqueReach reach = UniqueReach.builder().exactUpTo(10).build();
    reach.add(1).add(2).add(2).add("2").add("user-7").add("user-7");
    assertThat(reach.isExact()).isTrue();
    assertThat(reach.estimate()).isEqualTo(ReachEstimate.exact(4));
    assertThat(reach.estimate().estimate()).isEqualTo(4.0);
  }

  @Test
  void pastThreshold_switchesToSketch_withBounds() {
    UniqueReach reach = UniqueReach.builder().exactUpTo(100).lgK(12).build();
    for (long id = 0; id < 100; id++) {
      reach.add(id);
    }
    assertThat(reach.isExact()).isTrue();
    reach.add(100L);
    assertThat(reach.isExact()).isFalse();
    for (long id = 101; id < 100_000; id++) {
      reach.add(id);
    }
    ReachEstimate e = reach.estimate();
    assertThat(e.isExact()).isFalse();
    assertThat(e.estimate()).isCloseTo(100_000, within(3 * 0.02 * 100_000));
    assertThat(e.lowerBound(3)).isLessThan(100_000).isLessThanOrEqualTo(e.lowerBound(2));
    assertThat(e.lowerBound(2)).isLessThanOrEqualTo(e.lowerBound(1));
    assertThat(e.lowerBound(1)).isLessThanOrEqualTo(e.estimate());
    assertThat(e.upperBound(1)).isGreaterThanOrEqualTo(e.estimate());
    assertThat(e.upperBound(3)).isGreaterThan(100_000).isGreaterThanOrEqualTo(e.upperBound(2));
    // DataSketches' composite estimator at lgK 12: about 1.04 / sqrt(4096) = 1.6 %
    assertThat(e.relativeStandardError()).isBetween(0.01, 0.025);
    assertThat(e.toString()).startsWith("ReachEstimate[").contains("rse 0.0");
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 22, -1, Integer.MAX_VALUE})
  void badLgK_isRejected(int lgK) {
    assertThatThrownBy(() -> UniqueReach.builder().lgK(lgK))
        .isInstanceOf(ValidationException.class)
        .hasMessage("UniqueReach.lgK: must be between 4 and 21 (was " + lgK + ")");
  }

  @Test
  void badExactUpTo_isRejected() {
    assertThatThrownBy(() -> UniqueReach.builder().exactUpTo(-1))
        .isInstanceOf(ValidationException.class)
        .hasMessage("UniqueReach.exactUpTo: must be between 0 and 1048576 (was -1)");
    assertThatThrownBy(() -> UniqueReach.builder().exactUpTo(1 << 21))
        .isInstanceOf(ValidationException.class)
        .hasMessage("UniqueReach.exactUpTo: must be between 0 and 1048576 (was 2097152)");
  }

  @Test
  void emptyStringId_isRejected() {
    assertThatThrownBy(() -> UniqueReach.create().add(""))
        .isInstanceOf(ValidationException.class)
        .hasMessage("UniqueReach.id: must not be empty (was \"\")");
  }

  @Test
  void merge_differentConfig_isRejected() {
    UniqueReach a = UniqueReach.builder().lgK(12).exactUpTo(10).build();
    UniqueReach b = UniqueReach.builder().lgK(14).exactUpTo(20).build();
    assertThatThrownBy(() -> a.merge(b))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "UniqueReach.lgK: must equal 12 to merge (was 14)\n"
                + "UniqueReach.exactUpTo: must equal 10 to merge (was 20)");
  }

  @Test
  void merge_exactParts_staysExactAndCountsOverlapOnce() {
    UniqueReach a = UniqueReach.create().add(1).add(2).add("x");
    UniqueReach b = UniqueReach.create().add(2).add(3).add("x");
    assertThat(a.merge(b).estimate()).isEqualTo(ReachEstimate.exact(4));
    assertThat(b.estimate()).isEqualTo(ReachEstimate.exact(3));
    assertThat(a.merge(a).estimate()).isEqualTo(ReachEstimate.exact(4));
  }

  @Test
  void merge_exactPartsOverThreshold_switchesToSketch() {
    UniqueReach a = UniqueReach.builder().exactUpTo(5).build().add(1).add(2).add(3);
    UniqueReach b = UniqueReach.builder().exactUpTo(5).build().add(4).add(5).add(6);
    a.merge(b);
    assertThat(a.isExact()).isFalse();
    assertThat(a.estimate().estimate()).isCloseTo(6.0, within(0.01));
  }

  @Test
  void merge_mixedModes_equalsOneAccumulator() {
    UniqueReach all = UniqueReach.builder().exactUpTo(50).build();
    UniqueReach big = UniqueReach.builder().exactUpTo(50).build();
    UniqueReach small = UniqueReach.builder().exactUpTo(50).build();
    for (long id = 0; id < 5000; id++) {
      all.add(id);
      big.add(id);
    }
    for (int i = 0; i < 20; i++) {
      all.add("s" + i);
      small.add("s" + i);
    }
    assertThat(small.copy().merge(big).estimate()).isEqualTo(all.estimate());
    assertThat(big.copy().merge(small).estimate()).isEqualTo(all.estimate());
    assertThat(big.copy().merge(big).estimate()).isEqualTo(big.estimate());
  }

  @Test
  void copy_isIndependent() {
    UniqueReach a = UniqueReach.create().add(1);
    UniqueReach b = a.copy().add(2);
    assertThat(a.estimate().estimate()).isEqualTo(1.0);
    assertThat(b.estimate().estimate()).isEqualTo(2.0);
    UniqueReach s = UniqueReach.builder().exactUpTo(0).build().add(1);
    UniqueReach t = s.copy().add(2);
    assertThat(s.estimate().rounded()).isEqualTo(1);
    assertThat(t.estimate().rounded()).isEqualTo(2);
  }

  @Test
  void bytes_roundTrip_bothModes() {
    UniqueReach exact = UniqueReach.builder().exactUpTo(10).lgK(10).build().add(5).add("é-user");
    UniqueReach back = UniqueReach.fromBytes(exact.toBytes());
    assertThat(back.isExact()).isTrue();
    assertThat(back.lgK()).isEqualTo(10);
    assertThat(back.exactUpTo()).isEqualTo(10);
    assertThat(back.estimate()).isEqualTo(exact.estimate());
    assertThat(back.toBytes()).isEqualTo(exact.toBytes());
    assertThat(back.add(5).add("é-user").estimate()).isEqualTo(ReachEstimate.exact(2));

    UniqueReach sketch = UniqueReach.builder().exactUpTo(10).build();
    for (long id = 0; id < 20_000; id++) {
      sketch.add(id);
    }
    UniqueReach restored = UniqueReach.fromBytes(sketch.toBytes());
    assertThat(restored.isExact()).isFalse();
    assertThat(restored.estimate()).isEqualTo(sketch.estimate());
    assertThat(restored.toString()).startsWith("UniqueReach[lgK=12, exactUpTo=10, ReachEstimate[");
  }

  @Test
  void fromBytes_junk_isRejected() {
    assertThatThrownBy(() -> UniqueReach.fromBytes(new byte[] {1, 2, 3}))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith(
            "UniqueReach.bytes: must be a complete UniqueReach image (java.nio.BufferUnderflow");
    assertThatThrownBy(() -> UniqueReach.fromBytes(new byte[16]))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "UniqueReach.bytes: must start with the UniqueReach magic number and version 1"
                + " (was \"16 bytes\")");
    byte[] good = UniqueReach.create().add(1).toBytes();
    byte[] badMode = good.clone();
    badMode[5] = 7;
    assertThatThrownBy(() -> UniqueReach.fromBytes(badMode))
        .isInstanceOf(ValidationException.class)
        .hasMessage("UniqueReach.bytes: must have mode 0 (exact) or 1 (sketch) (was \"27 bytes\")");
    byte[] trailing = Arrays.copyOf(good, good.length + 1);
    assertThatThrownBy(() -> UniqueReach.fromBytes(trailing))
        .isInstanceOf(ValidationException.class)
        .hasMessage("UniqueReach.bytes: must not have trailing bytes (was \"28 bytes\")");
    byte[] badLgK = good.clone();
    badLgK[6] = 40;
    assertThatThrownBy(() -> UniqueReach.fromBytes(badLgK))
        .isInstanceOf(ValidationException.class)
        .hasMessage("UniqueReach.lgK: must be between 4 and 21 (was 40)");
  }

  @Test
  void fromBytes_corruptSketchImage_isRejected() {
    UniqueReach sketch = UniqueReach.builder().exactUpTo(0).build().add(1);
    byte[] bytes = sketch.toBytes();
    byte[] cut = Arrays.copyOf(bytes, 20);
    ByteBufferPatch.putInt(cut, 11, 5);
    assertThatThrownBy(() -> UniqueReach.fromBytes(cut))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("UniqueReach.bytes: must be a complete UniqueReach image");
    byte[] otherLgK = UniqueReach.builder().exactUpTo(0).lgK(10).build().add(1).toBytes();
    otherLgK[6] = 12;
    assertThatThrownBy(() -> UniqueReach.fromBytes(otherLgK))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("UniqueReach.bytes: must hold a sketch with lgK 12");
  }

  @Test
  void reachEstimate_badStdDev_isRejected() {
    ReachEstimate e = ReachEstimate.exact(3);
    assertThatThrownBy(() -> e.lowerBound(0))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ReachEstimate.numStdDev: must be 1, 2 or 3 (was 0)");
    assertThatThrownBy(() -> e.upperBound(4))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ReachEstimate.numStdDev: must be 1, 2 or 3 (was 4)");
    assertThatThrownBy(() -> ReachEstimate.exact(-1))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ReachEstimate.count: must be >= 0 (was -1)");
  }

  @Test
  void reachEstimate_valueSemantics() {
    assertThat(ReachEstimate.exact(3))
        .isEqualTo(ReachEstimate.exact(3))
        .hasToString("ReachEstimate[exact 3]");
    assertThat(ReachEstimate.exact(3).hashCode()).isEqualTo(ReachEstimate.exact(3).hashCode());
    assertThat(ReachEstimate.exact(3)).isNotEqualTo(ReachEstimate.exact(4)).isNotEqualTo("3");
    ReachEstimate sketch = ReachEstimate.ofSketch(10.0, sd -> 10.0 - sd, sd -> 10.0 + sd, false);
    assertThat(sketch)
        .isNotEqualTo(ReachEstimate.ofSketch(10.0, sd -> 10.0 - sd, sd -> 10.0 + sd, true));
    assertThat(sketch)
        .isNotEqualTo(ReachEstimate.ofSketch(10.0, sd -> 9.0, sd -> 10.0 + sd, false));
    assertThat(sketch)
        .isNotEqualTo(ReachEstimate.ofSketch(10.0, sd -> 10.0 - sd, sd -> 12.0, false));
    assertThat(sketch)
        .isNotEqualTo(ReachEstimate.ofSketch(11.0, sd -> 10.0 - sd, sd -> 11.0 + sd, false));
    assertThat(sketch.relativeStandardError()).isEqualTo(0.1);
    assertThat(sketch.upperBound(3)).isEqualTo(13.0);
  }

  @Test
  void reachEstimate_boundsAreWidenedToContainTheEstimate() {
    ReachEstimate e = ReachEstimate.ofSketch(10.0, sd -> 10.5, sd -> 9.5, false);
    assertThat(e.lowerBound(1)).isEqualTo(10.0);
    assertThat(e.upperBound(1)).isEqualTo(10.0);
    assertThat(e.relativeStandardError()).isZero();
  }

  @Test
  void reachEstimate_nonFiniteValues_areRejected() {
    assertThatThrownBy(() -> ReachEstimate.ofSketch(Double.NaN, sd -> 0, sd -> 0, false))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ReachEstimate.estimate: must be a finite number >= 0 (was NaN)");
    assertThatThrownBy(() -> ReachEstimate.ofSketch(-1, sd -> 0, sd -> 0, false))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ReachEstimate.estimate: must be a finite number >= 0 (was -1.0)");
    assertThatThrownBy(
            () -> ReachEstimate.ofSketch(1, sd -> 0, sd -> Double.POSITIVE_INFINITY, false))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ReachEstimate.upperBound: must be a finite number (was Infinity)");
  }
}
