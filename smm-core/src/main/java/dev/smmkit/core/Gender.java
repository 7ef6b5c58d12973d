package dev.smmkit.core;

/**
 * A persona's gender, when the target audience has one.
 *
 * <p>Immutable and thread-safe.
 */
public enum Gender {
  /** Women. */
  FEMALE,
  /** Men. */
  MALE,
  /** Another or unspecified gender. */
  OTHER;
}
