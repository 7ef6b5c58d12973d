package dev.smmkit.metrics.io;

import java.util.List;

/**
 * What a reader read: the rows and every problem found.
 *
 * @param rows the rows read, in file order
 * @param problems every problem, in file order; empty for a clean file
 * @param <T> the row type
 *     <p>Immutable and thread-safe.
 */
public record ReadResult<T>(List<T> rows, List<RowProblem> problems) {

  /**
   * Copies the lists.
   *
   * @param rows the rows
   * @param problems the problems
   */
  public ReadResult {
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
  }
}
