package dev.smmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class GoalAndCampaignTest {

  @Test
  void goal_withoutNumbers_isRejected() {
    assertThatThrownBy(
            () ->
                Goal.builder()
                    .kind(GoalKind.ECONOMIC)
                    .metric("sell more")
                    .unit(GoalUnit.PERCENT)
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            """
            Goal.baseline: must not be null (was null)
            Goal.deadline: must not be null (was null)
            Goal.target: must not be null (was null)""");
  }

  @Test
  void goal_communicativeMustBePercent_within0To100_andMustChangeSomething() {
    assertThatThrownBy(() -> Samples.awarenessGoal().toBuilder().unit(GoalUnit.COUNT).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("Goal.unit: a communicative goal is expressed in percent (was COUNT)");
    assertThatThrownBy(
            () -> Samples.awarenessGoal().toBuilder().target(new BigDecimal("120")).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "Goal.target: a percentage of the audience must be between 0 and 100 (was 120)");
    assertThatThrownBy(
            () -> Samples.awarenessGoal().toBuilder().baseline(new BigDecimal("-1")).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "Goal.baseline: a percentage of the audience must be between 0 and 100 (was -1)");
    assertThatThrownBy(() -> Samples.salesGoal().toBuilder().target(new BigDecimal("5.00")).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("Goal.target: target must differ from baseline (was 5.00)");
  }

  @Test
  void goal_valueSemantics() {
    Goal g = Samples.salesGoal();
    assertThat(g.change()).isEqualByComparingTo("35");
    assertThat(g.toBuilder().baseline(new BigDecimal("5.0")).build())
        .isEqualTo(g)
        .hasSameHashCodeAs(g);
    assertThat(g.toString())
        .isEqualTo(
            "Goal[ECONOMIC, monthly sales from social networks: 5 -> 40 COUNT by 2026-05-31]");
  }

  @Test
  void sampleCampaign_isValid_withTotals() {
    Campaign c = Samples.wallpaperShop();
    assertThat(c.months()).isEqualTo(3);
    assertThat(c.totalBudget()).isEqualTo(Money.of("45000.00", "RUB"));
    assertThat(c.semanticCore()).isPresent();
    assertThat(c.allowGreyHat()).isFalse();
    assertThat(c.toBuilder().build()).isEqualTo(c).hasSameHashCodeAs(c);
    assertThat(c.toString()).contains("15000.00 RUB/month");
  }

  @Test
  void months_countStartedMonthsAsWhole() {
    Campaign.Builder b = Samples.wallpaperShop().toBuilder().contentPlan(List.of());
    assertThat(b.start(LocalDate.of(2026, 1, 15)).end(LocalDate.of(2026, 2, 14)).build().months())
        .isEqualTo(1);
    assertThat(b.start(LocalDate.of(2026, 1, 15)).end(LocalDate.of(2026, 2, 15)).build().months())
        .isEqualTo(2);
    assertThat(b.start(LocalDate.of(2026, 1, 1)).end(LocalDate.of(2026, 1, 1)).build().months())
        .isEqualTo(1);
  }

  @Test
  void campaign_crossFieldRules_areAllReportedAtOnce() {
    PromotionCatalog catalog = PromotionCatalog.builtIn();
    ContentPiece stray =
        Samples.offer().toBuilder()
            .id("post-001")
            .targetPlatforms(List.of(Platform.INSTAGRAM))
            .persona("Nobody")
            .semanticCluster("No such cluster")
            .scheduledAt(ZonedDateTime.of(2027, 1, 1, 10, 0, 0, 0, Samples.MOSCOW))
            .build();
    assertThatThrownBy(
            () ->
                Samples.wallpaperShop().toBuilder()
                    .monthlyBudget(Money.zero("RUB"))
                    .end(LocalDate.of(2026, 2, 1))
                    .personas(List.of(Samples.youngCouple(), Samples.youngCouple()))
                    .platforms(List.of(Platform.VKONTAKTE, Platform.FACEBOOK))
                    .contentPlan(List.of(Samples.article(), stray))
                    .promotionMethods(
                        List.of(
                            catalog.find("bought-subscribers").orElseThrow(),
                            catalog.find("account-hacking").orElseThrow()))
                    .build())
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).violations())
                    .extracting(Violation::path, Violation::rule)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Campaign.end", "Period"),
                        org.assertj.core.groups.Tuple.tuple(
                            "Campaign.monthlyBudget", "PositiveBudget"),
                        org.assertj.core.groups.Tuple.tuple("Campaign.personas[1].name", "Unique"),
                        org.assertj.core.groups.Tuple.tuple(
                            "Campaign.communities[2].platform", "CampaignPlatform"),
                        org.assertj.core.groups.Tuple.tuple(
                            "Campaign.contentPlan[0].targetPlatforms", "CampaignPlatform"),
                        org.assertj.core.groups.Tuple.tuple(
                            "Campaign.contentPlan[0].persona", "KnownPersona"),
                        org.assertj.core.groups.Tuple.tuple(
                            "Campaign.contentPlan[0].scheduledAt", "InPeriod"),
                        org.assertj.core.groups.Tuple.tuple("Campaign.contentPlan[1].id", "Unique"),
                        org.assertj.core.groups.Tuple.tuple(
                            "Campaign.contentPlan[1].targetPlatforms", "CampaignPlatform"),
                        org.assertj.core.groups.Tuple.tuple(
                            "Campaign.contentPlan[1].persona", "KnownPersona"),
                        org.assertj.core.groups.Tuple.tuple(
                            "Campaign.contentPlan[1].semanticCluster", "KnownCluster"),
                        org.assertj.core.groups.Tuple.tuple(
                            "Campaign.contentPlan[1].scheduledAt", "InPeriod"),
                        org.assertj.core.groups.Tuple.tuple(
                            "Campaign.promotionMethods[0]", "GreyHat"),
                        org.assertj.core.groups.Tuple.tuple(
                            "Campaign.promotionMethods[1]", "BlackHat")))
        .hasMessageContaining(
            "Campaign.promotionMethods[1]: black-hat method is against the law and is never part"
                + " of a campaign (was \"account-hacking\")")
        .hasMessageContaining(
            "Campaign.promotionMethods[0]: grey-hat method breaks the network's rules (the group"
                + " is blocked if detected); allow it explicitly with allowGreyHat(true) (was"
                + " \"bought-subscribers\")");
  }

  @Test
  void greyHat_isAcceptedOnlyWhenAllowed_blackHatNever() {
    PromotionMethod bots = PromotionCatalog.builtIn().find("bought-subscribers").orElseThrow();
    PromotionMethod hacking = PromotionCatalog.builtIn().find("account-hacking").orElseThrow();
    Campaign grey =
        Samples.wallpaperShop().toBuilder()
            .promotionMethods(List.of(bots))
            .allowGreyHat(true)
            .build();
    assertThat(grey.promotionMethods()).containsExactly(bots);
    assertThatThrownBy(
            () ->
                grey.toBuilder()
                    .promotionMethods(List.of(hacking))
                    .build(Locale.forLanguageTag("ru")))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "Campaign.promotionMethods[0]: «чёрный» метод запрещён законом и не может входить в"
                + " кампанию (was \"account-hacking\")");
  }

  @Test
  void campaign_clusterReferenceWithoutSemanticCore_isRejected() {
    assertThatThrownBy(() -> Samples.wallpaperShop().toBuilder().semanticCore(null).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "Campaign.contentPlan[0].semanticCluster: content serves a semantic cluster the"
                + " campaign's semantic core does not have (was \"Проблемы ремонта\")\n"
                + "Campaign.contentPlan[1].semanticCluster: content serves a semantic cluster the"
                + " campaign's semantic core does not have (was \"Покупка обоев\")");
  }

  @Test
  void campaign_emptyBuilder_reportsEveryMissingPart_inVietnamese() {
    assertThatThrownBy(() -> Campaign.builder().build(Locale.forLanguageTag("vi")))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            """
            Campaign.end: không được để trống (null) (was null)
            Campaign.goals: không được để trống (was [])
            Campaign.monthlyBudget: không được để trống (null) (was null)
            Campaign.name: không được để trống (was null)
            Campaign.personas: không được để trống (was [])
            Campaign.platforms: không được để trống (was [])
            Campaign.start: không được để trống (null) (was null)""");
  }

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(Goal.class)
        .suppress(Warning.NULL_FIELDS)
        .suppress(Warning.BIGDECIMAL_EQUALITY)
        .verify();
    EqualsVerifier.forClass(Campaign.class).suppress(Warning.NULL_FIELDS).verify();
  }
}
