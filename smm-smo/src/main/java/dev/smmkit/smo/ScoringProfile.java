package dev.smmkit.smo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.smmkit.core.ValidationException;
import dev.smmkit.core.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A named set of rule weights and parameter values. Rules a profile does not mention run with their
 * default weight and parameters; weight 0 switches a rule off.
 *
 * <p>Built-in profiles: {@code global} (the default for pages), {@code ru-market} (VKontakte,
 * Odnoklassniki and Telegram sharing weigh more, Pinterest-style bookmarking less), {@code
 * vi-market} (Facebook and Zalo sharing), and one per major platform for content pieces: {@code
 * content-facebook}, {@code content-instagram}, {@code content-x}, {@code content-vkontakte},
 * {@code content-odnoklassniki}, {@code content-telegram}, {@code content-tiktok}, {@code
 * content-youtube}, {@code content-linkedin}, {@code content-pinterest}.
 *
 * <p>JSON form: <code>
 * {"name":"my-site","extends":"global","description":"...","weights":{"share.buttons":4},
 * "parameters":{"title.length":{"max":60}}}</code>. Unknown keys are an error; weights must be at
 * least 0; parameter values are range-checked when an engine is built with the profile.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScoringProfile {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  private static final List<String> BUILT_IN =
      List.of(
          "global",
          "ru-market",
          "vi-market",
          "content-facebook",
          "content-instagram",
          "content-x",
          "content-vkontakte",
          "content-odnoklassniki",
          "content-telegram",
          "content-tiktok",
          "content-youtube",
          "content-linkedin",
          "content-pinterest");
  private static final Set<String> KEYS =
      Set.of("name", "extends", "description", "weights", "parameters");

  private final String name;
  private final String description;
  private final Map<String, Double> weights;
  private final Map<String, Map<String, Double>> parameters;

  private ScoringProfile(
      String name,
      String description,
      Map<String, Double> weights,
      Map<String, Map<String, Double>> parameters) {
    this.name = name;
    this.description = description;
    this.weights = Map.copyOf(weights);
    Map<String, Map<String, Double>> p = new LinkedHashMap<>();
    parameters.forEach((k, v) -> p.put(k, Map.copyOf(v)));
    this.parameters = Map.copyOf(p);
  }

  /**
   * The global default profile.
   *
   * @return the profile
   */
  public static ScoringProfile defaults() {
    return builtIn("global");
  }

  /**
   * A built-in profile by name.
   *
   * @param name one of {@link #builtInNames()}
   * @return the profile
   * @throws ValidationException naming the valid names when there is no such profile
   */
  public static ScoringProfile builtIn(String name) {
    Objects.requireNonNull(name, "name");
    if (!BUILT_IN.contains(name)) {
      throw ValidationException.of(
          "ScoringProfile.name", name, "OneOf", "must be one of " + String.join(", ", BUILT_IN));
    }
    try (InputStream in =
        ScoringProfile.class.getResourceAsStream("/dev/smmkit/smo/profiles/" + name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("missing built-in profile resource " + name);
      }
      return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The content profile for a platform: {@code content-<platform id>} when built in, else {@code
   * global}.
   *
   * @param platform the platform
   * @return the profile
   */
  public static ScoringProfile forPlatform(dev.smmkit.core.Platform platform) {
    String n = "content-" + platform.id();
    return BUILT_IN.contains(n) ? builtIn(n) : defaults();
  }

  /**
   * The names of the built-in profiles.
   *
   * @return the names
   */
  public static List<String> builtInNames() {
    return BUILT_IN;
  }

  /**
   * Reads a profile from JSON. {@code extends} names a built-in profile whose weights and
   * parameters this one overrides.
   *
   * @param json the JSON text
   * @return the profile
   * @throws ValidationException listing every problem: unknown keys, negative weights, values that
   *     are not numbers
   */
  public static ScoringProfile fromJson(String json) {
    Objects.requireNonNull(json, "json");
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw ValidationException.of(
          "ScoringProfile",
          abbreviate(json),
          "Json",
          "is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw ValidationException.of(
          "ScoringProfile", abbreviate(json), "Json", "must be a JSON object");
    }
    List<Violation> v = new ArrayList<>();
    for (Map.Entry<String, JsonNode> property : root.properties()) {
      String key = property.getKey();
      if (!KEYS.contains(key)) {
        v.add(
            new Violation(
                "ScoringProfile." + key,
                key,
                "Unknown",
                "is not a profile key; use " + String.join(", ", new java.util.TreeSet<>(KEYS))));
      }
    }
    String name = root.path("name").asText("");
    if (name.isBlank()) {
      v.add(new Violation("ScoringProfile.name", name, "NotBlank", "must not be blank"));
    }
    Builder b = builder(name.isBlank() ? "?" : name);
    if (root.has("extends")) {
      String base = root.get("extends").asText("");
      if (!BUILT_IN.contains(base)) {
        v.add(
            new Violation(
                "ScoringProfile.extends",
                base,
                "OneOf",
                "must be one of " + String.join(", ", BUILT_IN)));
      } else {
        ScoringProfile parent = builtIn(base);
        b.weights.putAll(parent.weights);
        parent.parameters.forEach((k, m) -> b.parameters.put(k, new LinkedHashMap<>(m)));
      }
    }
    b.description(root.path("description").asText(""));
    JsonNode weights = root.path("weights");
    if (!weights.isMissingNode()) {
      if (!weights.isObject()) {
        v.add(
            new Violation(
                "ScoringProfile.weights",
                weights.toString(),
                "Object",
                "must be an object of rule id to weight"));
      } else {
        for (Map.Entry<String, JsonNode> e : weights.properties()) {
          JsonNode w = e.getValue();
          if (!w.isNumber() || !(w.asDouble() >= 0) || Double.isInfinite(w.asDouble())) {
            v.add(
                new Violation(
                    "ScoringProfile.weights." + e.getKey(),
                    raw(w),
                    "Min",
                    "must be a finite number >= 0"));
          } else {
            b.weights.put(e.getKey(), w.asDouble());
          }
        }
      }
    }
    JsonNode params = root.path("parameters");
    if (!params.isMissingNode()) {
      if (!params.isObject()) {
        v.add(
            new Violation(
                "ScoringProfile.parameters",
                params.toString(),
                "Object",
                "must be an object of rule id to parameters"));
      } else {
        for (Map.Entry<String, JsonNode> rule : params.properties()) {
          if (!rule.getValue().isObject()) {
            v.add(
                new Violation(
                    "ScoringProfile.parameters." + rule.getKey(),
                    rule.getValue().toString(),
                    "Object",
                    "must be an object of parameter name to number"));
            continue;
          }
          for (Map.Entry<String, JsonNode> e : rule.getValue().properties()) {
            if (!e.getValue().isNumber()) {
              v.add(
                  new Violation(
                      "ScoringProfile.parameters." + rule.getKey() + "." + e.getKey(),
                      raw(e.getValue()),
                      "Number",
                      "must be a number"));
            } else {
              b.parameter(rule.getKey(), e.getKey(), e.getValue().asDouble());
            }
          }
        }
      }
    }
    if (!v.isEmpty()) {
      throw new ValidationException(v);
    }
    return b.build();
  }

  private static Object raw(JsonNode n) {
    return n.isTextual() ? n.asText() : n.isNumber() ? n.numberValue() : n.toString();
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  /**
   * A builder for a new profile.
   *
   * @param name the profile's name
   * @return the builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * A builder that starts from this profile.
   *
   * @param newName the new profile's name
   * @return the builder
   */
  public Builder toBuilder(String newName) {
    Builder b = new Builder(newName);
    b.description = description;
    b.weights.putAll(weights);
    parameters.forEach((k, m) -> b.parameters.put(k, new LinkedHashMap<>(m)));
    return b;
  }

  /**
   * The name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The description.
   *
   * @return the description, possibly empty
   */
  public String description() {
    return description;
  }

  /**
   * The weight of a rule under this profile.
   *
   * @param rule the rule
   * @return the profile's weight, or the rule's default
   */
  public double weight(SmoRule rule) {
    return weights.getOrDefault(rule.id(), rule.defaultWeight());
  }

  /**
   * The weights this profile sets, by rule id.
   *
   * @return the weights, sorted by id
   */
  public Map<String, Double> weights() {
    return new TreeMap<>(weights);
  }

  /**
   * The parameter values this profile sets, by rule id, then parameter name.
   *
   * @return the values, sorted by id
   */
  public Map<String, Map<String, Double>> parameters() {
    return new TreeMap<>(parameters);
  }

  /**
   * The profile as JSON, readable by {@link #fromJson(String)}.
   *
   * @return the JSON text
   */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("name", name);
    if (!description.isEmpty()) {
      root.put("description", description);
    }
    ObjectNode w = root.putObject("weights");
    weights().forEach(w::put);
    ObjectNode p = root.putObject("parameters");
    parameters()
        .forEach(
            (rule, values) -> {
              ObjectNode r = p.putObject(rule);
              new TreeMap<>(values).forEach(r::put);
            });
    return root.toPrettyString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoringProfile p
        && name.equals(p.name)
        && description.equals(p.description)
        && weights.equals(p.weights)
        && parameters.equals(p.parameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, weights, parameters);
  }

  @Override
  public String toString() {
    return "ScoringProfile["
        + name
        + ", "
        + weights.size()
        + " weights, "
        + parameters.size()
        + " rules with parameters]";
  }

  /**
   * Builds a profile.
   *
   * <p>Not thread-safe: use one builder per thread; {@code build()} returns an immutable value.
   */
  public static final class Builder {
    private final String name;
    private String description = "";
    private final Map<String, Double> weights = new LinkedHashMap<>();
    private final Map<String, Map<String, Double>> parameters = new LinkedHashMap<>();

    private Builder(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw ValidationException.of("ScoringProfile.name", name, "NotBlank", "must not be blank");
      }
      this.name = name;
    }

    /**
     * Sets the description.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets a rule's weight; 0 switches it off.
     *
     * @param ruleId the rule's id
     * @param weight the weight, finite and at least 0
     * @return this builder
     * @throws ValidationException when the weight is negative or not finite
     */
    public Builder weight(String ruleId, double weight) {
      Objects.requireNonNull(ruleId, "ruleId");
      if (!(weight >= 0) || Double.isInfinite(weight)) {
        throw ValidationException.of(
            "ScoringProfile.weights." + ruleId, weight, "Min", "must be a finite number >= 0");
      }
      weights.put(ruleId, weight);
      return this;
    }

    /**
     * Sets a rule parameter; the range is checked when an engine is built.
     *
     * @param ruleId the rule's id
     * @param parameter the parameter's name
     * @param value the value
     * @return this builder
     */
    public Builder parameter(String ruleId, String parameter, double value) {
      Objects.requireNonNull(ruleId, "ruleId");
      Objects.requireNonNull(parameter, "parameter");
      parameters.computeIfAbsent(ruleId, k -> new LinkedHashMap<>()).put(parameter, value);
      return this;
    }

    /**
     * Builds the profile.
     *
     * @return the profile
     */
    public ScoringProfile build() {
      return new ScoringProfile(name, description, weights, parameters);
    }
  }
}
