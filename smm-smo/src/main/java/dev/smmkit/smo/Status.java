package dev.smmkit.smo;

/**
 * The outcome of one rule on one subject.
 *
 * <p>Immutable and thread-safe.
 */
public enum Status {
  /** The subject meets the rule: no points lost. */
  PASS,
  /** Partly met: some points lost. */
  WARN,
  /** Not met: all of the rule's points lost. */
  FAIL,
  /** The rule does not apply (for example spam protection on a page without comments). */
  NOT_APPLICABLE,
  /** The rule threw; it is left out of the score and the report is flagged partial. */
  ERROR
}
