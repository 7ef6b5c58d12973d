package dev.smmkit.core.json;

import dev.smmkit.core.SmmKitException;

/**
 * JSON input that is not well-formed, too large or too deep, or does not match the model (unknown
 * property, wrong type). Invalid values inside well-formed JSON are reported as a {@link
 * dev.smmkit.core.ValidationException} instead, exactly as the builders report them.
 *
 * <p>Thread-safe: its fields are final and set before it is thrown.
 */
public final class JsonInputException extends SmmKitException {
  @java.io.Serial private static final long serialVersionUID = 1L;

  /** The JSON path of the offending element, such as {@code personas[1].name}. */
  private final String path;

  /** The 1-based line, or -1 when unknown. */
  private final int line;

  /** The 1-based column, or -1 when unknown. */
  private final int column;

  /**
   * Creates the exception.
   *
   * @param path the JSON path, possibly empty
   * @param line the 1-based line, or -1
   * @param column the 1-based column, or -1
   * @param problem what is wrong
   * @param cause the parser's exception
   */
  public JsonInputException(String path, int line, int column, String problem, Throwable cause) {
    super(message(path, line, column, problem), cause);
    this.path = path;
    this.line = line;
    this.column = column;
  }

  /**
   * Creates the exception for input the parser accepted but the model does not, such as a document
   * that is JSON {@code null}.
   *
   * @param path the JSON path, possibly empty
   * @param line the 1-based line, or -1
   * @param column the 1-based column, or -1
   * @param problem what is wrong
   */
  public JsonInputException(String path, int line, int column, String problem) {
    super(message(path, line, column, problem));
    this.path = path;
    this.line = line;
    this.column = column;
  }

  private static String message(String path, int line, int column, String problem) {
    return "JSON"
        + (path.isEmpty() ? "" : " " + path)
        + " at line "
        + line
        + ", column "
        + column
        + ": "
        + problem;
  }

  /**
   * The JSON path of the offending element.
   *
   * @return the path, such as {@code personas[1].name}, or empty for the document
   */
  public String path() {
    return path;
  }

  /**
   * The line of the offending input.
   *
   * @return the 1-based line, or -1 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * The column of the offending input.
   *
   * @return the 1-based column, or -1 when unknown
   */
  public int column() {
    return column;
  }
}
