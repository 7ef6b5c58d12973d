package dev.smmkit.smo;

import java.util.List;

/**
 * A service that contributes rules; found with {@link java.util.ServiceLoader} by {@link
 * SmoEngine.Builder#loadRules()}. Declare it with {@code provides dev.smmkit.smo.RuleProvider with
 * ...} in {@code module-info.java} or in {@code META-INF/services}.
 */
public interface RuleProvider {
  /**
   * The rules.
   *
   * @return the rules
   */
  List<SmoRule> rules();
}
