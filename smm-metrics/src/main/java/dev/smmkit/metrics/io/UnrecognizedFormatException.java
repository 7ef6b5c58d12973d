package dev.smmkit.metrics.io;

import dev.smmkit.core.SmmKitException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file in none of the formats SMMKit reads, or a binary one: the message names the file, each
 * format tried and what it missed, such as {@code posts.csv: is not an export SMMKit reads; tried X
 * tweet activity export (missing Tweet id, time), ...}.
 */
public final class UnrecognizedFormatException extends SmmKitException {
  @java.io.Serial private static final long serialVersionUID = 1L;

  /** What each format tried missed; not serialized. */
  private final transient Map<PostFormat, List<String>> missed;

  /**
   * Creates the exception.
   *
   * @param message the whole message, starting with the source name
   * @param missed what each format tried missed, in the order tried (empty for a binary file)
   */
  public UnrecognizedFormatException(String message, Map<PostFormat, List<String>> missed) {
    super(message);
    this.missed = Collections.unmodifiableMap(new LinkedHashMap<>(missed));
  }

  /**
   * What each format tried missed: header columns of a CSV format, or <code>&#123;</code> for JSON
   * Lines.
   *
   * @return an unmodifiable map in the order tried; empty when the input is binary or empty
   */
  public Map<PostFormat, List<String>> missed() {
    return missed;
  }
}
