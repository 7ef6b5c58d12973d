package dev.smmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlaybookAdvisorTest {
  private static final PlaybookAdvisor ADVISOR = PlaybookAdvisor.defaults();

  private static List<String> rules(Campaign c) {
    return ADVISOR.review(c).stream().map(Advice::rule).toList();
  }

  /** Two posts a week over the sample's 13-week period, half of them informational. */
  private static List<ContentPiece> steadyPlan(int posts, ContentPurpose purpose) {
    List<ContentPiece> plan = new ArrayList<>();
    ZonedDateTime first = ZonedDateTime.of(2026, 3, 2, 19, 0, 0, 0, Samples.MOSCOW);
    for (int i = 0; i < posts; i++) {
      plan.add(
          Samples.article().toBuilder()
              .id("post-" + i)
              .purpose(i % 2 == 0 ? ContentPurpose.INFORMATIONAL : purpose)
              .semanticCluster(i % 2 == 0 ? "Проблемы ремонта" : "Покупка обоев")
              .scheduledAt(first.plusDays(i * 3L))
              .build());
    }
    return plan;
  }

  @Test
  void sample_withASteadyPlan_onlyWarnsAboutTheSmallOdnoklassnikiAndFacebookCommunities() {
    Campaign c =
        Samples.wallpaperShop().toBuilder()
            .contentPlan(steadyPlan(28, ContentPurpose.COMMERCIAL_OFFER))
            .build();
    List<Advice> advice = ADVISOR.review(c);
    assertThat(advice)
        .extracting(Advice::rule, Advice::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("community.tooSmall", "Campaign.communities[1]"),
            org.assertj.core.groups.Tuple.tuple("community.tooSmall", "Campaign.communities[2]"));
    assertThat(advice.get(0).message())
        .isEqualTo(
            "oboi.moskva has 120 real members: recruit at least 200 before paying for promotion");
  }

  @Test
  void sample_asIs_postsTooRarely() {
    List<Advice> advice = ADVISOR.review(Samples.wallpaperShop());
    assertThat(advice)
        .filteredOn(a -> a.rule().equals("content.frequency"))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.severity()).isEqualTo(Advice.Severity.WARNING);
              assertThat(a.message())
                  .isEqualTo(
                      "0.2 posts a week are planned; post at least 2 a week and use a scheduler");
            });
  }

  @Test
  void smallBudget_isCritical_andComesFirst() {
    Campaign c =
        Samples.wallpaperShop().toBuilder().monthlyBudget(Money.of("9999.99", "RUB")).build();
    Advice first = ADVISOR.review(c).get(0);
    assertThat(first.rule()).isEqualTo("budget.minimum");
    assertThat(first.severity()).isEqualTo(Advice.Severity.CRITICAL);
    assertThat(first.message())
        .isEqualTo(
            "the monthly promotion budget 9999.99 RUB is below 10000.00 RUB: with less, the"
                + " playbook says not to start SMM at all");
    assertThat(first)
        .hasToString("CRITICAL budget.minimum at Campaign.monthlyBudget: " + first.message());
  }

  @Test
  void budgetInAnotherCurrency_isNotConverted() {
    Campaign c = Samples.wallpaperShop().toBuilder().monthlyBudget(Money.of(100, "USD")).build();
    assertThat(rules(c)).contains("budget.currency").doesNotContain("budget.minimum");
  }

  @Test
  void greyHat_noEconomicGoal_tooManyOffers_bots_bigCommunity_uncoveredCluster() {
    Campaign base = Samples.wallpaperShop();
    Campaign c =
        base.toBuilder()
            .allowGreyHat(true)
            .promotionMethods(
                List.of(PromotionCatalog.builtIn().find("bought-subscribers").orElseThrow()))
            .goals(List.of(Samples.awarenessGoal()))
            .contentPlan(List.of(Samples.offer()))
            .communities(
                List.of(
                    base.communities().get(0).toBuilder()
                        .memberCount(10_000)
                        .realMembers(6_000)
                        .build()))
            .build();
    assertThat(rules(c))
        .containsExactly(
            "method.greyHat",
            "goal.economic",
            "content.frequency",
            "content.commercialShare",
            "community.bots",
            "community.noSalesCheck",
            "semantic.uncovered");
    List<Advice> ru = ADVISOR.review(c, Locale.forLanguageTag("ru"));
    assertThat(ru.get(0).message())
        .startsWith("Bought subscribers and bots нарушает правила сети: The network blocks");
    assertThat(ru.get(ru.size() - 1).message())
        .isEqualTo(
            "ни одна публикация не отвечает на кластер «Проблемы ремонта»: напишите для него"
                + " полезную статью");
    assertThat(ADVISOR.review(c, Locale.forLanguageTag("vi")).get(1).message())
        .startsWith("không có mục tiêu kinh tế");
  }

  @Test
  void policy_isConfigurable_andValidated() {
    PlaybookPolicy daily =
        new PlaybookPolicy(Money.of(10_000, "RUB"), 14, 200, Money.of(20, "RUB"), 5_000);
    Campaign c =
        Samples.wallpaperShop().toBuilder()
            .contentPlan(steadyPlan(28, ContentPurpose.ENTERTAINING))
            .build();
    assertThat(PlaybookAdvisor.of(daily).review(c))
        .extracting(Advice::rule)
        .contains("content.frequency");
    assertThat(PlaybookAdvisor.of(daily).policy()).isEqualTo(daily);
    assertThat(ADVISOR.policy()).isEqualTo(PlaybookPolicy.defaults());
    assertThatThrownBy(() -> new PlaybookPolicy(null, -1, -1, null, -1))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "PlaybookPolicy.minMonthlyBudget: must not be null (was null)\n"
                + "PlaybookPolicy.maxCostPerSubscriber: must not be null (was null)\n"
                + "PlaybookPolicy.minPostsPerWeek: must be greater than or equal to 0 (was -1)\n"
                + "PlaybookPolicy.minRealMembersBeforePromotion: must be greater than or equal to 0"
                + " (was -1)\n"
                + "PlaybookPolicy.realMembersWithoutSalesAlarm: must be greater than or equal to 0"
                + " (was -1)");
  }

  @Test
  void subscriberCost_aboveTheMaximum_isAWarning_atOrBelowIsNothing() {
    PlaybookAdvisor advisor = PlaybookAdvisor.defaults();
    assertThat(advisor.reviewSubscriberCost(Money.of("20.01", "RUB"), Locale.ENGLISH))
        .hasValueSatisfying(
            a -> {
              assertThat(a.rule()).isEqualTo("subscriber.cost");
              assertThat(a.severity()).isEqualTo(Advice.Severity.WARNING);
              assertThat(a.message())
                  .isEqualTo(
                      "a target subscriber costs 20.01 RUB, more than 20.00 RUB: try paid"
                          + " invitations and contests, and put the budget into the cheapest way"
                          + " to recruit");
            });
    assertThat(advisor.reviewSubscriberCost(Money.of("20.00", "RUB"), Locale.ENGLISH)).isEmpty();
    assertThat(advisor.reviewSubscriberCost(Money.of("0", "RUB"), Locale.ENGLISH)).isEmpty();
    assertThat(
            advisor
                .reviewSubscriberCost(Money.of("25", "RUB"), Locale.forLanguageTag("ru"))
                .orElseThrow()
                .message())
        .startsWith("целевой подписчик обходится в 25.00 RUB, дороже 20.00 RUB");
  }

  @Test
  void subscriberCost_inAnotherCurrency_isInfo_andANegativeCostIsRejected() {
    PlaybookAdvisor advisor = PlaybookAdvisor.defaults();
    assertThat(advisor.reviewSubscriberCost(Money.of("0.30", "USD"), Locale.ENGLISH))
        .hasValueSatisfying(
            a -> {
              assertThat(a.rule()).isEqualTo("subscriber.currency");
              assertThat(a.severity()).isEqualTo(Advice.Severity.INFO);
              assertThat(a.message()).contains("0.30 USD").contains("20.00 RUB");
            });
    assertThatThrownBy(() -> advisor.reviewSubscriberCost(Money.of("-1", "RUB"), Locale.ENGLISH))
        .isInstanceOf(ValidationException.class)
        .hasMessage("PlaybookAdvisor.costPerSubscriber: must be >= 0 (was -1.00 RUB)");
  }
}
