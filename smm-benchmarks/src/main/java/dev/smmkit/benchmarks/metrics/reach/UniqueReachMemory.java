package dev.smmkit.benchmarks.metrics.reach;

import dev.smmkit.metrics.reach.ReachEstimate;
import dev.smmkit.metrics.reach.UniqueReach;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Retained memory and observed error of unique reach over 10 million ids, beside the exact {@code
 * HashSet<Long>}: heap in use ({@code totalMemory - freeMemory}) after repeated {@code System.gc()}
 * before and after building each structure while it is still reachable, plus the sketch's
 * serialised size.
 *
 * <p>Run: {@code java --add-modules jdk.incubator.foreign -Xmx4g -cp
 * smm-benchmarks/target/benchmarks.jar dev.smmkit.benchmarks.metrics.reach.UniqueReachMemory}
 */
public final class UniqueReachMemory {
  private UniqueReachMemory() {}

  /**
   * Prints the measurements.
   *
   * @param args optional: number of ids (default 10,000,000) and lgK (default 12)
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
    int lgK = args.length > 1 ? Integer.parseInt(args[1]) : 12;
    long[] data = UniqueReachBenchmark.ids(n);

    long[] set = measureHashSet(data);
    long setBytes = set[0];
    long truth = set[1];

    long before = usedHeap();
    UniqueReach reach = UniqueReach.builder().lgK(lgK).exactUpTo(0).build();
    for (long id : data) {
      reach.add(id);
    }
    long sketchHeap = usedHeap() - before;
    ReachEstimate e = reach.estimate();
    int serialised = reach.toBytes().length;

    double error = (e.estimate() - truth) / (double) truth;
    System.out.printf(
        Locale.ROOT,
        "ids=%d distinct=%d lgK=%d%n"
            + "HashSet<Long> retained heap: %,d bytes (%.1f bytes per distinct id)%n"
            + "UniqueReach (HLL_8) retained heap: %,d bytes (noisy at this size);"
            + " serialised: %,d bytes%n"
            + "memory ratio HashSet / sketch (serialised): %.0fx%n"
            + "estimate=%.0f error=%+.3f%% rse=%.3f%% 1-sigma=[%.0f, %.0f] 3-sigma=[%.0f, %.0f]"
            + " truth inside 3-sigma: %b%n",
        n,
        truth,
        lgK,
        setBytes,
        (double) setBytes / truth,
        sketchHeap,
        serialised,
        (double) setBytes / serialised,
        e.estimate(),
        100 * error,
        100 * e.relativeStandardError(),
        e.lowerBound(1),
        e.upperBound(1),
        e.lowerBound(3),
        e.upperBound(3),
        truth >= e.lowerBound(3) && truth <= e.upperBound(3));
  }

  /** Returns the retained bytes of a {@code HashSet<Long>} over the ids, and its size. */
  private static long[] measureHashSet(long[] data) {
    long before = usedHeap();
    Set<Long> exact = new HashSet<>();
    for (long id : data) {
      exact.add(id);
    }
    long retained = usedHeap() - before;
    return new long[] {retained, exact.size()};
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 5; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
      }
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
