package dev.smmkit.benchmarks.metrics.columnar;

import dev.smmkit.metrics.EngagementBatch;
import dev.smmkit.metrics.EngagementSummary;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Engagement over 10 million posts, one aggregate three ways, on the same data in the same run:
 * SMMKit's {@link EngagementBatch} (exact sums, overflow checks, both aggregations), a hand-written
 * primitive loop over the same arrays (the baseline), and DuckDB over the same rows already loaded
 * into a table.
 *
 * <p>The aggregate: sum of engagements, sum of denominators, sum of per-post rates (for the mean of
 * rates), count of zero denominators. DuckDB generates the rows with a deterministic hash and the
 * Java arrays are read back from its table, so every side sees identical data. DuckDB runs on every
 * core; the Java sides on one.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngagementAggregationBenchmark {

  /** Rows. */
  @Param({"10000000"})
  public int rows;

  private long[] engagements;
  private long[] denominators;
  private Connection duck;

  /**
   * Creates the table in DuckDB and reads it into the arrays.
   *
   * @throws SQLException if DuckDB fails; run the jar built with {@code -Pbenchmarks}
   */
  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    duck = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = duck.createStatement()) {
      s.execute(
          "CREATE TABLE posts AS SELECT i AS id,"
              + " (hash(i) % 5000)::BIGINT AS e,"
              + " (hash(i * 7 + 1) % 200000)::BIGINT AS d"
              + " FROM range("
              + rows
              + ") t(i)");
      engagements = new long[rows];
      denominators = new long[rows];
      try (ResultSet r = s.executeQuery("SELECT e, d FROM posts ORDER BY id")) {
        int i = 0;
        while (r.next()) {
          engagements[i] = r.getLong(1);
          denominators[i] = r.getLong(2);
          i++;
        }
      }
    }
  }

  /**
   * Closes DuckDB.
   *
   * @throws SQLException if closing fails
   */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    duck.close();
  }

  /**
   * SMMKit's columnar batch.
   *
   * @return the summary
   */
  @Benchmark
  public EngagementSummary smmkitBatch() {
    return EngagementBatch.aggregate(engagements, denominators);
  }

  /**
   * The baseline: a plain loop with the same outputs, no exactness or overflow checks.
   *
   * @param bh the sink
   */
  @Benchmark
  public void handWrittenLoop(Blackhole bh) {
    long[] e = engagements;
    long[] d = denominators;
    long sumE = 0;
    long sumD = 0;
    double rates = 0;
    long undefined = 0;
    for (int i = 0; i < e.length; i++) {
      sumE += e[i];
      sumD += d[i];
      if (d[i] == 0) {
        undefined++;
      } else {
        rates += (double) e[i] / d[i];
      }
    }
    bh.consume(sumE);
    bh.consume(sumD);
    bh.consume(rates);
    bh.consume(undefined);
  }

  /**
   * DuckDB, the same aggregate in SQL over the loaded table.
   *
   * @param bh the sink
   * @throws SQLException if the query fails
   */
  @Benchmark
  public void duckdb(Blackhole bh) throws SQLException {
    try (Statement s = duck.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT sum(e)::BIGINT, sum(d)::BIGINT, sum(CASE WHEN d > 0 THEN e::DOUBLE / d END),"
                    + " count(*) FILTER (WHERE d = 0) FROM posts")) {
      r.next();
      bh.consume(r.getLong(1));
      bh.consume(r.getLong(2));
      bh.consume(r.getDouble(3));
      bh.consume(r.getLong(4));
    }
  }
}
