package dev.smmkit.metrics;

import dev.smmkit.core.Money;
import dev.smmkit.core.ValidationException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Money metrics of a campaign: ROI, ROAS, CPM, CPP, CPC, CTR, CPA, CPL, CAC and cost per
 * subscriber.
 *
 * <p>Money keeps its currency: mixing currencies throws {@link
 * dev.smmkit.core.CurrencyMismatchException}. Ratios of money ({@code roi}, {@code roas}) are exact
 * decimals to 16 significant digits ({@link MathContext#DECIMAL64}). Costs per unit are {@link
 * Money} in the spend's currency, rounded half-even to the currency's scale (kopecks, cents, whole
 * dong). Zero case: every function whose denominator is zero returns {@link Optional#empty()};
 * negative counts and negative spend are rejected.
 *
 * <p>Stateless and thread-safe: its methods are static and share no mutable state.
 */
public final class MoneyMetrics {
  private static final MathContext CONTEXT = MathContext.DECIMAL64;
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private MoneyMetrics() {}

  /**
   * Return on investment: {@code (return - cost) / cost}.
   *
   * @param revenue the return attributed to the campaign
   * @param cost what the campaign cost, not negative
   * @return ROI as a fraction (0.25 is 25 %), or empty when the cost is zero
   */
  public static Optional<BigDecimal> roi(Money revenue, Money cost) {
    requireNonNegative("cost", cost);
    Money gain = revenue.minus(cost);
    return cost.isZero() ? Optional.empty() : Optional.of(gain.ratioTo(cost, CONTEXT));
  }

  /**
   * Return on ad spend: {@code revenue / ad spend}, a multiple (3.0 means 3 roubles back for each
   * rouble spent).
   *
   * @param revenue revenue attributed to the ads
   * @param adSpend ad spend, not negative
   * @return the multiple, or empty when the spend is zero
   */
  public static Optional<BigDecimal> roas(Money revenue, Money adSpend) {
    requireNonNegative("adSpend", adSpend);
    return adSpend.isZero() ? Optional.empty() : Optional.of(revenue.ratioTo(adSpend, CONTEXT));
  }

  /**
   * Cost per mille: {@code spend / impressions x 1000}.
   *
   * @param spend the spend
   * @param impressions impressions, at least 0
   * @return the cost of a thousand impressions, or empty with no impressions
   */
  public static Optional<Money> cpm(Money spend, long impressions) {
    requireNonNegative("spend", spend);
    requireCount("impressions", impressions);
    if (impressions == 0) {
      return Optional.empty();
    }
    BigDecimal amount =
        spend
            .amount()
            .multiply(THOUSAND)
            .divide(BigDecimal.valueOf(impressions), spend.scale(), RoundingMode.HALF_EVEN);
    return Optional.of(Money.of(amount, spend.currency()));
  }

  /**
   * Cost per point: {@code spend / rating points}, where rating points = {@code 100 x reach /
   * target population}.
   *
   * @param spend the spend
   * @param reach people of the target population reached, at least 0
   * @param population size of the target population, at least 1
   * @return the cost of reaching 1 % of the population, or empty with no reach
   */
  public static Optional<Money> cpp(Money spend, long reach, long population) {
    requireNonNegative("spend", spend);
    requireCount("reach", reach);
    if (population < 1) {
      throw ValidationException.of("MoneyMetrics.population", population, "Min", "must be >= 1");
    }
    if (reach == 0) {
      return Optional.empty();
    }
    // spend / (100 x reach / population) = spend x population / (100 x reach), divided once so
    // that the only rounding is the half-even one to the currency's scale.
    BigDecimal amount =
        spend
            .amount()
            .multiply(BigDecimal.valueOf(population))
            .divide(
                BigDecimal.valueOf(reach).multiply(BigDecimal.valueOf(100)),
                spend.scale(),
                RoundingMode.HALF_EVEN);
    return Optional.of(Money.of(amount, spend.currency()));
  }

  /**
   * Cost per click: {@code spend / clicks}.
   *
   * @param spend the spend
   * @param clicks clicks, at least 0
   * @return the cost, or empty with no clicks
   */
  public static Optional<Money> cpc(Money spend, long clicks) {
    return perUnit(spend, "clicks", clicks);
  }

  /**
   * Click-through rate: {@code clicks / impressions}.
   *
   * @param clicks clicks, at least 0
   * @param impressions impressions, at least 0
   * @return the rate; undefined with no impressions
   */
  public static Rate ctr(long clicks, long impressions) {
    return Rate.of(clicks, impressions);
  }

  /**
   * Cost per action: {@code spend / actions}.
   *
   * @param spend the spend
   * @param actions actions (purchases, sign-ups), at least 0
   * @return the cost, or empty with no actions
   */
  public static Optional<Money> cpa(Money spend, long actions) {
    return perUnit(spend, "actions", actions);
  }

  /**
   * Cost per lead: {@code spend / leads}.
   *
   * @param spend the spend
   * @param leads leads, at least 0
   * @return the cost, or empty with no leads
   */
  public static Optional<Money> cpl(Money spend, long leads) {
    return perUnit(spend, "leads", leads);
  }

  /**
   * Customer acquisition cost: {@code (marketing + sales spend) / new customers}.
   *
   * @param acquisitionSpend all marketing and sales spend of the period
   * @param newCustomers customers won in the period, at least 0
   * @return the cost, or empty with no new customers
   */
  public static Optional<Money> cac(Money acquisitionSpend, long newCustomers) {
    return perUnit(acquisitionSpend, "newCustomers", newCustomers);
  }

  /**
   * Gross cost per subscriber: {@code spend / new subscribers}. The playbook's test: above 20 RUB
   * per target subscriber, try paid invitations and contests.
   *
   * @param spend promotion spend
   * @param newSubscribers subscribers gained, at least 0
   * @return the cost, or empty with no new subscribers
   */
  public static Optional<Money> costPerSubscriberGross(Money spend, long newSubscribers) {
    return perUnit(spend, "newSubscribers", newSubscribers);
  }

  /**
   * Net cost per subscriber: {@code spend / (new subscribers - lost subscribers)}.
   *
   * @param spend promotion spend
   * @param newSubscribers subscribers gained, at least 0
   * @param lostSubscribers subscribers lost in the same period, at least 0
   * @return the cost, or empty when the audience did not grow (net growth of 0 or less)
   */
  public static Optional<Money> costPerSubscriberNet(
      Money spend, long newSubscribers, long lostSubscribers) {
    requireCount("newSubscribers", newSubscribers);
    requireCount("lostSubscribers", lostSubscribers);
    long net = newSubscribers - lostSubscribers;
    return net <= 0 ? Optional.empty() : perUnit(spend, "netSubscribers", net);
  }

  private static Optional<Money> perUnit(Money spend, String what, long units) {
    requireNonNegative("spend", spend);
    requireCount(what, units);
    return units == 0
        ? Optional.empty()
        : Optional.of(spend.dividedBy(units, RoundingMode.HALF_EVEN));
  }

  private static void requireCount(String field, long n) {
    if (n < 0) {
      throw ValidationException.of("MoneyMetrics." + field, n, "PositiveOrZero", "must be >= 0");
    }
  }

  private static void requireNonNegative(String field, Money m) {
    if (m.isNegative()) {
      throw ValidationException.of(
          "MoneyMetrics." + field, m.toString(), "PositiveOrZero", "must be >= 0");
    }
  }
}
