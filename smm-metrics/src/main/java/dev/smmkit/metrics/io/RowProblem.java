package dev.smmkit.metrics.io;

/**
 * One problem in an input file.
 *
 * @param row the 1-based data row (the header is row 0)
 * @param line the 1-based line in the file, or 0 when it is not known
 * @param column the column name
 * @param value the raw value found, empty for a missing cell; a value longer than {@value
 *     #MAX_VALUE_LENGTH} characters is kept as its first {@value #MAX_VALUE_LENGTH} characters and
 *     its length (so a million bad cells of a huge file do not fill the heap)
 * @param rule a stable rule id: {@code Missing}, {@code Number}, {@code Negative}, {@code Range},
 *     {@code ReachAtMostImpressions}, {@code Overflow}, {@code Invalid}, {@code FieldCount}, {@code
 *     Header}, {@code DateTime}, {@code Date}, {@code Charset}, {@code Csv}, {@code Json}, {@code
 *     Unknown}, {@code Control} (a control character in a cell), {@code Id}, {@code
 *     TotalAtLeastParts} (a platform's total smaller than the sum of its parts); and, for notes
 *     rather than problems, {@code TotalAboveParts} and {@code RateDiffers}
 * @param message what is wrong
 *     <p>Immutable and thread-safe.
 */
public record RowProblem(
    long row, long line, String column, String value, String rule, String message) {

  /** The longest value kept in full. */
  public static final int MAX_VALUE_LENGTH = 200;

  /**
   * Checks the components and shortens a long value.
   *
   * @param row the data row
   * @param line the line
   * @param column the column
   * @param value the value
   * @param rule the rule id
   * @param message the message
   */
  public RowProblem {
    java.util.Objects.requireNonNull(column, "column");
    java.util.Objects.requireNonNull(value, "value");
    java.util.Objects.requireNonNull(rule, "rule");
    java.util.Objects.requireNonNull(message, "message");
    if (value.length() > MAX_VALUE_LENGTH) {
      int end = MAX_VALUE_LENGTH;
      if (Character.isHighSurrogate(value.charAt(end - 1))) {
        end--;
      }
      value = value.substring(0, end) + "... (" + value.length() + " characters)";
    }
  }

  /**
   * Renders the problem on one line as {@code row 112 (line 113), column like: missing value (was
   * "")}, without the line when it is not known; line breaks and tabs in the value are shown as
   * {@code \n}, {@code \r}, {@code \t}, other control characters as a backslash, {@code u} and four
   * hex digits.
   *
   * @return the one-line description
   */
  @Override
  public String toString() {
    return "row "
        + row
        + (line > 0 ? " (line " + line + ")" : "")
        + ", column "
        + column
        + ": "
        + message
        + " (was \""
        + oneLine(value)
        + "\")";
  }

  static String oneLine(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
