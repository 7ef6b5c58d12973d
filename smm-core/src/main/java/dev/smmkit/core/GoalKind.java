package dev.smmkit.core;

/**
 * The two kinds of goals the documents name (DOMAIN.md §4).
 *
 * <p>Immutable and thread-safe.
 */
public enum GoalKind {
  /** Inform the target audience, get feedback, form loyalty; expressed in percent. */
  COMMUNICATIVE,
  /** Raise sales, lower promotion cost, win market share. */
  ECONOMIC;
}
