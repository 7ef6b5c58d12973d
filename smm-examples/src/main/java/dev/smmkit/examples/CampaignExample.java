package dev.smmkit.examples;

import dev.smmkit.core.Advice;
import dev.smmkit.core.Campaign;
import dev.smmkit.core.Money;
import dev.smmkit.core.PlaybookAdvisor;
import dev.smmkit.core.ValidationException;
import dev.smmkit.core.json.SmmJson;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A campaign built with the fluent API, validated, reviewed against the playbook and written as
 * JSON.
 */
public final class CampaignExample {
  private CampaignExample() {}

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
    Campaign campaign = Examples.wallpaperShop();
    out.println(
        campaign.name()
            + ": "
            + campaign.monthlyBudget()
            + " a month, "
            + campaign.months()
            + " months, "
            + campaign.totalBudget()
            + " in all");
    // The playbook advisor says what to fix first.
    for (Advice a : PlaybookAdvisor.defaults().review(campaign)) {
      out.println("  " + a.severity() + " " + a.message());
    }
    // Bad input: every violation at once, in the language the caller picks.
    try {
      campaign.toBuilder()
          .monthlyBudget(Money.zero("RUB"))
          .end(campaign.start().minusDays(1))
          .build(Locale.forLanguageTag("ru"));
    } catch (ValidationException e) {
      out.println("Rejected (" + e.violations().size() + " violations):");
      e.violations().forEach(v -> out.println("  " + v.describe()));
    }
    String json = SmmJson.defaults().write(campaign);
    out.println(
        "JSON: "
            + json.length()
            + " characters; read back equal: "
            + SmmJson.defaults().read(json, Campaign.class).equals(campaign));
  }
}
