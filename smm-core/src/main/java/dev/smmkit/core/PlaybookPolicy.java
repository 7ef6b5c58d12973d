package dev.smmkit.core;

import dev.smmkit.core.internal.Checks;

/**
 * The thresholds of the SMM playbook (DOMAIN.md §3) used by {@link PlaybookAdvisor}, configurable
 * because the source documents themselves disagree (one passage says two posts a day, another at
 * least two a week).
 *
 * @param minMonthlyBudget below this monthly promotion budget, do not start SMM (playbook: 10 000
 *     RUB)
 * @param minPostsPerWeek fewest posts per week in the content plan (playbook: 2)
 * @param minRealMembersBeforePromotion real members to recruit before paid promotion (playbook:
 *     200)
 * @param maxCostPerSubscriber above this cost of a target subscriber, try paid invitations and
 *     contests (playbook: 20 RUB)
 * @param realMembersWithoutSalesAlarm with more real members than this and no sales, something is
 *     fundamentally wrong (playbook: 5 000)
 *     <p>Immutable and thread-safe.
 */
public record PlaybookPolicy(
    Money minMonthlyBudget,
    int minPostsPerWeek,
    long minRealMembersBeforePromotion,
    Money maxCostPerSubscriber,
    long realMembersWithoutSalesAlarm) {

  /**
   * Validates the policy.
   *
   * @param minMonthlyBudget the budget threshold
   * @param minPostsPerWeek the posting threshold
   * @param minRealMembersBeforePromotion the community size threshold
   * @param maxCostPerSubscriber the subscriber cost threshold
   * @param realMembersWithoutSalesAlarm the no-sales alarm threshold
   * @throws ValidationException listing every problem
   */
  public PlaybookPolicy {
    Checks c = Checks.of("PlaybookPolicy");
    String notNull = "jakarta.validation.constraints.NotNull.message";
    String nonNegative = "jakarta.validation.constraints.PositiveOrZero.message";
    c.check(minMonthlyBudget != null, "minMonthlyBudget", null, "NotNull", notNull);
    c.check(maxCostPerSubscriber != null, "maxCostPerSubscriber", null, "NotNull", notNull);
    c.check(
        minPostsPerWeek >= 0, "minPostsPerWeek", minPostsPerWeek, "PositiveOrZero", nonNegative);
    c.check(
        minRealMembersBeforePromotion >= 0,
        "minRealMembersBeforePromotion",
        minRealMembersBeforePromotion,
        "PositiveOrZero",
        nonNegative);
    c.check(
        realMembersWithoutSalesAlarm >= 0,
        "realMembersWithoutSalesAlarm",
        realMembersWithoutSalesAlarm,
        "PositiveOrZero",
        nonNegative);
    c.throwIfAny();
  }

  /**
   * The playbook's own values: 10 000 RUB a month, 2 posts a week, 200 real members before
   * promotion, 20 RUB per subscriber, 5 000 real members without sales.
   *
   * @return the default policy
   */
  public static PlaybookPolicy defaults() {
    return new PlaybookPolicy(Money.of(10_000, "RUB"), 2, 200, Money.of(20, "RUB"), 5_000);
  }
}
