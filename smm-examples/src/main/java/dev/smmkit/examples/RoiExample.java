package dev.smmkit.examples;

import dev.smmkit.core.Advice;
import dev.smmkit.core.Money;
import dev.smmkit.core.PlaybookAdvisor;
import dev.smmkit.metrics.MoneyMetrics;
import java.io.PrintStream;
import java.util.Locale;

/** ROI, ROAS and cost per subscriber, with money that keeps its currency. */
public final class RoiExample {
  private RoiExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Prints the example to a stream.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    Money spend = Money.of("15000.00", "RUB");
    Money revenue = Money.of("42000.00", "RUB");
    out.println("Spend " + spend + ", revenue " + revenue);
    out.println(
        "  ROI  = (return - cost) / cost = "
            + MoneyMetrics.roi(revenue, spend).orElseThrow().toPlainString());
    out.println(
        "  ROAS = revenue / spend         = "
            + MoneyMetrics.roas(revenue, spend).orElseThrow().toPlainString());
    // 800 new subscribers, 50 left in the same month.
    out.println(
        "  cost per subscriber, gross = "
            + MoneyMetrics.costPerSubscriberGross(spend, 800).orElseThrow());
    out.println(
        "  cost per subscriber, net   = "
            + MoneyMetrics.costPerSubscriberNet(spend, 800, 50).orElseThrow());
    // The playbook's test: above 20 RUB per target subscriber, recruit another way.
    PlaybookAdvisor advisor = PlaybookAdvisor.defaults();
    for (long subscribers : new long[] {800, 500}) {
      Money cost = MoneyMetrics.costPerSubscriberGross(spend, subscribers).orElseThrow();
      out.println(
          "  "
              + subscribers
              + " subscribers at "
              + cost
              + " each: "
              + advisor
                  .reviewSubscriberCost(cost, Locale.ENGLISH)
                  .map(Advice::message)
                  .orElse("within the playbook's " + advisor.policy().maxCostPerSubscriber()));
    }
    out.println(
        "  no new subscribers: "
            + MoneyMetrics.costPerSubscriberGross(spend, 0)
                .map(Money::toString)
                .orElse("undefined"));
  }
}
