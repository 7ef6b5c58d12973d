package dev.smmkit.benchmarks.metrics.stream;

import dev.smmkit.metrics.EngagementAccumulator;
import dev.smmkit.metrics.EngagementGroups;
import dev.smmkit.metrics.EngagementSummary;
import java.util.SortedMap;
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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Streams 10 million generated rows through accumulators in a 64 MB heap ({@code -Xmx64m}): the
 * rows are never held, so the heap stays flat whatever the row count. Baseline: the same stream
 * into plain local sums.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx64m"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class StreamingAccumulatorBenchmark {

  /** Rows streamed per operation. */
  @Param({"10000000"})
  public int rows;

  /**
   * One accumulator over the stream.
   *
   * @return the summary
   */
  @Benchmark
  public EngagementSummary accumulator() {
    SplittableRandom random = new SplittableRandom(42);
    EngagementAccumulator acc = new EngagementAccumulator();
    for (int i = 0; i < rows; i++) {
      acc.add(random.nextLong(5000), random.nextLong(200_000));
    }
    return acc.snapshot();
  }

  /**
   * Twelve monthly groups over the stream.
   *
   * @return the summaries
   */
  @Benchmark
  public SortedMap<Integer, EngagementSummary> groupedByMonth() {
    SplittableRandom random = new SplittableRandom(42);
    EngagementGroups<Integer> groups = new EngagementGroups<>();
    for (int i = 0; i < rows; i++) {
      groups.add(1 + (i % 12), random.nextLong(5000), random.nextLong(200_000));
    }
    return groups.snapshot();
  }

  /**
   * Baseline: the same stream into plain sums.
   *
   * @param bh the sink
   */
  @Benchmark
  public void baselineSums(Blackhole bh) {
    SplittableRandom random = new SplittableRandom(42);
    long sumE = 0;
    long sumD = 0;
    double rates = 0;
    for (int i = 0; i < rows; i++) {
      long e = random.nextLong(5000);
      long d = random.nextLong(200_000);
      sumE += e;
      sumD += d;
      if (d != 0) {
        rates += (double) e / d;
      }
    }
    bh.consume(sumE);
    bh.consume(sumD);
    bh.consume(rates);
  }
}
