package dev.smmkit.core;

/**
 * Whether a promotion method is allowed, and by whom it is forbidden.
 *
 * <p>Immutable and thread-safe.
 */
public enum Legality {
  /** Officially allowed by the networks and the law. */
  ALLOWED,
  /** Forbidden by the networks' rules; the group is blocked if detected. */
  AGAINST_PLATFORM_RULES,
  /** Forbidden by law. */
  AGAINST_LAW;
}
