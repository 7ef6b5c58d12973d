package dev.smmkit.metrics;

import dev.smmkit.core.SmmKitException;

/**
 * A sum (or product) of counts no longer fits in a {@code long}. SMMKit never lets a sum wrap
 * around; split the data and merge partial results in a wider type, or report the overflow.
 *
 * <p>Thread-safe: its fields are final and set before it is thrown.
 */
public final class MetricOverflowException extends SmmKitException {
  @java.io.Serial private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param what the sum that overflowed, such as {@code EngagementAccumulator.engagements}
   * @param current the sum so far
   * @param added the value that did not fit
   */
  public MetricOverflowException(String what, long current, long added) {
    super(what + ": sum exceeds Long.MAX_VALUE (was " + current + " + " + added + ")");
  }

  private MetricOverflowException(String what, long a, long b, char op) {
    super(
        what
            + ": "
            + (op == 'x' ? "product" : "sum")
            + " exceeds Long.MAX_VALUE (was "
            + a
            + " "
            + op
            + " "
            + b
            + ")");
  }

  /**
   * The exception for a product that does not fit.
   *
   * @param what the product that overflowed
   * @param a one factor
   * @param b the other factor
   * @return the exception
   */
  static MetricOverflowException product(String what, long a, long b) {
    return new MetricOverflowException(what, a, b, 'x');
  }

  /**
   * Creates the exception for a sum that overflowed somewhere in a batch.
   *
   * @param where the sum and position, such as {@code EngagementBatch sums at row 17}
   */
  public MetricOverflowException(String where) {
    super(where + ": sum exceeds Long.MAX_VALUE");
  }

  /**
   * Adds exactly or throws.
   *
   * @param what the name of the sum, for the message
   * @param a the sum so far
   * @param b the value to add
   * @return {@code a + b}
   * @throws MetricOverflowException if the sum overflows
   */
  static long add(String what, long a, long b) {
    long r = a + b;
    if (((a ^ r) & (b ^ r)) < 0) {
      throw new MetricOverflowException(what, a, b);
    }
    return r;
  }
}
