package dev.smmkit.metrics.io;

/**
 * One problem in an input file.
 *
 * @param row the 1-based data row (the header is row 0)
 * @param line the 1-based line in the file
 * @param column the column name
 * @param value the raw value found, empty for a missing cell
 * @param rule a stable rule id: {@code Missing}, {@code Number}, {@code Negative}, {@code Range},
 *     {@code ReachAtMostImpressions}, {@code Overflow}, {@code Invalid}, {@code FieldCount}, {@code
 *     Header}, {@code DateTime}, {@code Date}, {@code Charset}, {@code Csv}, {@code Json}, {@code
 *     Unknown}
 * @param message what is wrong
 */
public record RowProblem(
    long row, long line, String column, String value, String rule, String message) {

  /**
   * Renders the problem as {@code row 112 (line 113), column like: missing value (was "")}.
   *
   * @return the one-line description
   */
  @Override
  public String toString() {
    return "row "
        + row
        + " (line "
        + line
        + "), column "
        + column
        + ": "
        + message
        + " (was \""
        + value
        + "\")";
  }
}
