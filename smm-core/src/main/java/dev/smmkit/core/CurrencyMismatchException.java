package dev.smmkit.core;

import dev.smmkit.core.internal.BeanValidation;
import dev.smmkit.core.internal.Messages;
import java.util.Map;

/**
 * Two amounts of different currencies were added, subtracted or compared.
 *
 * <p>SMMKit never converts currencies: there is no exchange rate it could know. Convert first, with
 * rates you trust, then combine. The message is in the language of the current validation locale
 * (English unless set, for example by {@code SmmJson} with a locale).
 *
 * <p>Thread-safe: its fields are final and set before it is thrown.
 */
public final class CurrencyMismatchException extends SmmKitException {
  @java.io.Serial private static final long serialVersionUID = 1L;

  /** The currency of the left-hand amount. */
  private final String expected;

  /** The currency of the right-hand amount. */
  private final String actual;

  /**
   * Creates the exception.
   *
   * @param operation what was attempted, such as {@code plus}
   * @param expected the currency of the left-hand amount
   * @param actual the currency of the right-hand amount
   */
  public CurrencyMismatchException(String operation, String expected, String actual) {
    super(
        "Money."
            + operation
            + ": "
            + Messages.text(
                BeanValidation.currentLocale(),
                "smm.money.currencyMismatch",
                Map.of("expected", expected, "actual", actual)));
    this.expected = expected;
    this.actual = actual;
  }

  /**
   * The currency of the left-hand amount.
   *
   * @return an ISO 4217 code
   */
  public String expected() {
    return expected;
  }

  /**
   * The currency of the right-hand amount.
   *
   * @return an ISO 4217 code
   */
  public String actual() {
    return actual;
  }
}
