package dev.smmkit.core;

import dev.smmkit.core.internal.BeanValidation;
import dev.smmkit.core.internal.Messages;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects every broken rule of one object so that they are reported together.
 *
 * <p>Used by value types and builders in SMMKit modules, and available to callers who build their
 * own validated types: {@code new Violations("Campaign").check(...).throwIfAny()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Violations {
  private final String owner;
  private final List<Violation> found = new ArrayList<>();

  /**
   * Starts collecting for a type.
   *
   * @param owner the type name that prefixes every path, such as {@code Campaign}
   */
  public Violations(String owner) {
    this.owner = owner;
  }

  /**
   * Records a violation when a condition does not hold.
   *
   * @param ok the condition that must hold
   * @param field the field name, relative to the owner
   * @param value the value checked
   * @param rule the stable rule id
   * @param message the human-readable rule
   * @return this collector
   */
  public Violations check(
      boolean ok, String field, @Nullable Object value, String rule, String message) {
    if (!ok) {
      add(field, value, rule, message);
    }
    return this;
  }

  /**
   * Records a {@code NotNull} violation when a value is missing, with the message in the current
   * validation locale's language.
   *
   * @param field the field name, relative to the owner
   * @param value the value
   * @return this collector
   */
  public Violations notNull(String field, @Nullable Object value) {
    return check(
        value != null,
        field,
        null,
        "NotNull",
        Messages.text(
            BeanValidation.currentLocale(),
            "jakarta.validation.constraints.NotNull.message",
            java.util.Map.of()));
  }

  /**
   * Records a violation unconditionally.
   *
   * @param field the field name, relative to the owner
   * @param value the rejected value
   * @param rule the stable rule id
   * @param message the human-readable rule
   * @return this collector
   */
  public Violations add(String field, @Nullable Object value, String rule, String message) {
    found.add(new Violation(owner + "." + field, value, rule, message));
    return this;
  }

  /**
   * Whether nothing has been recorded.
   *
   * @return true when there are no violations
   */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /**
   * Throws a {@link ValidationException} listing everything recorded, if anything was.
   *
   * @throws ValidationException when at least one violation was recorded
   */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new ValidationException(found);
    }
  }
}
