package dev.smmkit.smo;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What every SMO rule has: a stable id, a category, a default weight, typed parameters, and the
 * bundle of its message templates. Implement {@link PageRule} or {@link ContentRule}.
 *
 * <p>Rules must be immutable and stateless: one engine serves many threads. Message keys are {@code
 * rule.<id>.pass}, {@code rule.<id>.fail}, optionally {@code rule.<id>.warn} (falls back to fail)
 * and {@code rule.<id>.advice}; templates use {@code {name}} placeholders filled from {@link
 * Outcome#args()}, plus {@code {evidence}}. An outcome with an {@link Outcome#evidenceKey()} has
 * its evidence rendered from that key of the same bundle (or the engine's), in the report's
 * language. The built-in rules declare every key with its typed placeholders, and each outcome is
 * checked against the declaration when it is made.
 */
public interface SmoRule {
  /**
   * The stable, unique id, such as {@code og.image}.
   *
   * @return the id
   */
  String id();

  /**
   * The category.
   *
   * @return the category
   */
  Category category();

  /**
   * The weight when a profile does not set one; 0 disables the rule.
   *
   * @return the weight, at least 0
   */
  double defaultWeight();

  /**
   * The parameters the rule reads.
   *
   * @return the parameters, possibly empty
   */
  default List<Parameter> parameters() {
    return List.of();
  }

  /**
   * The bundle with this rule's message templates. Rules of other libraries return their own.
   *
   * @param locale the caller's locale
   * @return the bundle
   */
  default ResourceBundle messages(Locale locale) {
    return dev.smmkit.smo.internal.Bundles.forLocale(locale);
  }
}
