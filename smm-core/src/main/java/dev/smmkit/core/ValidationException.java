package dev.smmkit.core;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Bad input: one or more {@link Violation}s, all reported at once.
 *
 * <p>Thrown by builders, factories and metric functions at the boundary, before any object is built
 * or any number is computed. The message lists every violation, one per line, as {@code path:
 * message (was value)}.
 *
 * <p>Thread-safe: its fields are final and set before it is thrown.
 */
public final class ValidationException extends SmmKitException {
  @java.io.Serial private static final long serialVersionUID = 1L;

  /** Every violation, in the order found; not serialized. */
  private final transient List<Violation> violations;

  /**
   * Creates an exception listing every violation.
   *
   * @param violations the violations; must not be empty
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public ValidationException(List<Violation> violations) {
    super(render(violations));
    this.violations = List.copyOf(violations);
  }

  /**
   * Creates an exception for a single violation.
   *
   * @param path the property path, such as {@code Money.amount}
   * @param rejectedValue the rejected value, or {@code null} when it was missing
   * @param rule the stable rule id
   * @param message the human-readable rule
   * @return the exception (not thrown)
   */
  public static ValidationException of(
      String path, @Nullable Object rejectedValue, String rule, String message) {
    return new ValidationException(List.of(new Violation(path, rejectedValue, rule, message)));
  }

  /**
   * Returns every violation, in the order they were found.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Violation> violations() {
    return violations;
  }

  private static String render(List<Violation> violations) {
    Objects.requireNonNull(violations, "violations");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one violation");
    }
    return violations.stream().map(Violation::describe).collect(Collectors.joining("\n"));
  }
}
