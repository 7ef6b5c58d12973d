package dev.smmkit.core;

import dev.smmkit.core.internal.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reviews a {@link Campaign} against the nine-step SMM playbook of DOMAIN.md §3 and says what to
 * fix, most serious first.
 *
 * <p>Rules, with the thresholds of a {@link PlaybookPolicy}:
 *
 * <ul>
 *   <li>{@code budget.minimum} (CRITICAL): monthly promotion budget below the minimum: do not start
 *       SMM at all. Budgets in another currency than the policy's cannot be compared and give an
 *       INFO {@code budget.currency} instead: SMMKit never converts currencies.
 *   <li>{@code method.greyHat} (CRITICAL): a grey-hat method, with its consequence.
 *   <li>{@code goal.economic} (WARNING): no economic goal; the goal of SMM is selling, not a number
 *       of subscribers.
 *   <li>{@code content.frequency} (WARNING): fewer scheduled posts per week than the minimum.
 *   <li>{@code content.commercialShare} (WARNING): more advertising and purchase offers than
 *       non-commercial posts.
 *   <li>{@code community.tooSmall} (WARNING): paid promotion while a community has fewer real
 *       members than the minimum to recruit first.
 *   <li>{@code community.bots} (WARNING): more than a fifth of a community's members are bots.
 *   <li>{@code community.noSalesCheck} (INFO): more real members than the alarm level: if there are
 *       still no sales, the product, price, pain or answer is wrong.
 *   <li>{@code semantic.uncovered} (INFO): a semantic cluster with no content answering it.
 * </ul>
 *
 * <p>One more rule needs a measured figure rather than a plan, so it has its own method, {@link
 * #reviewSubscriberCost(Money, Locale)}: {@code subscriber.cost} (WARNING) when a target subscriber
 * costs more than the policy's maximum (try paid invitations and contests, and put the budget into
 * the cheapest way to recruit), or {@code subscriber.currency} (INFO) when the cost is in another
 * currency than the maximum.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlaybookAdvisor {
  private static final PlaybookAdvisor DEFAULTS = new PlaybookAdvisor(PlaybookPolicy.defaults());

  private final PlaybookPolicy policy;

  private PlaybookAdvisor(PlaybookPolicy policy) {
    this.policy = policy;
  }

  /**
   * An advisor with the playbook's own thresholds.
   *
   * @return the default advisor
   */
  public static PlaybookAdvisor defaults() {
    return DEFAULTS;
  }

  /**
   * An advisor with the caller's thresholds.
   *
   * @param policy the thresholds
   * @return the advisor
   */
  public static PlaybookAdvisor of(PlaybookPolicy policy) {
    return new PlaybookAdvisor(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * The thresholds in use.
   *
   * @return the policy
   */
  public PlaybookPolicy policy() {
    return policy;
  }

  /**
   * Reviews a campaign, with messages in English.
   *
   * @param campaign the campaign
   * @return the findings, CRITICAL first, then WARNING, then INFO; empty when the campaign follows
   *     the playbook
   */
  public List<Advice> review(Campaign campaign) {
    return review(campaign, Locale.ENGLISH);
  }

  /**
   * Reviews a campaign, with messages in a locale (English, Russian or Vietnamese).
   *
   * @param campaign the campaign
   * @param locale the message locale
   * @return the findings, CRITICAL first, then WARNING, then INFO
   */
  public List<Advice> review(Campaign campaign, Locale locale) {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(locale, "locale");
    List<Advice> found = new ArrayList<>();
    Finder f =
        (rule, severity, path, args) ->
            found.add(
                new Advice(
                    rule, severity, path, Messages.text(locale, "smm.advice." + rule, args)));
    budget(campaign, f);
    methods(campaign, f);
    goals(campaign, f);
    content(campaign, f);
    communities(campaign, f);
    semantic(campaign, f);
    found.sort((a, b) -> b.severity().compareTo(a.severity()));
    return List.copyOf(found);
  }

  /**
   * Reviews what a target subscriber actually cost (for example {@code
   * MoneyMetrics.costPerSubscriberGross} in smm-metrics) against the policy's {@link
   * PlaybookPolicy#maxCostPerSubscriber() maximum}: playbook step 5 says to try paid invitations
   * and contests above it (20 RUB) and to concentrate the budget on the cheapest way to recruit.
   *
   * @param costPerSubscriber the measured cost of one target subscriber, at least 0
   * @param locale the message locale
   * @return a {@code subscriber.cost} WARNING when the cost is above the maximum, a {@code
   *     subscriber.currency} INFO when it is in another currency (SMMKit never converts), else
   *     empty
   * @throws ValidationException if the cost is negative
   */
  public java.util.Optional<Advice> reviewSubscriberCost(Money costPerSubscriber, Locale locale) {
    Objects.requireNonNull(costPerSubscriber, "costPerSubscriber");
    Objects.requireNonNull(locale, "locale");
    if (costPerSubscriber.isNegative()) {
      throw ValidationException.of(
          "PlaybookAdvisor.costPerSubscriber",
          costPerSubscriber,
          "PositiveOrZero",
          Messages.text(locale, "smm.min.zero", Map.of()));
    }
    Money max = policy.maxCostPerSubscriber();
    Map<String, ?> args = Map.of("cost", costPerSubscriber, "maximum", max);
    String rule;
    Advice.Severity severity;
    if (!costPerSubscriber.isSameCurrencyAs(max)) {
      rule = "subscriber.currency";
      severity = Advice.Severity.INFO;
    } else if (costPerSubscriber.compareTo(max) > 0) {
      rule = "subscriber.cost";
      severity = Advice.Severity.WARNING;
    } else {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new Advice(
            rule,
            severity,
            "costPerSubscriber",
            Messages.text(locale, "smm.advice." + rule, args)));
  }

  @FunctionalInterface
  private interface Finder {
    void add(String rule, Advice.Severity severity, String path, Map<String, ?> args);
  }

  private void budget(Campaign c, Finder f) {
    Money budget = c.monthlyBudget();
    Money min = policy.minMonthlyBudget();
    if (!budget.isSameCurrencyAs(min)) {
      f.add(
          "budget.currency",
          Advice.Severity.INFO,
          "Campaign.monthlyBudget",
          Map.of("budget", budget, "minimum", min));
    } else if (budget.compareTo(min) < 0) {
      f.add(
          "budget.minimum",
          Advice.Severity.CRITICAL,
          "Campaign.monthlyBudget",
          Map.of("budget", budget, "minimum", min));
    }
  }

  private static void methods(Campaign c, Finder f) {
    List<PromotionMethod> methods = c.promotionMethods();
    for (int i = 0; i < methods.size(); i++) {
      PromotionMethod m = methods.get(i);
      if (m.hatColor() == HatColor.GREY) {
        f.add(
            "method.greyHat",
            Advice.Severity.CRITICAL,
            "Campaign.promotionMethods[" + i + "]",
            Map.of("method", m.name(), "consequence", m.consequence()));
      }
    }
  }

  private static void goals(Campaign c, Finder f) {
    if (c.goals().stream().noneMatch(g -> g.kind() == GoalKind.ECONOMIC)) {
      f.add("goal.economic", Advice.Severity.WARNING, "Campaign.goals", Map.of());
    }
  }

  private void content(Campaign c, Finder f) {
    long days = ChronoUnit.DAYS.between(c.start(), c.end()) + 1;
    double weeks = days / 7.0;
    long scheduled = c.contentPlan().stream().filter(p -> p.scheduledAt().isPresent()).count();
    double perWeek = scheduled / weeks;
    if (perWeek < policy.minPostsPerWeek()) {
      f.add(
          "content.frequency",
          Advice.Severity.WARNING,
          "Campaign.contentPlan",
          Map.of(
              "perWeek",
              postsPerWeekText(perWeek, policy.minPostsPerWeek()),
              "minimum",
              policy.minPostsPerWeek()));
    }
    long commercial = c.contentPlan().stream().filter(p -> isCommercial(p.purpose())).count();
    long other = c.contentPlan().size() - commercial;
    if (commercial > other) {
      f.add(
          "content.commercialShare",
          Advice.Severity.WARNING,
          "Campaign.contentPlan",
          Map.of("commercial", commercial, "other", other));
    }
  }

  /**
   * The rate to one decimal, rounded half up, but never up to the minimum it is below: 1.98 posts a
   * week reads "1.9", not "2.0", against a minimum of 2.
   */
  private static String postsPerWeekText(double perWeek, int minimum) {
    BigDecimal exact = BigDecimal.valueOf(perWeek);
    BigDecimal shown = exact.setScale(1, RoundingMode.HALF_UP);
    if (shown.compareTo(BigDecimal.valueOf(minimum)) >= 0) {
      shown = exact.setScale(1, RoundingMode.DOWN);
    }
    return shown.toPlainString();
  }

  private static boolean isCommercial(ContentPurpose purpose) {
    return purpose == ContentPurpose.ADVERTISING || purpose == ContentPurpose.COMMERCIAL_OFFER;
  }

  private void communities(Campaign c, Finder f) {
    boolean paidPromotion =
        c.promotionMethods().stream().anyMatch(m -> m.cost().basis() != CostBasis.FREE);
    List<Community> communities = c.communities();
    for (int i = 0; i < communities.size(); i++) {
      Community community = communities.get(i);
      String path = "Campaign.communities[" + i + "]";
      if (paidPromotion && community.realMembers() < policy.minRealMembersBeforePromotion()) {
        f.add(
            "community.tooSmall",
            Advice.Severity.WARNING,
            path,
            Map.of(
                "handle",
                community.handle(),
                "real",
                community.realMembers(),
                "minimum",
                policy.minRealMembersBeforePromotion()));
      }
      if (community.memberCount() > 0
          // bots / members > 1/5, without multiplying (a long member count could overflow)
          && community.botMembers() > community.memberCount() / 5) {
        f.add(
            "community.bots",
            Advice.Severity.WARNING,
            path,
            Map.of(
                "handle",
                community.handle(),
                "bots",
                community.botMembers(),
                "members",
                community.memberCount()));
      }
      if (community.realMembers() > policy.realMembersWithoutSalesAlarm()) {
        f.add(
            "community.noSalesCheck",
            Advice.Severity.INFO,
            path,
            Map.of("handle", community.handle(), "real", community.realMembers()));
      }
    }
  }

  private static void semantic(Campaign c, Finder f) {
    c.semanticCore()
        .ifPresent(
            core -> {
              Set<String> answered = new HashSet<>();
              c.contentPlan().forEach(p -> p.semanticCluster().ifPresent(answered::add));
              for (int i = 0; i < core.clusters().size(); i++) {
                QueryCluster cluster = core.clusters().get(i);
                if (!answered.contains(cluster.name())) {
                  f.add(
                      "semantic.uncovered",
                      Advice.Severity.INFO,
                      "Campaign.semanticCore.clusters[" + i + "]",
                      Map.of("cluster", cluster.name()));
                }
              }
            });
  }
}
