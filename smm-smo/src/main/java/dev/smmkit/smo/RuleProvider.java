package dev.smmkit.smo;

import java.util.List;

/**
 * A service that contributes rules; found with {@link java.util.ServiceLoader} by {@link
 * SmoEngine.Builder#loadRules()}. Declare it with {@code provides dev.smmkit.smo.RuleProvider with
 * ...} in {@code module-info.java} or in {@code META-INF/services}.
 *
 * <p>Implementations must be thread-safe: the service loader may create and call them on any
 * thread.
 */
public interface RuleProvider {
  /**
   * The rules.
   *
   * @return the rules
   */
  List<SmoRule> rules();
}
