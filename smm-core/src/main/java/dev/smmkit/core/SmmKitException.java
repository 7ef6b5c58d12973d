package dev.smmkit.core;

/**
 * The root of every exception SMMKit throws on purpose.
 *
 * <p>Callers that want to catch "anything the library rejected" catch this type. Subtypes carry
 * structured fields (field path, rejected value, rule) so that programs never have to parse the
 * message.
 *
 * <p>Thread-safe: its fields are final and set before it is thrown.
 */
public class SmmKitException extends RuntimeException {
  @java.io.Serial private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message the message, in the form {@code Type.field: rule (was value)}
   */
  public SmmKitException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message the message, in the form {@code Type.field: rule (was value)}
   * @param cause the underlying cause
   */
  public SmmKitException(String message, Throwable cause) {
    super(message, cause);
  }
}
