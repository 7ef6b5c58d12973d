package dev.smmkit.core;

import java.util.Objects;

/**
 * One finding of the {@link PlaybookAdvisor}.
 *
 * @param rule the stable id of the playbook rule, such as {@code budget.minimum}
 * @param severity how much it matters
 * @param path where in the campaign it applies, such as {@code Campaign.monthlyBudget}
 * @param message what is wrong and what to do, in the caller's locale
 *     <p>Immutable and thread-safe.
 */
public record Advice(String rule, Severity severity, String path, String message) {

  /**
   * Validates the components.
   *
   * @param rule the rule id
   * @param severity the severity
   * @param path the path
   * @param message the message
   */
  public Advice {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** How much a finding matters. Immutable and thread-safe. */
  public enum Severity {
    /** Worth knowing; nothing is wrong yet. */
    INFO,
    /** The campaign departs from the playbook; results will suffer. */
    WARNING,
    /** The campaign should not run as it is. */
    CRITICAL
  }

  @Override
  public String toString() {
    return severity + " " + rule + " at " + path + ": " + message;
  }
}
