package dev.smmkit.metrics.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smmkit.core.SmmKitException;
import org.junit.jupiter.api.Test;

class SketchMemoryTest {

  @Test
  void missingIncubatorModule_becomesAClearError() {
    assertThatThrownBy(
            () ->
                SketchMemory.call(
                    "UniqueReach.toBytes",
                    () -> {
                      throw new NoClassDefFoundError("jdk/incubator/foreign/MemorySegment");
                    }))
        .isInstanceOf(SmmKitException.class)
        .hasMessage(
            "UniqueReach.toBytes: serialising a DataSketches sketch on Java 17 needs the JVM"
                + " option --add-modules jdk.incubator.foreign (DataSketches Memory 4.1)")
        .hasCauseInstanceOf(NoClassDefFoundError.class);
  }

  @Test
  void otherLinkageErrors_passThrough() {
    assertThatThrownBy(
            () ->
                SketchMemory.call(
                    "X",
                    () -> {
                      throw new NoClassDefFoundError("com/example/Other");
                    }))
        .isExactlyInstanceOf(NoClassDefFoundError.class)
        .hasMessage("com/example/Other");
    assertThat(SketchMemory.call("X", () -> 42)).isEqualTo(42);
  }
}
