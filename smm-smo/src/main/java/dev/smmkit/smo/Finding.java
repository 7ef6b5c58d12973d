package dev.smmkit.smo;

import java.util.Objects;

/**
 * One rule's result in a report.
 *
 * @param ruleId the rule's id
 * @param category the rule's category
 * @param status pass, warn, fail, not applicable or error
 * @param weight the rule's weight under the profile
 * @param score the share of the rule's points kept, 0 to 1
 * @param pointsLost points of the 0-100 score lost to this rule: {@code 100 x weight x (1 - score)
 *     / total weight of applicable rules}; 0 for pass, not applicable and error
 * @param evidence what was found (an element, a value, a count)
 * @param message the finding in the report's language
 * @param advice what to do, in the report's language; empty when the rule passed
 *     <p>Immutable and thread-safe.
 */
public record Finding(
    String ruleId,
    Category category,
    Status status,
    double weight,
    double score,
    double pointsLost,
    String evidence,
    String message,
    String advice) {
  /**
   * Validates.
   *
   * @param ruleId see the record component
   * @param category see the record component
   * @param status see the record component
   * @param weight see the record component
   * @param score see the record component
   * @param pointsLost see the record component
   * @param evidence see the record component
   * @param message see the record component
   * @param advice see the record component
   */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(advice, "advice");
  }
}
