package dev.smmkit.examples;

import dev.smmkit.core.CurrencyMismatchException;
import dev.smmkit.core.Money;
import dev.smmkit.core.Platform;

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
    Money monthly = Money.of("15000.00", "RUB");
    Platform vk = Platform.VKONTAKTE;
    System.out.println(vk.name() + " posts up to " + vk.limits().maxTextLength() + " characters");
    System.out.println("Two months of promotion: " + monthly.times(2));
    try {
      monthly.plus(Money.of("100.00", "USD"));
    } catch (CurrencyMismatchException e) {
      System.out.println(e.getMessage()); // no silent conversion
    }
    // README:end
  }
}
