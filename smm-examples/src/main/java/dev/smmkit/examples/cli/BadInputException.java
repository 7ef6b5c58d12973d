package dev.smmkit.examples.cli;

/** Bad input found by the CLI itself (exit code 3). */
final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }
}
