package dev.smmkit.benchmarks.metrics.reach;

import dev.smmkit.metrics.reach.UniqueReach;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Unique reach of 10 million ids: SMMKit's {@link UniqueReach} in HLL mode against the exact
 * baseline, a {@code HashSet<Long>}, in the same run. One operation counts all ids from scratch.
 *
 * <p>Run: {@code java -jar smm-benchmarks/target/benchmarks.jar UniqueReachBenchmark -f 1 -wi 2 -i
 * 3 -prof gc}. The ratio of the two average times is the speed-up; {@code gc.alloc.rate.norm} is
 * the bytes allocated per operation (for the HashSet, nearly all of it stays reachable until the
 * end of the operation). {@link UniqueReachMemory} measures retained heap and the observed error.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class UniqueReachBenchmark {

  /** Number of ids per operation. */
  @Param({"10000000"})
  public int ids;

  /** log2 of the number of HLL registers. */
  @Param({"12"})
  public int lgK;

  private long[] data;

  /** Random 64-bit ids (a fixed seed); about 10 % of them repeat an earlier id. */
  @Setup
  public void setUp() {
    data = ids(ids);
  }

  static long[] ids(int n) {
    SplittableRandom random = new SplittableRandom(2026);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = (i > 0 && random.nextInt(10) == 0) ? out[random.nextInt(i)] : random.nextLong();
    }
    return out;
  }

  /**
   * Baseline: exact distinct count with a boxed hash set.
   *
   * @return the count
   */
  @Benchmark
  public int exactHashSet() {
    Set<Long> seen = new HashSet<>();
    for (long id : data) {
      seen.add(id);
    }
    return seen.size();
  }

  /**
   * SMMKit unique reach, HLL from the first id ({@code exactUpTo(0)}).
   *
   * @return the estimate
   */
  @Benchmark
  public double uniqueReachHll() {
    UniqueReach reach = UniqueReach.builder().lgK(lgK).exactUpTo(0).build();
    for (long id : data) {
      reach.add(id);
    }
    return reach.estimate().estimate();
  }

  /**
   * SMMKit unique reach with the default exact threshold (1024 ids counted exactly, then HLL).
   *
   * @return the estimate
   */
  @Benchmark
  public double uniqueReachDefault() {
    UniqueReach reach = UniqueReach.builder().lgK(lgK).build();
    for (long id : data) {
      reach.add(id);
    }
    return reach.estimate().estimate();
  }
}
