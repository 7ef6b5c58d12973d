package dev.smmkit.metrics.reach;

import dev.smmkit.core.SmmKitException;
import java.util.function.Supplier;

/**
 * Runs DataSketches serialisation, which needs {@code jdk.incubator.foreign} on Java 17, and turns
 * its absence into a clear error of ours.
 */
final class SketchMemory {
  private SketchMemory() {}

  static <T> T call(String owner, Supplier<T> action) {
    try {
      return action.get();
    } catch (NoClassDefFoundError e) {
      if (String.valueOf(e.getMessage()).contains("jdk/incubator/foreign")) {
        throw new SmmKitException(
            owner
                + ": serialising a DataSketches sketch on Java 17 needs the JVM option"
                + " --add-modules jdk.incubator.foreign (DataSketches Memory 4.1)",
            e);
      }
      throw e;
    }
  }
}
