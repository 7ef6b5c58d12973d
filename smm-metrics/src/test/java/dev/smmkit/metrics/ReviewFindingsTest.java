package dev.smmkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smmkit.core.Money;
import dev.smmkit.core.ValidationException;
import java.util.Arrays;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** Defects found in the review of the smm-metrics public API; each test reproduces one. */
class ReviewFindingsTest {

  @Test
  void cpp_roundsOnceHalfEven_notAfterRoundingTheRatingPoints() {
    // exact: 0.01 x 150 / (100 x 1) = 0.015, half-even to kopecks = 0.02; rating points of
    // 0.6666666666666667 (rounded to 16 digits) gave 0.01499999... and so 0.01.
    assertThat(MoneyMetrics.cpp(Money.of("0.01", "RUB"), 1, 150)).contains(Money.of("0.02", "RUB"));
    assertThat(MoneyMetrics.cpp(Money.of("0.01", "RUB"), 3, 450)).contains(Money.of("0.02", "RUB"));
  }

  @Test
  void accumulator_add_thatOverflows_leavesTheAccumulatorUnchanged() {
    EngagementAccumulator acc = new EngagementAccumulator().add(0, Long.MAX_VALUE);
    EngagementSummary before = acc.snapshot();
    assertThatThrownBy(() -> acc.add(5, 1)).isInstanceOf(MetricOverflowException.class);
    assertThat(acc.snapshot()).isEqualTo(before);
  }

  @Test
  void groups_add_thatIsRejected_createsNoEmptyGroup() {
    EngagementGroups<String> groups = new EngagementGroups<>();
    assertThatThrownBy(() -> groups.add("vk", -1, 10)).isInstanceOf(ValidationException.class);
    assertThat(groups.snapshot()).isEmpty();
  }

  @Test
  void responseRate_negativeInbound_namesInbound() {
    assertThatThrownBy(() -> Growth.responseRate(0, -1))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("inbound")
        .hasMessageNotContaining("must not exceed");
  }

  @Test
  void shareOfVoice_negativeAllMentions_namesAllMentions() {
    assertThatThrownBy(() -> Growth.shareOfVoice(0, -1))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("allMentions")
        .hasMessageNotContaining("must not exceed");
  }

  @Test
  void interactionSet_ofANullMember_isAValidationExceptionNamingMembers() {
    HashSet<Interaction> withNull = new HashSet<>(Arrays.asList(Interaction.LIKE, null));
    assertThatThrownBy(() -> InteractionSet.of("mine", withNull))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("InteractionSet.members");
  }
}
