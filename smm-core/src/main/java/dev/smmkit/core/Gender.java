package dev.smmkit.core;

/** A persona's gender, when the target audience has one. */
public enum Gender {
  /** Women. */
  FEMALE,
  /** Men. */
  MALE,
  /** Another or unspecified gender. */
  OTHER;
}
