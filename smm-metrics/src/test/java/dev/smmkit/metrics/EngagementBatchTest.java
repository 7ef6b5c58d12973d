package dev.smmkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smmkit.core.ValidationException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link EngagementBatch} against its contract: the same summary as an {@link
 * EngagementAccumulator} over the same rows, on either side of the 512-row blocks and of the
 * fast-path limits (values below 2^52, fixed-point rates below 9 x 10^15).
 */
class EngagementBatchTest {

  private static final long SEED = 0x5EED_BA7CL;

  private static EngagementSummary accumulated(long[] e, long[] d, int from, int to) {
    EngagementAccumulator a = new EngagementAccumulator();
    for (int i = from; i < to; i++) {
      a.add(e[i], d[i]);
    }
    return a.snapshot();
  }

  private static long[][] columns(int rows, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] e = new long[rows];
    long[] d = new long[rows];
    for (int i = 0; i < rows; i++) {
      e[i] = random.nextLong(5_000_001);
      d[i] = i % 7 == 3 ? 0 : random.nextLong(1, 50_000_001);
    }
    return new long[][] {e, d};
  }

  @ParameterizedTest(name = "{0} rows")
  @ValueSource(ints = {0, 1, 511, 512, 513, 1024, 1537})
  void aggregate_equalsTheAccumulator_acrossBlockBoundaries(int rows) {
    // GIVEN seeded columns with a zero denominator every seventh row
    long[][] c = columns(rows, SEED + rows);
    // WHEN aggregated in blocks THEN the summary is the accumulator's, row for row
    EngagementSummary batch = EngagementBatch.aggregate(c[0], c[1]);
    assertThat(batch).isEqualTo(accumulated(c[0], c[1], 0, rows));
    assertThat(batch.posts()).isEqualTo(rows);
    assertThat(batch.undefinedPosts()).isEqualTo((rows + 3) / 7);
  }

  @ParameterizedTest(name = "rows [{0}, {1})")
  @CsvSource({"0, 0", "3, 600", "511, 1025", "1999, 2000", "0, 2000", "700, 700"})
  void aggregate_ofARange_summarisesThoseRowsOnly(int from, int to) {
    long[][] c = columns(2000, SEED);
    EngagementSummary range = EngagementBatch.aggregate(c[0], c[1], from, to);
    assertThat(range).isEqualTo(accumulated(c[0], c[1], from, to));
    assertThat(range.posts()).isEqualTo(to - from);
  }

  @Test
  void zeroDenominators_areUndefinedPosts_countedOnce() {
    EngagementSummary s = EngagementBatch.aggregate(new long[] {3, 4, 5}, new long[] {0, 10, 0});
    // only 4/10 is a rate: 0.4 x 10^9 in fixed point
    assertThat(s).isEqualTo(new EngagementSummary(3, 2, 12, 10, 400_000_000L));
  }

  @Test
  void valuesFrom2To52_areSummedExactly_likeSmallOnes() {
    // GIVEN a block that mixes values at and above 2^52 with small ones and a zero denominator
    long big = 1L << 52;
    long[] e = {big, 7, big + 1, 0, 3};
    long[] d = {big, 9, 2 * big + 2, 0, 1L << 53};
    EngagementSummary s = EngagementBatch.aggregate(e, d);
    assertThat(s).isEqualTo(accumulated(e, d, 0, e.length));
    assertThat(s.engagements()).isEqualTo(2 * big + 11);
    assertThat(s.denominator()).isEqualTo(big + 9 + 2 * big + 2 + (1L << 53));
    assertThat(s.undefinedPosts()).isEqualTo(1);
    // 1 + 7/9 + 1/2 + 3/2^53, each rounded half up at 10^-9
    assertThat(s.rateSumNano()).isEqualTo(1_000_000_000L + 777_777_778L + 500_000_000L);
  }

  @Test
  void ratesFrom9Million_areComputedExactly_notInDoublePrecision() {
    // 9 000 000.123 and 10^8 per post exceed the fast path's 9 x 10^6
    long[] e = {9_000_000_123L, 100_000_000L, 1};
    long[] d = {1000, 1, 2};
    EngagementSummary s = EngagementBatch.aggregate(e, d);
    assertThat(s.rateSumNano())
        .isEqualTo(9_000_000_123_000_000L + 100_000_000_000_000_000L + 500_000_000L);
    assertThat(s).isEqualTo(accumulated(e, d, 0, e.length));
  }

  @Test
  void aPerPostRateBeyondLongInFixedPoint_failsLoudly_neverSaturates() {
    long[] e = {123_456_789_123L};
    long[] d = {7};
    assertThatThrownBy(() -> EngagementBatch.aggregate(e, d))
        .isInstanceOf(MetricOverflowException.class)
        .hasMessageStartingWith("EngagementSummary.rate: product exceeds Long.MAX_VALUE");
  }

  @Test
  void sumsThatOverflowInsideOneBlock_failLoudly_neverWrap() {
    long half = Long.MAX_VALUE / 2 + 1;
    assertThatThrownBy(
            () -> EngagementBatch.aggregate(new long[] {half, half}, new long[] {half, half}))
        .isInstanceOf(MetricOverflowException.class)
        .hasMessage(
            "EngagementBatch.engagements: sum exceeds Long.MAX_VALUE (was "
                + half
                + " + "
                + half
                + ")");
  }

  @Test
  void sumsThatOverflowAcrossBlocks_failLoudly_neverWrap() {
    // GIVEN one large row in each of two blocks: each block fits, the total does not
    long half = Long.MAX_VALUE / 2 + 1;
    long[] e = new long[600];
    long[] d = new long[600];
    e[0] = half;
    d[0] = half;
    e[599] = half;
    d[599] = half;
    assertThatThrownBy(() -> EngagementBatch.aggregate(e, d))
        .isInstanceOf(MetricOverflowException.class)
        .hasMessageStartingWith("EngagementBatch.engagements: sum exceeds Long.MAX_VALUE");
  }

  @Test
  void negativeEngagements_areRejected_namingTheRow() {
    long[] e = new long[700];
    long[] d = new long[700];
    e[650] = -3;
    assertThatThrownBy(() -> EngagementBatch.aggregate(e, d))
        .isInstanceOf(ValidationException.class)
        .hasMessage("EngagementBatch.engagements[650]: must be >= 0 (was -3)");
  }

  @Test
  void negativeDenominators_areRejected_namingTheRow() {
    assertThatThrownBy(() -> EngagementBatch.aggregate(new long[] {1, 2, 3}, new long[] {5, -4, 1}))
        .isInstanceOf(ValidationException.class)
        .hasMessage("EngagementBatch.denominators[1]: must be >= 0 (was -4)");
  }

  @Test
  void columnsOfDifferentLengths_areRejected() {
    assertThatThrownBy(() -> EngagementBatch.aggregate(new long[3], new long[2]))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "EngagementBatch.denominators: must have as many rows as engagements (3) (was 2)");
  }

  @ParameterizedTest(name = "[{0}, {1}) over {2} and {3} rows")
  @CsvSource({"-1, 2, 5, 5", "3, 2, 5, 5", "0, 6, 5, 5", "0, 5, 5, 4", "0, 5, 4, 5"})
  void aRangeOutsideEitherColumn_isRejected(int from, int to, int eRows, int dRows) {
    assertThatThrownBy(() -> EngagementBatch.aggregate(new long[eRows], new long[dRows], from, to))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "EngagementBatch.range: must lie inside both columns (was \""
                + from
                + ".."
                + to
                + "\")");
  }
}
