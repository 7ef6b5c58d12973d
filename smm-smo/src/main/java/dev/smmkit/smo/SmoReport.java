package dev.smmkit.smo;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.smmkit.smo.internal.Bundles;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * The result of an SMO audit: a 0-100 score, sub-scores per category, findings ordered by the
 * points that fixing them would gain, and for a page the share metadata found.
 *
 * <p>Score: {@code 100 x sum(weight x score) / sum(weight)} over the rules that applied (status
 * pass, warn or fail, weight above 0). When no weighted rule applies the score is 100: there is
 * nothing to fix. Rules that threw are left out and flag the report {@linkplain #isPartial()
 * partial}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SmoReport {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String subject;
  private final String profile;
  private final Locale locale;
  private final double score;
  private final Map<Category, Double> categoryScores;
  private final List<Finding> findings;
  private final @Nullable ShareMetadata metadata;
  private final List<String> notes;

  SmoReport(
      String subject,
      String profile,
      Locale locale,
      double score,
      Map<Category, Double> categoryScores,
      List<Finding> findings,
      @Nullable ShareMetadata metadata,
      List<String> notes) {
    this.subject = subject;
    this.profile = profile;
    this.locale = locale;
    this.score = score;
    EnumMap<Category, Double> c = new EnumMap<>(Category.class);
    c.putAll(categoryScores);
    this.categoryScores = Collections.unmodifiableMap(c);
    this.findings = List.copyOf(findings);
    this.metadata = metadata;
    this.notes = List.copyOf(notes);
  }

  /**
   * What was audited: the page URL, or the content piece's id and platform.
   *
   * @return the subject
   */
  public String subject() {
    return subject;
  }

  /**
   * The name of the profile used.
   *
   * @return the profile name
   */
  public String profile() {
    return profile;
  }

  /**
   * The score, 0 to 100, rounded to the nearest whole number (halves up).
   *
   * @return the score
   */
  public int score() {
    return (int) Math.round(score);
  }

  /**
   * The score before rounding.
   *
   * @return the score, 0 to 100
   */
  public double exactScore() {
    return score;
  }

  /**
   * The score of each category that had an applicable rule, 0 to 100, computed like the total over
   * that category's rules.
   *
   * @return the sub-scores in category order
   */
  public Map<Category, Double> categoryScores() {
    return categoryScores;
  }

  /**
   * Every finding, the ones that lose most points first, then by rule id.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * One rule's finding.
   *
   * @param ruleId the rule's id
   * @return the finding, empty when the rule did not run
   */
  public Optional<Finding> finding(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).findFirst();
  }

  /**
   * The findings to fix first: those that lose points, at most {@code n}.
   *
   * @param n how many
   * @return the findings, most points first
   */
  public List<Finding> topFixes(int n) {
    return findings.stream().filter(f -> f.pointsLost() > 0).limit(Math.max(0, n)).toList();
  }

  /**
   * The points that fixing {@link #topFixes(int)} would gain.
   *
   * @param n how many fixes
   * @return the points
   */
  public double gain(int n) {
    return topFixes(n).stream().mapToDouble(Finding::pointsLost).sum();
  }

  /**
   * The share metadata of the page; empty for a content piece.
   *
   * @return the metadata
   */
  public Optional<ShareMetadata> metadata() {
    return Optional.ofNullable(metadata);
  }

  /**
   * Whether the audit is partial: a limit cut the input short, some bytes could not be decoded, or
   * a rule threw.
   *
   * @return true when partial
   */
  public boolean isPartial() {
    return !notes.isEmpty();
  }

  /**
   * Why the report is partial.
   *
   * @return the notes
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * A plain-text rendering in the report's language.
   *
   * @return the text
   */
  public String toText() {
    ResourceBundle b = Bundles.forLocale(locale);
    StringBuilder s = new StringBuilder();
    s.append(label(b, "report.title", "subject", subject, "profile", profile)).append('\n');
    s.append(label(b, "report.score", "score", score())).append('\n');
    if (isPartial()) {
      s.append(label(b, "report.partial", "notes", String.join("; ", notes))).append('\n');
    }
    List<Finding> top = topFixes(3);
    if (!top.isEmpty()) {
      s.append(label(b, "report.top", "count", top.size(), "points", fmt(gain(3)))).append('\n');
      int i = 1;
      for (Finding f : top) {
        s.append("  ")
            .append(i++)
            .append(". +")
            .append(fmt(f.pointsLost()))
            .append(" ")
            .append(f.message());
        if (!f.advice().isEmpty()) {
          s.append(" -> ").append(f.advice());
        }
        s.append('\n');
      }
    }
    s.append(label(b, "report.categories")).append('\n');
    categoryScores.forEach(
        (c, v) ->
            s.append(
                String.format(
                    Locale.ROOT, "  %-28s %5.1f%n", label(b, "category." + c.name()), v)));
    s.append(label(b, "report.findings")).append('\n');
    for (Finding f : findings) {
      s.append(
          String.format(
              Locale.ROOT,
              "  %-14s %-24s %6s  %s",
              label(b, "status." + f.status().name()),
              f.ruleId(),
              f.pointsLost() > 0 ? "-" + fmt(f.pointsLost()) : "",
              f.message()));
      if (!f.evidence().isEmpty()) {
        s.append(" [")
            .append(
                f.evidence().length() > 160 ? f.evidence().substring(0, 157) + "..." : f.evidence())
            .append(']');
      }
      s.append('\n');
    }
    if (metadata != null) {
      s.append(label(b, "report.metadata")).append('\n');
      metadata
          .asMap()
          .forEach(
              (k, v) ->
                  s.append(
                      String.format(
                          Locale.ROOT,
                          "  %-13s %s  (%s)%n",
                          k.name().toLowerCase(Locale.ROOT),
                          v.value(),
                          v.source())));
    }
    return s.toString();
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String label(ResourceBundle b, String key, Object... args) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      m.put(String.valueOf(args[i]), args[i + 1]);
    }
    String t = Bundles.text(b, key, m);
    return t == null ? key : t;
  }

  /**
   * A JSON rendering: stable key order, numbers rounded to 0.1 point. Fields: {@code subject},
   * {@code profile}, {@code score}, {@code partial}, {@code notes}, {@code categories}, {@code
   * findings} (ruleId, category, status, weight, pointsLost, evidence, message, advice) and, for a
   * page, {@code metadata} (field: value and source).
   *
   * @return the JSON text
   */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("subject", subject);
    root.put("profile", profile);
    root.put("score", score());
    root.put("exactScore", round(score));
    root.put("partial", isPartial());
    ArrayNode n = root.putArray("notes");
    notes.forEach(n::add);
    ObjectNode c = root.putObject("categories");
    categoryScores.forEach((k, v) -> c.put(k.name(), round(v)));
    ArrayNode fs = root.putArray("findings");
    for (Finding f : findings) {
      ObjectNode o = fs.addObject();
      o.put("ruleId", f.ruleId());
      o.put("category", f.category().name());
      o.put("status", f.status().name());
      o.put("weight", f.weight());
      o.put("pointsLost", round(f.pointsLost()));
      o.put("evidence", f.evidence());
      o.put("message", f.message());
      o.put("advice", f.advice());
    }
    if (metadata != null) {
      ObjectNode m = root.putObject("metadata");
      metadata
          .asMap()
          .forEach(
              (k, v) ->
                  m.putObject(k.name().toLowerCase(Locale.ROOT))
                      .put("value", v.value())
                      .put("source", v.source()));
    }
    return root.toPrettyString();
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  @Override
  public String toString() {
    return "SmoReport[" + subject + ", score " + score() + ", " + findings.size() + " findings]";
  }

  static List<Finding> sorted(List<Finding> findings) {
    List<Finding> s = new ArrayList<>(findings);
    s.sort(
        (a, b) -> {
          int c = Double.compare(b.pointsLost(), a.pointsLost());
          return c != 0 ? c : a.ruleId().compareTo(b.ruleId());
        });
    return s;
  }
}
