package dev.smmkit.smo;

import dev.smmkit.core.ContentPiece;
import dev.smmkit.core.Platform;
import dev.smmkit.core.ValidationException;
import dev.smmkit.core.Violation;
import dev.smmkit.smo.internal.Bundles;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The SMO scoring engine: runs page rules on a {@link Page} and content rules on a {@link
 * ContentPiece}, under a {@link ScoringProfile}, and reports a 0-100 score with findings.
 *
 * <p>Immutable and thread-safe: build one engine and share it. A rule that throws becomes an {@link
 * Status#ERROR} finding and the other rules still run. The engine never touches the network.
 *
 * <pre>{@code
 * SmoEngine engine = SmoEngine.defaults();
 * SmoReport report = engine.audit(Page.parse(html, URI.create("https://example.com/post")));
 * report.topFixes(3).forEach(f -> System.out.println(f.message() + ": " + f.advice()));
 * }</pre>
 */
public final class SmoEngine {
  private final List<SmoRule> rules;
  private final ScoringProfile profile;
  private final Locale locale;
  private final Map<String, Parameters> parameters;

  private SmoEngine(List<SmoRule> rules, ScoringProfile profile, Locale locale) {
    this.rules = List.copyOf(rules);
    this.profile = profile;
    this.locale = locale;
    this.parameters = resolveParameters(this.rules, profile);
  }

  /**
   * The built-in rules found by the service loader, the global profile, English messages.
   *
   * @return the engine
   */
  public static SmoEngine defaults() {
    return builder().loadRules().build();
  }

  /**
   * A builder with no rules yet.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * This engine's rules under another profile.
   *
   * @param profile the profile
   * @return a new engine
   * @throws ValidationException when the profile sets a parameter out of range or unknown
   */
  public SmoEngine withProfile(ScoringProfile profile) {
    return new SmoEngine(rules, Objects.requireNonNull(profile, "profile"), locale);
  }

  /**
   * This engine with messages in another language (English, Russian or Vietnamese; others get
   * English).
   *
   * @param locale the locale
   * @return a new engine
   */
  public SmoEngine withLocale(Locale locale) {
    return new SmoEngine(rules, profile, Objects.requireNonNull(locale, "locale"));
  }

  /**
   * The rules, in the order they run.
   *
   * @return the rules
   */
  public List<SmoRule> rules() {
    return rules;
  }

  /**
   * The profile.
   *
   * @return the profile
   */
  public ScoringProfile profile() {
    return profile;
  }

  /**
   * The message locale.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Audits a page with the page rules.
   *
   * @param page the page
   * @return the report, with the page's share metadata
   */
  public SmoReport audit(Page page) {
    Objects.requireNonNull(page, "page");
    return run(
        page.url().toString(),
        PageRule.class,
        r -> ((PageRule) r).check(page, parametersOf(r)),
        page.metadata(),
        page.notes());
  }

  /**
   * Audits a content piece for one platform with the content rules.
   *
   * @param piece the piece
   * @param platform the target platform, whose limits apply
   * @return the report
   */
  public SmoReport audit(ContentPiece piece, Platform platform) {
    Objects.requireNonNull(piece, "piece");
    Objects.requireNonNull(platform, "platform");
    return run(
        piece.id() + " on " + platform.name(),
        ContentRule.class,
        r -> ((ContentRule) r).check(piece, platform, parametersOf(r)),
        null,
        List.of());
  }

  private SmoReport run(
      String subject,
      Class<? extends SmoRule> kind,
      Function<SmoRule, Outcome> check,
      @Nullable ShareMetadata metadata,
      List<String> inputNotes) {
    List<String> notes = new ArrayList<>(inputNotes);
    List<SmoRule> ran = new ArrayList<>();
    List<Outcome> outcomes = new ArrayList<>();
    for (SmoRule rule : rules) {
      if (!kind.isInstance(rule) || profile.weight(rule) == 0) {
        continue;
      }
      Outcome o;
      try {
        o = Objects.requireNonNull(check.apply(rule), "the rule returned null");
        if (o.status() == Status.ERROR) {
          throw new IllegalStateException("a rule may not return ERROR");
        }
        o = bounded(o);
      } catch (RuntimeException | StackOverflowError e) {
        String what =
            e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        notes.add("rule " + rule.id() + " failed: " + what);
        o = new Outcome(Status.ERROR, 0, what, Map.of());
      }
      ran.add(rule);
      outcomes.add(o);
    }
    double total = 0;
    double kept = 0;
    Map<Category, double[]> byCategory = new EnumMap<>(Category.class);
    for (int i = 0; i < ran.size(); i++) {
      Outcome o = outcomes.get(i);
      if (applies(o)) {
        double w = profile.weight(ran.get(i));
        total += w;
        kept += w * o.score();
        double[] c = byCategory.computeIfAbsent(ran.get(i).category(), k -> new double[2]);
        c[0] += w;
        c[1] += w * o.score();
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < ran.size(); i++) {
      SmoRule rule = ran.get(i);
      Outcome o = outcomes.get(i);
      double w = profile.weight(rule);
      double lost = applies(o) && total > 0 ? 100 * w * (1 - o.score()) / total : 0;
      findings.add(finding(rule, o, w, lost));
    }
    Map<Category, Double> categories = new EnumMap<>(Category.class);
    byCategory.forEach((k, v) -> categories.put(k, 100 * v[1] / v[0]));
    double score = total > 0 ? 100 * kept / total : 100;
    return new SmoReport(
        subject,
        profile.name(),
        locale,
        score,
        categories,
        SmoReport.sorted(findings),
        metadata,
        notes);
  }

  private static boolean applies(Outcome o) {
    return o.status() == Status.PASS || o.status() == Status.WARN || o.status() == Status.FAIL;
  }

  /** Longest evidence kept in a finding; page text beyond it is cut with an ellipsis. */
  static final int MAX_EVIDENCE = 300;

  /** Longest message argument kept. */
  static final int MAX_ARG = 200;

  private static Outcome bounded(Outcome o) {
    boolean cut = o.evidence().length() > MAX_EVIDENCE;
    Map<String, Object> args = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : o.args().entrySet()) {
      Object v = e.getValue();
      if (v instanceof CharSequence cs && cs.length() > MAX_ARG) {
        v = cs.subSequence(0, MAX_ARG - 1) + "\u2026";
        cut = true;
      }
      args.put(e.getKey(), v);
    }
    if (!cut) {
      return o;
    }
    String evidence =
        o.evidence().length() > MAX_EVIDENCE
            ? o.evidence().substring(0, MAX_EVIDENCE - 1) + "\u2026"
            : o.evidence();
    return new Outcome(o.status(), o.score(), evidence, args, o.evidenceKey());
  }

  private Finding finding(SmoRule rule, Outcome o, double weight, double lost) {
    ResourceBundle rb = null;
    try {
      rb = rule.messages(locale);
    } catch (RuntimeException e) {
      // a rule's broken bundle falls back to the engine's
    }
    if (rb == null) {
      rb = Bundles.forLocale(locale);
    }
    Map<String, Object> args = new LinkedHashMap<>(o.args());
    String evidence = o.evidence();
    if (!o.evidenceKey().isEmpty()) {
      // The rule's own bundle first, then the engine's, which holds the shared evidence texts.
      String t = Bundles.text(rb, o.evidenceKey(), o.args());
      if (t == null) {
        t = Bundles.text(Bundles.forLocale(locale), o.evidenceKey(), o.args());
      }
      if (t != null) {
        evidence = t.length() > MAX_EVIDENCE ? t.substring(0, MAX_EVIDENCE - 1) + "\u2026" : t;
      }
    }
    args.put("evidence", evidence);
    String prefix = "rule." + rule.id() + ".";
    String message;
    String advice = "";
    switch (o.status()) {
      case PASS -> message = text(rb, prefix + "pass", args, rule.id() + ": " + evidence);
      case WARN ->
          message =
              text(
                  rb,
                  prefix + "warn",
                  args,
                  text(rb, prefix + "fail", args, rule.id() + ": " + evidence));
      case FAIL -> message = text(rb, prefix + "fail", args, rule.id() + ": " + evidence);
      case NOT_APPLICABLE ->
          message =
              text(
                  Bundles.forLocale(locale),
                  "status.na.message",
                  Map.of("rule", rule.id(), "evidence", evidence),
                  rule.id() + ": " + evidence);
      default ->
          message =
              text(
                  Bundles.forLocale(locale),
                  "status.error.message",
                  Map.of("rule", rule.id(), "evidence", evidence),
                  rule.id() + ": " + evidence);
    }
    if (o.status() == Status.WARN || o.status() == Status.FAIL) {
      advice = text(rb, prefix + "advice", args, "");
    }
    return new Finding(
        rule.id(), rule.category(), o.status(), weight, o.score(), lost, evidence, message, advice);
  }

  private static String text(ResourceBundle rb, String key, Map<String, ?> args, String fallback) {
    String t = Bundles.text(rb, key, args);
    return t == null ? fallback : t;
  }

  /** The resolved parameters of one of this engine's rules: every rule has an entry. */
  private Parameters parametersOf(SmoRule rule) {
    Parameters p = parameters.get(rule.id());
    if (p == null) {
      throw new IllegalStateException("no resolved parameters for rule " + rule.id());
    }
    return p;
  }

  private static Map<String, Parameters> resolveParameters(
      List<SmoRule> rules, ScoringProfile profile) {
    List<Violation> v = new ArrayList<>();
    Map<String, Parameters> out = new LinkedHashMap<>();
    Map<String, Map<String, Double>> set = profile.parameters();
    for (SmoRule rule : rules) {
      Map<String, Double> values = new LinkedHashMap<>();
      Map<String, Double> overrides = set.getOrDefault(rule.id(), Map.of());
      for (Parameter p : rule.parameters()) {
        Double o = overrides.get(p.name());
        if (o == null) {
          values.put(p.name(), p.defaultValue());
        } else if (!(o >= p.min() && o <= p.max())) {
          v.add(
              new Violation(
                  "ScoringProfile[" + profile.name() + "].parameters." + rule.id() + "." + p.name(),
                  o,
                  "Range",
                  "must be between " + p.min() + " and " + p.max()));
        } else {
          values.put(p.name(), o);
        }
      }
      for (String name : overrides.keySet()) {
        if (rule.parameters().stream().noneMatch(p -> p.name().equals(name))) {
          v.add(
              new Violation(
                  "ScoringProfile[" + profile.name() + "].parameters." + rule.id() + "." + name,
                  name,
                  "Unknown",
                  "rule " + rule.id() + " has no such parameter"));
        }
      }
      out.put(rule.id(), new Parameters(rule.id(), values));
    }
    if (!v.isEmpty()) {
      throw new ValidationException(v);
    }
    return Map.copyOf(out);
  }

  /**
   * Builds an engine: rules, profile, locale.
   *
   * <p>Not thread-safe: use one builder per thread; {@code build()} returns an immutable value.
   */
  public static final class Builder {
    private final Map<String, SmoRule> rules = new LinkedHashMap<>();
    private final List<Violation> duplicates = new ArrayList<>();
    private @Nullable ScoringProfile profile;
    private Locale locale = Locale.ENGLISH;

    private Builder() {}

    /**
     * Adds every rule of every {@link RuleProvider} the service loader finds.
     *
     * @return this builder
     */
    public Builder loadRules() {
      ServiceLoader<RuleProvider> loader =
          ServiceLoader.load(RuleProvider.class, SmoEngine.class.getClassLoader());
      for (RuleProvider provider : loader) {
        provider.rules().forEach(this::rule);
      }
      return this;
    }

    /**
     * Adds a rule. A second rule with the same id makes {@link #build()} fail.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder rule(SmoRule rule) {
      Objects.requireNonNull(rule, "rule");
      if (!(rule instanceof PageRule) && !(rule instanceof ContentRule)) {
        throw ValidationException.of(
            "SmoEngine.rules." + rule.id(),
            rule.getClass().getName(),
            "Kind",
            "must implement PageRule or ContentRule");
      }
      if (rule.id() == null || !rule.id().matches("[a-z0-9_]+([.-][a-z0-9_]+)*")) {
        throw ValidationException.of(
            "SmoEngine.rules",
            rule.id(),
            "Id",
            "must be lower-case words separated by dots, such as og.image");
      }
      if (rule.category() == null) {
        throw ValidationException.of(
            "SmoEngine.rules." + rule.id() + ".category", null, "NotNull", "must not be null");
      }
      if (!(rule.defaultWeight() >= 0) || Double.isInfinite(rule.defaultWeight())) {
        throw ValidationException.of(
            "SmoEngine.rules." + rule.id() + ".defaultWeight",
            rule.defaultWeight(),
            "Min",
            "must be a finite number >= 0");
      }
      if (rules.putIfAbsent(rule.id(), rule) != null) {
        duplicates.add(
            new Violation(
                "SmoEngine.rules." + rule.id(),
                rule.getClass().getName(),
                "Unique",
                "a rule with this id is already registered"));
      }
      return this;
    }

    /**
     * Removes a rule by id; no effect when absent.
     *
     * @param ruleId the id
     * @return this builder
     */
    public Builder removeRule(String ruleId) {
      rules.remove(Objects.requireNonNull(ruleId, "ruleId"));
      return this;
    }

    /**
     * Sets the profile (default: {@link ScoringProfile#defaults()}).
     *
     * @param profile the profile
     * @return this builder
     */
    public Builder profile(ScoringProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Sets the message locale (default English).
     *
     * @param locale the locale
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Builds the engine.
     *
     * @return the engine
     * @throws ValidationException listing duplicate rule ids, and parameters the profile sets out
     *     of range or unknown
     */
    public SmoEngine build() {
      if (!duplicates.isEmpty()) {
        throw new ValidationException(duplicates);
      }
      return new SmoEngine(
          new ArrayList<>(rules.values()),
          profile == null ? ScoringProfile.defaults() : profile,
          locale);
    }
  }
}
