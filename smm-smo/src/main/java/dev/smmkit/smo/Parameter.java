package dev.smmkit.smo;

import dev.smmkit.core.ValidationException;
import java.util.Objects;

/**
 * A typed, range-checked rule parameter.
 *
 * @param name the parameter's name, unique within its rule
 * @param defaultValue the value used when a profile does not set one
 * @param min the smallest allowed value
 * @param max the largest allowed value
 * @param description what the parameter means, for documentation
 *     <p>Immutable and thread-safe.
 */
public record Parameter(
    String name, double defaultValue, double min, double max, String description) {

  /**
   * Validates.
   *
   * @throws ValidationException when the default lies outside {@code [min, max]}
   * @param name see the record component
   * @param defaultValue see the record component
   * @param min see the record component
   * @param max see the record component
   * @param description see the record component
   */
  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    if (!(min <= max) || !(defaultValue >= min && defaultValue <= max)) {
      throw ValidationException.of(
          "Parameter." + name, defaultValue, "Range", "must be between " + min + " and " + max);
    }
  }

  /**
   * A parameter.
   *
   * @param name name
   * @param defaultValue default
   * @param min smallest allowed value
   * @param max largest allowed value
   * @param description meaning
   * @return the parameter
   */
  public static Parameter of(
      String name, double defaultValue, double min, double max, String description) {
    return new Parameter(name, defaultValue, min, max, description);
  }

  /**
   * Checks a value against the range.
   *
   * @param ruleId the rule, for the message
   * @param value the value
   * @return the value
   * @throws ValidationException naming rule, parameter, value and range when out of range
   */
  public double check(String ruleId, double value) {
    if (!(value >= min && value <= max)) {
      throw ValidationException.of(
          ruleId + "." + name, value, "Range", "must be between " + min + " and " + max);
    }
    return value;
  }
}
