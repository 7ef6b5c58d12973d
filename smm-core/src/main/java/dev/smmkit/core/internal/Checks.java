package dev.smmkit.core.internal;

import dev.smmkit.core.ValidationException;
import dev.smmkit.core.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Collects localized violations of one object: Bean Validation results plus cross-field rules. */
public final class Checks {
  private final String owner;
  private final Locale locale;
  private final List<Violation> found = new ArrayList<>();

  /**
   * Starts collecting.
   *
   * @param owner the type name prefixing every path
   * @param locale the message locale
   */
  public Checks(String owner, Locale locale) {
    this.owner = owner;
    this.locale = locale;
  }

  /**
   * Starts collecting in the current validation locale.
   *
   * @param owner the type name prefixing every path
   * @return the collector
   */
  public static Checks of(String owner) {
    return new Checks(owner, BeanValidation.currentLocale());
  }

  /**
   * The locale of the messages.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Adds Bean Validation's findings for a candidate object.
   *
   * @param candidate the constructed candidate
   * @return this
   */
  public Checks bean(Object candidate) {
    found.addAll(BeanValidation.validate(candidate, owner, locale));
    return this;
  }

  /**
   * Records a violation with a bundle message when the condition fails.
   *
   * @param ok the condition that must hold
   * @param field the field path relative to the owner
   * @param value the value checked
   * @param rule the stable rule id
   * @param key the message key
   * @return this
   */
  public Checks check(boolean ok, String field, @Nullable Object value, String rule, String key) {
    return check(ok, field, value, rule, key, Map.of());
  }

  /**
   * Records a violation with a bundle message whose {@code {name}} placeholders are filled, when
   * the condition fails.
   *
   * @param ok the condition that must hold
   * @param field the field path relative to the owner
   * @param value the value checked
   * @param rule the stable rule id
   * @param key the message key
   * @param args placeholder values by name
   * @return this
   */
  public Checks check(
      boolean ok,
      String field,
      @Nullable Object value,
      String rule,
      String key,
      Map<String, ?> args) {
    if (!ok) {
      found.add(new Violation(owner + "." + field, value, rule, Messages.text(locale, key, args)));
    }
    return this;
  }

  /**
   * Adds violations found elsewhere.
   *
   * @param violations the violations
   * @return this
   */
  public Checks addAll(Collection<Violation> violations) {
    found.addAll(violations);
    return this;
  }

  /**
   * Throws when anything was recorded.
   *
   * @throws ValidationException listing every violation
   */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new ValidationException(found);
    }
  }

  /**
   * Copies a list, keeping null elements so that validation can report them.
   *
   * @param list the list; null gives an empty list
   * @param <T> the element type
   * @return an unmodifiable copy
   */
  public static <T> List<T> copy(@Nullable List<T> list) {
    if (list == null) {
      return List.of();
    }
    return java.util.Collections.unmodifiableList(new ArrayList<>(list));
  }

  /**
   * Rejects a null argument of a builder setter at once.
   *
   * @param owner the type name
   * @param field the field
   * @param value the argument
   * @param <T> the argument type
   * @return the argument
   * @throws ValidationException when the argument is null
   */
  public static <T> T notNull(String owner, String field, @Nullable T value) {
    if (value == null) {
      throw new ValidationException(
          List.of(
              new Violation(
                  owner + "." + field,
                  null,
                  "NotNull",
                  Messages.text(
                      BeanValidation.currentLocale(),
                      "jakarta.validation.constraints.NotNull.message",
                      Map.of()))));
    }
    return value;
  }
}
