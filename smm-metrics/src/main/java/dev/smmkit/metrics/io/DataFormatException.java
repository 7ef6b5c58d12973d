package dev.smmkit.metrics.io;

import dev.smmkit.core.SmmKitException;

/**
 * A problem in an input file, thrown by a reader in {@link ErrorMode#FAIL_FAST} mode.
 *
 * <p>Thread-safe: its fields are final and set before it is thrown.
 */
public final class DataFormatException extends SmmKitException {
  @java.io.Serial private static final long serialVersionUID = 1L;

  /** The problem. */
  private final transient RowProblem problem;

  /**
   * Creates the exception.
   *
   * @param source the file or stream name, for the message
   * @param problem the problem
   */
  public DataFormatException(String source, RowProblem problem) {
    super(source + ": " + problem);
    this.problem = problem;
  }

  /**
   * The problem: row, line, column, value and rule.
   *
   * @return the problem
   */
  public RowProblem problem() {
    return problem;
  }
}
