package dev.smmkit.smo.internal;

import dev.smmkit.smo.Outcome;
import dev.smmkit.smo.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The messages a rule declares: its id and every bundle key it renders ({@code pass}, {@code warn},
 * {@code fail}, {@code advice}, its evidence texts and phrases, and the shared {@link Evidence}
 * keys it uses), each with its typed placeholders.
 *
 * <p>Built-in rules make their outcomes here, and {@link #check(Outcome)} verifies each outcome
 * against the declaration: the arguments are exactly the placeholders of the keys that the engine
 * will render for it (the message of its status, the advice for warn and fail, its evidence and any
 * phrases), with the declared types. A test renders every declared key in every language.
 */
public final class RuleMessages {
  private final String ruleId;
  private final Map<String, MessageKey> keys;

  private RuleMessages(String ruleId, Map<String, MessageKey> keys) {
    this.ruleId = ruleId;
    this.keys = Map.copyOf(keys);
    this.ordered = List.copyOf(keys.values());
  }

  private final List<MessageKey> ordered;

  /**
   * A declaration for a rule.
   *
   * @param ruleId the rule's id
   * @return a builder
   */
  public static Builder of(String ruleId) {
    return new Builder(ruleId);
  }

  /**
   * The rule's id.
   *
   * @return the id
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Every key the rule renders, its own and the shared ones, in declaration order.
   *
   * @return the keys
   */
  public List<MessageKey> keys() {
    return ordered;
  }

  private String prefix() {
    return "rule." + ruleId + ".";
  }

  private MessageKey evidenceKey(String name) {
    MessageKey k = keys.get(prefix() + "evidence." + name);
    if (k == null) {
      k = keys.get(name);
    }
    if (k == null) {
      throw new MessageDeclarationException(ruleId, name, "evidence not declared");
    }
    return k;
  }

  /**
   * A pass.
   *
   * @param evidence the name of a declared evidence text, or a shared {@link Evidence} key
   * @param args the arguments as name, value pairs
   * @return the outcome, checked
   */
  public Outcome pass(String evidence, Object... args) {
    return make(Status.PASS, 1.0, evidence, args);
  }

  /**
   * A partial pass.
   *
   * @param score the share of points kept, strictly between 0 and 1
   * @param evidence the name of a declared evidence text, or a shared {@link Evidence} key
   * @param args the arguments as name, value pairs
   * @return the outcome, checked
   */
  public Outcome warn(double score, String evidence, Object... args) {
    return make(Status.WARN, score, evidence, args);
  }

  /**
   * A failure.
   *
   * @param evidence the name of a declared evidence text, or a shared {@link Evidence} key
   * @param args the arguments as name, value pairs
   * @return the outcome, checked
   */
  public Outcome fail(String evidence, Object... args) {
    return make(Status.FAIL, 0.0, evidence, args);
  }

  /**
   * The rule does not apply.
   *
   * @param evidence the reason: a declared evidence text or a shared {@link Evidence} key
   * @param args the arguments as name, value pairs
   * @return the outcome, checked
   */
  public Outcome notApplicable(String evidence, Object... args) {
    return make(Status.NOT_APPLICABLE, 0.0, evidence, args);
  }

  /**
   * Phrases of this rule, for a {@link Placeholder.Type#PHRASES} argument.
   *
   * @param names the phrases' names, declared with {@link Builder#phrase}
   * @return the value
   */
  public Phrases phrases(List<String> names) {
    List<String> full = new ArrayList<>();
    for (String n : names) {
      String key = prefix() + "phrase." + n;
      if (!keys.containsKey(key)) {
        throw new MessageDeclarationException(ruleId, key, "phrase not declared");
      }
      full.add(key);
    }
    return new Phrases(full);
  }

  private Outcome make(Status status, double score, String evidence, Object... args) {
    if (args.length % 2 != 0) {
      throw new MessageDeclarationException(ruleId, evidence, "name, value pairs expected");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      @Nullable Object v = args[i + 1];
      if (v == null) {
        throw new MessageDeclarationException(ruleId, evidence, "argument " + args[i] + " is null");
      }
      m.put(String.valueOf(args[i]), v);
    }
    MessageKey ev = evidenceKey(evidence);
    String english = Bundles.text(Bundles.forLocale(Locale.ENGLISH), ev.key(), m);
    Outcome o = new Outcome(status, score, english == null ? "" : english, m, ev.key());
    check(o);
    return o;
  }

  /**
   * Checks an outcome against the declaration.
   *
   * @param o the outcome
   * @return the outcome
   * @throws MessageDeclarationException when a key is not declared or the arguments are not exactly
   *     the placeholders of the keys rendered for it, with their types
   */
  public Outcome check(Outcome o) {
    List<MessageKey> rendered = new ArrayList<>();
    switch (o.status()) {
      case PASS -> rendered.add(require(prefix() + "pass"));
      case WARN -> {
        MessageKey warn = keys.get(prefix() + "warn");
        rendered.add(warn != null ? warn : require(prefix() + "fail"));
        rendered.add(require(prefix() + "advice"));
      }
      case FAIL -> {
        rendered.add(require(prefix() + "fail"));
        rendered.add(require(prefix() + "advice"));
      }
      default -> {
        // not applicable: only the reason is rendered
      }
    }
    if (o.evidenceKey().isEmpty()) {
      throw new MessageDeclarationException(ruleId, prefix() + "evidence", "no evidence key");
    }
    rendered.add(require(o.evidenceKey()));
    for (Object v : o.args().values()) {
      if (v instanceof Phrases p) {
        p.keys().forEach(k -> rendered.add(require(k)));
      }
    }
    Map<String, Placeholder> expected = new LinkedHashMap<>();
    for (MessageKey k : rendered) {
      k.placeholders().forEach(p -> expected.putIfAbsent(p.name(), p));
    }
    String what = o.status() + " " + rendered.stream().map(MessageKey::key).toList();
    if (!expected.keySet().equals(o.args().keySet())) {
      Set<String> missing = new TreeSet<>(expected.keySet());
      missing.removeAll(o.args().keySet());
      Set<String> extra = new TreeSet<>(o.args().keySet());
      extra.removeAll(expected.keySet());
      throw new MessageDeclarationException(
          ruleId, what, "arguments missing " + missing + ", not used " + extra);
    }
    for (Placeholder p : expected.values()) {
      Object v = o.args().get(p.name());
      if (!p.type().accepts(v)) {
        throw new MessageDeclarationException(
            ruleId,
            what,
            "argument "
                + p.name()
                + " must be "
                + p.type()
                + " (was "
                + v.getClass().getSimpleName()
                + " "
                + v
                + ")");
      }
    }
    return o;
  }

  private MessageKey require(String key) {
    MessageKey k = keys.get(key);
    if (k == null) {
      throw new MessageDeclarationException(ruleId, key, "not declared");
    }
    return k;
  }

  @Override
  public String toString() {
    return "RuleMessages[" + ruleId + ", " + ordered.size() + " keys]";
  }

  /** Declares a rule's keys; {@link #build()} checks the declaration. */
  public static final class Builder {
    private final String ruleId;
    private final Map<String, MessageKey> keys = new LinkedHashMap<>();

    private Builder(String ruleId) {
      this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    }

    private Builder own(String suffix, Placeholder... placeholders) {
      return add(MessageKey.of("rule." + ruleId + "." + suffix, placeholders));
    }

    private Builder add(MessageKey k) {
      if (keys.putIfAbsent(k.key(), k) != null) {
        throw new MessageDeclarationException(ruleId, k.key(), "declared twice");
      }
      return this;
    }

    /**
     * The pass message.
     *
     * @param placeholders its placeholders
     * @return this builder
     */
    public Builder pass(Placeholder... placeholders) {
      return own("pass", placeholders);
    }

    /**
     * The warn message; without one, warnings show the fail message.
     *
     * @param placeholders its placeholders
     * @return this builder
     */
    public Builder warn(Placeholder... placeholders) {
      return own("warn", placeholders);
    }

    /**
     * The fail message.
     *
     * @param placeholders its placeholders
     * @return this builder
     */
    public Builder fail(Placeholder... placeholders) {
      return own("fail", placeholders);
    }

    /**
     * The advice, shown with warnings and failures.
     *
     * @param placeholders its placeholders
     * @return this builder
     */
    public Builder advice(Placeholder... placeholders) {
      return own("advice", placeholders);
    }

    /**
     * An evidence text of this rule, key {@code rule.<id>.evidence.<name>}.
     *
     * @param name the name
     * @param placeholders its placeholders
     * @return this builder
     */
    public Builder evidence(String name, Placeholder... placeholders) {
      return own("evidence." + name, placeholders);
    }

    /**
     * A phrase of this rule, key {@code rule.<id>.phrase.<name>}, for a {@link
     * Placeholder.Type#PHRASES} argument.
     *
     * @param name the name
     * @param placeholders its placeholders
     * @return this builder
     */
    public Builder phrase(String name, Placeholder... placeholders) {
      return own("phrase." + name, placeholders);
    }

    /**
     * Shared keys this rule uses.
     *
     * @param shared keys from {@link Evidence}
     * @return this builder
     */
    public Builder uses(MessageKey... shared) {
      for (MessageKey k : shared) {
        add(k);
      }
      return this;
    }

    /**
     * Checks and builds.
     *
     * @return the declaration
     * @throws MessageDeclarationException when pass, advice, or both warn and fail are missing, or
     *     one placeholder name has two types
     */
    public RuleMessages build() {
      String prefix = "rule." + ruleId + ".";
      for (String s : List.of("pass", "advice")) {
        if (!keys.containsKey(prefix + s)) {
          throw new MessageDeclarationException(ruleId, prefix + s, "missing");
        }
      }
      if (!keys.containsKey(prefix + "warn") && !keys.containsKey(prefix + "fail")) {
        throw new MessageDeclarationException(ruleId, prefix + "fail", "missing (and no warn)");
      }
      Map<String, Placeholder> seen = new LinkedHashMap<>();
      for (MessageKey k : keys.values()) {
        for (Placeholder p : k.placeholders()) {
          Placeholder before = seen.putIfAbsent(p.name(), p);
          if (before != null && before.type() != p.type()) {
            throw new MessageDeclarationException(
                ruleId, k.key(), "placeholder " + p.name() + " declared with two types");
          }
        }
      }
      return new RuleMessages(ruleId, keys);
    }
  }
}
