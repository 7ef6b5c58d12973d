package dev.smmkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smmkit.core.ValidationException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RateAndEngagementTest {

  @Test
  void rate_views_andText() {
    Rate r = Rate.of(100, 2752);
    assertThat(r.isDefined()).isTrue();
    assertThat(r.fraction().getAsDouble()).isEqualTo(100.0 / 2752);
    assertThat(r.percent().getAsDouble()).isEqualTo(100.0 * 100 / 2752);
    assertThat(r.exact(MathContext.DECIMAL64)).contains(new BigDecimal("0.03633720930232558"));
    assertThat(r).hasToString("3.633721 % (100/2752)");
    assertThat(r.fractionOr(-1)).isEqualTo(100.0 / 2752);
  }

  @Test
  void rate_zeroDenominator_isUndefined_neverNaN() {
    Rate r = Rate.of(5, 0);
    assertThat(r.isDefined()).isFalse();
    assertThat(r.fraction()).isEmpty();
    assertThat(r.percent()).isEmpty();
    assertThat(r.exact(MathContext.DECIMAL64)).isEmpty();
    assertThat(r.fractionOr(0.0)).isZero();
    assertThat(r).hasToString("undefined (5/0)");
  }

  @Test
  void rate_negativeCounts_areRejected() {
    assertThatThrownBy(() -> Rate.of(-1, -2))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "Rate.numerator: must be >= 0 (was -1)\nRate.denominator: must be >= 0 (was -2)");
  }

  @Test
  void rate_compareValue_isExactEvenForHugeCounts() {
    assertThat(Rate.of(1, 2).compareValueTo(Rate.of(2, 4))).isZero();
    assertThat(Rate.of(1, 3).compareValueTo(Rate.of(1, 2))).isNegative();
    long big = Long.MAX_VALUE - 1;
    assertThat(Rate.of(big, Long.MAX_VALUE).compareValueTo(Rate.of(big - 1, Long.MAX_VALUE)))
        .isPositive();
    assertThat(Rate.of(1, 0).compareValueTo(Rate.of(1, 2))).isPositive();
    assertThat(Rate.of(1, 2).compareValueTo(Rate.of(1, 0))).isNegative();
    assertThat(Rate.of(1, 2).plus(Rate.of(3, 4))).isEqualTo(Rate.of(4, 6));
    assertThatThrownBy(() -> Rate.of(Long.MAX_VALUE, 1).plus(Rate.of(1, 1)))
        .isInstanceOf(MetricOverflowException.class)
        .hasMessage("Rate.numerator: sum exceeds Long.MAX_VALUE (was 9223372036854775807 + 1)");
  }

  @Test
  void engagement_byEachDenominator_andDaily() {
    PostStats p =
        PostStats.builder()
            .likes(79)
            .comments(4)
            .shares(17)
            .saves(6)
            .reach(2752)
            .impressions(5091)
            .followers(139441)
            .views(900)
            .build();
    assertThat(EngagementRate.of(p, InteractionSet.LIKES_COMMENTS_SHARES, Denominator.REACH))
        .isEqualTo(Rate.of(100, 2752));
    assertThat(
            EngagementRate.of(
                p, InteractionSet.LIKES_COMMENTS_SHARES_SAVES, Denominator.IMPRESSIONS))
        .isEqualTo(Rate.of(106, 5091));
    assertThat(EngagementRate.of(p, InteractionSet.LIKES_COMMENTS_SHARES, Denominator.FOLLOWERS))
        .isEqualTo(Rate.of(100, 139441));
    assertThat(EngagementRate.of(p, InteractionSet.LIKES_COMMENTS_SHARES, Denominator.VIEWS))
        .isEqualTo(Rate.of(100, 900));
    assertThat(EngagementRate.daily(700, 7, 1000)).isEqualTo(Rate.of(700, 7000));
    assertThat(EngagementRate.of(12, 0).isDefined()).isFalse();
  }

  @Test
  void engagement_unknownDenominator_andBadDaily_areRejected() {
    PostStats p = PostStats.builder().likes(1).build();
    assertThatThrownBy(
            () -> EngagementRate.of(p, InteractionSet.LIKES_COMMENTS_SHARES, Denominator.VIEWS))
        .isInstanceOf(ValidationException.class)
        .hasMessage("PostStats.views: is unknown, so it cannot be the denominator (was null)");
    assertThatThrownBy(() -> EngagementRate.daily(1, 0, 10))
        .isInstanceOf(ValidationException.class)
        .hasMessage("EngagementRate.daily.days: must be >= 1 (was 0)");
    assertThatThrownBy(() -> EngagementRate.daily(1, 1, -10))
        .isInstanceOf(ValidationException.class)
        .hasMessage("EngagementRate.daily.followers: must be >= 0 (was -10)");
    assertThatThrownBy(() -> EngagementRate.daily(1, Long.MAX_VALUE, 2))
        .isInstanceOf(MetricOverflowException.class)
        .hasMessage(
            "EngagementRate.daily.denominator: product exceeds Long.MAX_VALUE (was "
                + Long.MAX_VALUE
                + " x 2)");
  }

  @Test
  void xAnalyticsDefinition_excludesMediaViews() {
    PostStats.Builder b = PostStats.builder();
    for (Interaction i : Interaction.values()) {
      b.count(i, 1);
    }
    PostStats all = b.count(Interaction.MEDIA_VIEW, 1000).build();
    assertThat(all.engagements(InteractionSet.X_ANALYTICS)).isEqualTo(14);
    assertThat(InteractionSet.X_ANALYTICS.contains(Interaction.MEDIA_VIEW)).isFalse();
    assertThat(InteractionSet.X_ANALYTICS.contains(Interaction.SAVE)).isFalse();
    assertThat(InteractionSet.preset("x-analytics")).isSameAs(InteractionSet.X_ANALYTICS);
  }

  @Test
  void interactionSets_ofTheCallersOwn_andBadOnes() {
    InteractionSet mine = InteractionSet.of("likes-only", Set.of(Interaction.LIKE));
    assertThat(mine.members()).containsExactly(Interaction.LIKE);
    assertThat(mine)
        .isEqualTo(InteractionSet.of("likes-only", EnumSet.of(Interaction.LIKE)))
        .hasToString("likes-only[LIKE]");
    assertThat(mine.hashCode())
        .isEqualTo(InteractionSet.of("likes-only", EnumSet.of(Interaction.LIKE)).hashCode());
    assertThatThrownBy(() -> InteractionSet.of(" ", Set.of()))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "InteractionSet.name: must not be blank (was \" \")\nInteractionSet.members: must not be empty (was [])");
    assertThatThrownBy(() -> InteractionSet.preset("all"))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "InteractionSet.name: must be one of likes-comments-shares, likes-comments-shares-saves, x-analytics (was \"all\")");
  }

  @Test
  void postStats_rejectsNegativesAndImpossibleReach() {
    assertThatThrownBy(() -> PostStats.builder().likes(-1))
        .isInstanceOf(ValidationException.class)
        .hasMessage("PostStats.like: must be >= 0 (was -1)");
    assertThatThrownBy(() -> PostStats.builder().reach(-5))
        .isInstanceOf(ValidationException.class)
        .hasMessage("PostStats.reach: must be >= 0 (was -5)");
    assertThatThrownBy(() -> PostStats.builder().reach(10).impressions(9).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "PostStats.reach: is impossible: reach must not exceed impressions (9) (was 10)");
    PostStats p = PostStats.builder().likes(1).reach(3).build();
    assertThat(p.impressions()).isEmpty();
    assertThat(p)
        .isEqualTo(PostStats.builder().likes(1).reach(3).build())
        .hasSameHashCodeAs(PostStats.builder().likes(1).reach(3).build());
    assertThat(p).isNotEqualTo(PostStats.builder().likes(1).reach(4).build());
    assertThat(p.toString())
        .isEqualTo("PostStats[likes=1, comments=0, shares=0, reach=3, impressions=-1]");
  }

  @Test
  void postStats_engagementSum_failsLoudlyOnOverflow() {
    PostStats p = PostStats.builder().likes(Long.MAX_VALUE).comments(1).build();
    assertThatThrownBy(() -> p.engagements(InteractionSet.LIKES_COMMENTS_SHARES))
        .isInstanceOf(MetricOverflowException.class)
        .hasMessageStartingWith("PostStats.engagements: sum exceeds Long.MAX_VALUE");
  }

  @Test
  void frequency_andImpossibleReach() {
    assertThat(ReachFrequency.frequency(5091, 2752)).isEqualTo(Rate.of(5091, 2752));
    assertThat(ReachFrequency.frequency(0, 0).isDefined()).isFalse();
    assertThatThrownBy(() -> ReachFrequency.frequency(100, 2752))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "ReachFrequency.reach: is impossible: reach must not exceed impressions (100) (was 2752)");
    assertThatThrownBy(() -> ReachFrequency.frequency(-1, -1))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "ReachFrequency.impressions: must be >= 0 (was -1)\nReachFrequency.reach: must be >= 0 (was -1)");
  }

  @Test
  void viralityRates() {
    assertThat(Virality.rateByImpressions(17, 5091)).isEqualTo(Rate.of(17, 5091));
    assertThat(Virality.rateByReach(17, 2752)).isEqualTo(Rate.of(17, 2752));
    assertThat(Virality.amplification(30, 10)).isEqualTo(Rate.of(30, 10));
    assertThat(Virality.applause(200, 10)).isEqualTo(Rate.of(200, 10));
    assertThat(Virality.conversation(0, 0).isDefined()).isFalse();
  }
}
