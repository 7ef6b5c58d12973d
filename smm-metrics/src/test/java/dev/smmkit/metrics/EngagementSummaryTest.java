package dev.smmkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smmkit.core.ValidationException;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** The serialised forms of {@link EngagementSummary} and its fixed-point per-post rate. */
class EngagementSummaryTest {

  private static final EngagementSummary SUMMARY =
      new EngagementAccumulator().add(10, 100).add(5, 0).add(7, 3).snapshot();

  @Test
  void bytes_roundTrip_to44Bytes() {
    byte[] bytes = SUMMARY.toBytes();
    assertThat(bytes).hasSize(44);
    assertThat(EngagementSummary.fromBytes(bytes)).isEqualTo(SUMMARY);
  }

  @Test
  void bytes_ofAnotherLength_areRejected() {
    byte[] shorter = java.util.Arrays.copyOf(SUMMARY.toBytes(), 43);
    assertThatThrownBy(() -> EngagementSummary.fromBytes(shorter))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "EngagementSummary.bytes: must be 44 bytes written by EngagementSummary.toBytes"
                + " (version 1) (was \"43 bytes\")");
  }

  @Test
  void bytes_null_areRejected() {
    assertThatThrownBy(() -> EngagementSummary.fromBytes(null))
        .isInstanceOf(ValidationException.class)
        .hasMessageEndingWith("(version 1) (was null)");
  }

  @Test
  void bytes_withAnotherMagic_areRejected() {
    byte[] bytes = SUMMARY.toBytes();
    ByteBuffer.wrap(bytes).putInt(0x534d4502); // version 2
    assertThatThrownBy(() -> EngagementSummary.fromBytes(bytes))
        .isInstanceOf(ValidationException.class)
        .hasMessageEndingWith("(version 1) (was \"44 bytes\")");
  }

  @Test
  void badJson_isQuotedUpTo60Characters() {
    String sixty = "x".repeat(60);
    assertThatThrownBy(() -> EngagementSummary.fromJson(sixty))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("(was \"" + sixty + "\")");
    String sixtyOne = sixty + "y";
    assertThatThrownBy(() -> EngagementSummary.fromJson(sixtyOne))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("(was \"" + sixty + "...\")");
  }

  @Test
  void nanoRate_atTheLargestWholePartThatFits_isExact() {
    long whole = Long.MAX_VALUE / EngagementSummary.NANO;
    assertThat(EngagementSummary.nanoRate(whole, 1)).isEqualTo(whole * EngagementSummary.NANO);
    assertThat(EngagementSummary.nanoRate(2 * whole + 1, 2))
        .isEqualTo(whole * EngagementSummary.NANO + 500_000_000L);
  }

  @Test
  void nanoRate_oneWholePartBeyond_failsLoudly() {
    long whole = Long.MAX_VALUE / EngagementSummary.NANO + 1;
    assertThatThrownBy(() -> EngagementSummary.nanoRate(whole, 1))
        .isInstanceOf(MetricOverflowException.class)
        .hasMessageStartingWith("EngagementSummary.rate: product exceeds Long.MAX_VALUE");
  }

  @Test
  void nanoRate_aboveTheFastLimit_keepsTheRemainderExactly() {
    // 9 000 000 + 1/3: the whole part in long arithmetic, the third rounded at 10^-9
    assertThat(EngagementSummary.nanoRate(27_000_001, 3)).isEqualTo(9_000_000_333_333_333L);
    assertThat(EngagementSummary.nanoRate(18_000_001, 2)).isEqualTo(9_000_000_500_000_000L);
  }
}
