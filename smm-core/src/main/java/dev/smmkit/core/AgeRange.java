package dev.smmkit.core;

import dev.smmkit.core.internal.Checks;

/**
 * An inclusive range of ages in years.
 *
 * @param min the youngest age, 0 to 150
 * @param max the oldest age, {@code min} to 150
 *     <p>Immutable and thread-safe.
 */
public record AgeRange(int min, int max) {

  /**
   * Validates the range.
   *
   * @param min the youngest age
   * @param max the oldest age
   * @throws ValidationException if an age is outside 0..150 or min exceeds max
   */
  public AgeRange {
    Checks c = Checks.of("AgeRange");
    c.check(min >= 0 && min <= 150, "min", min, "Range", "smm.age.range");
    c.check(max >= 0 && max <= 150, "max", max, "Range", "smm.age.range");
    c.check(min <= max, "max", max, "AgeOrder", "smm.ageRange.order");
    c.throwIfAny();
  }

  /**
   * Whether an age is inside the range.
   *
   * @param age an age in years
   * @return true when {@code min <= age <= max}
   */
  public boolean contains(int age) {
    return age >= min && age <= max;
  }

  @Override
  public String toString() {
    return min + "-" + max;
  }
}
