package dev.smmkit.smo;

import java.util.Map;
import java.util.TreeMap;

/**
 * The parameter values a rule runs with: its defaults, overridden by the profile.
 *
 * <p>Immutable and thread-safe.
 */
public final class Parameters {
  private final String ruleId;
  private final Map<String, Double> values;

  Parameters(String ruleId, Map<String, Double> values) {
    this.ruleId = ruleId;
    this.values = Map.copyOf(values);
  }

  /**
   * A parameter's value.
   *
   * @param name the parameter's name
   * @return its value
   * @throws IllegalArgumentException when the rule declares no such parameter
   */
  public double get(String name) {
    Double v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException(ruleId + ": no parameter named " + name);
    }
    return v;
  }

  /**
   * A parameter's value as a whole number.
   *
   * @param name the parameter's name
   * @return its value, rounded towards zero
   */
  public int getInt(String name) {
    return (int) get(name);
  }

  /**
   * All values by name.
   *
   * @return the values, sorted by name
   */
  public Map<String, Double> asMap() {
    return new TreeMap<>(values);
  }

  @Override
  public String toString() {
    return ruleId + asMap();
  }
}
