package dev.smmkit.smo;

import dev.smmkit.core.SmmKitException;

/**
 * Input the SMO engine cannot analyse: empty, binary, or refused by a limit. The message starts
 * with the input's name and says which rule or limit refused it.
 *
 * <p>Thread-safe: its fields are final and set before it is thrown.
 */
public final class SmoInputException extends SmmKitException {
  @java.io.Serial private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was wrong, naming the input
   */
  public SmoInputException(String message) {
    super(message);
  }
}
