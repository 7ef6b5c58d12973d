package dev.smmkit.examples;

import dev.smmkit.core.Campaign;
import dev.smmkit.core.HatColor;
import dev.smmkit.core.PromotionCatalog;
import dev.smmkit.core.PromotionMethod;
import dev.smmkit.core.ValidationException;
import java.io.PrintStream;
import java.util.List;

/** Promotion methods by hat colour, and why grey and black ones are refused. */
public final class PromotionMethodsExample {
  private PromotionMethodsExample() {}

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
    PromotionCatalog catalog = PromotionCatalog.builtIn();
    for (HatColor hat : HatColor.values()) {
      out.println(hat + " (" + hat.legality() + "):");
      for (PromotionMethod m : catalog.byHat(hat)) {
        out.println("  " + m.name() + " - risk " + m.risk() + ": " + m.consequence());
      }
    }
    Campaign campaign = Examples.wallpaperShop();
    for (String id : List.of("bought-subscribers", "account-hacking")) {
      try {
        campaign.toBuilder().promotionMethods(List.of(catalog.find(id).orElseThrow())).build();
      } catch (ValidationException e) {
        out.println("Refused " + id + ": " + e.violations().get(0).message());
      }
    }
  }
}
