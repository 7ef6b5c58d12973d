package dev.smmkit.core;

/**
 * Two amounts of different currencies were added, subtracted or compared.
 *
 * <p>SMMKit never converts currencies: there is no exchange rate it could know. Convert first, with
 * rates you trust, then combine.
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
            + ": currencies must match, no conversion is done (was "
            + expected
            + " and "
            + actual
            + ")");
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
