package dev.smmkit.examples;

import dev.smmkit.core.Money;
import dev.smmkit.metrics.Denominator;
import dev.smmkit.metrics.EngagementRate;
import dev.smmkit.metrics.InteractionSet;
import dev.smmkit.metrics.MoneyMetrics;
import dev.smmkit.metrics.PostStats;
import dev.smmkit.metrics.Rate;
import dev.smmkit.smo.Page;
import dev.smmkit.smo.SmoEngine;
import dev.smmkit.smo.SmoReport;
import java.net.URI;

/**
 * The example on the first screen of README.md. {@code ReadmeExampleTest} checks that the README
 * shows exactly the body of {@link #main(String[])} and runs it.
 */
public final class ReadmeExample {
  private ReadmeExample() {}

  /**
   * Runs the README example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // README:begin
    // Engagement rate with an explicit denominator and interaction set: no silent definitions.
    PostStats post = PostStats.builder().likes(79).comments(4).shares(17).reach(2752).build();
    Rate er = EngagementRate.of(post, InteractionSet.LIKES_COMMENTS_SHARES, Denominator.REACH);
    System.out.println("ER by reach: " + er); // 3.633721 % (100/2752)
    // SMO: what networks will show for a page, and what to fix first.
    Page page =
        Page.parse("<title>Обои для детской</title>", URI.create("https://oboi.example.ru/"));
    SmoReport audit = SmoEngine.defaults().audit(page);
    System.out.println(
        "SMO " + audit.score() + "/100; first: " + audit.topFixes(1).get(0).advice());
    // Money keeps its currency; cost per subscriber is spend / new subscribers.
    Money spend = Money.of("15000.00", "RUB");
    System.out.println(MoneyMetrics.costPerSubscriberGross(spend, 800).orElseThrow()); // 18.75 RUB
    // README:end
  }
}
