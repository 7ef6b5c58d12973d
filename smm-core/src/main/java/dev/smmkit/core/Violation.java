package dev.smmkit.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One broken rule: where (property path), what (rejected value) and why (rule id and message).
 *
 * @param path the property path, such as {@code Campaign.budget.amount}
 * @param rejectedValue the value that broke the rule, or {@code null} when the value was missing
 * @param rule a stable rule id such as {@code NotNull}, {@code Min}, {@code currency.same}
 * @param message a human-readable description of the rule, in the caller's locale
 *     <p>Immutable and thread-safe.
 */
public record Violation(String path, @Nullable Object rejectedValue, String rule, String message) {

  /**
   * Validates the components.
   *
   * @param path the property path
   * @param rejectedValue the rejected value, or null
   * @param rule the stable rule id
   * @param message the human-readable rule
   * @throws NullPointerException if path, rule or message is null
   */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Renders this violation as {@code path: message (was value)}.
   *
   * @return the one-line description
   */
  public String describe() {
    return path + ": " + message + " (was " + render(rejectedValue) + ")";
  }

  private static String render(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof CharSequence s) {
      String text = s.toString();
      if (text.length() > 80) {
        text = text.substring(0, 77) + "...";
      }
      return "\"" + text + "\"";
    }
    return String.valueOf(value);
  }
}
