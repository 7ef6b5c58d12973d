package dev.smmkit.metrics.io;

/**
 * What a reader does when a row has a problem.
 *
 * <p>Immutable and thread-safe.
 */
public enum ErrorMode {
  /** Throw a {@link DataFormatException} at the first problem. */
  FAIL_FAST,
  /**
   * Report every problem in {@link ReadResult#problems()} and carry on; rows with missing or
   * impossible values are kept (and flagged), rows that cannot be read at all are left out and
   * reported.
   */
  COLLECT
}
