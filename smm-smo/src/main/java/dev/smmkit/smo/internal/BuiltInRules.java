package dev.smmkit.smo.internal;

import dev.smmkit.smo.RuleProvider;
import dev.smmkit.smo.SmoRule;
import java.util.ArrayList;
import java.util.List;

/** The built-in page and content rules, provided through {@link java.util.ServiceLoader}. */
public final class BuiltInRules implements RuleProvider {
  private static final List<SmoRule> RULES;

  static {
    List<SmoRule> all = new ArrayList<>(PageRules.all());
    all.addAll(ContentRules.all());
    RULES = List.copyOf(all);
  }

  /** For the service loader. */
  public BuiltInRules() {
    // stateless
  }

  @Override
  public List<SmoRule> rules() {
    return RULES;
  }
}
