package dev.smmkit.examples.cli;

import dev.smmkit.examples.report.Charts;
import dev.smmkit.examples.report.HtmlReport;
import dev.smmkit.smo.Category;
import dev.smmkit.smo.Finding;
import dev.smmkit.smo.MetaField;
import dev.smmkit.smo.MetaValue;
import dev.smmkit.smo.SmoReport;
import dev.smmkit.smo.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** HTML renderings of SMO audits: one page, or a directory of pages. */
final class AuditReport {
  private AuditReport() {}

  static HtmlReport page(SmoReport r) {
    HtmlReport html =
        new HtmlReport("SMO audit").subtitle(r.subject() + " (profile " + r.profile() + ")");
    html.keyFigures(
        "Score",
        List.of(
            new HtmlReport.Figure("score", r.score() + " / 100"),
            new HtmlReport.Figure(
                "fix the top 3 for", String.format(Locale.ROOT, "+%.1f points", r.gain(3))),
            new HtmlReport.Figure(
                "rules failed or warned",
                String.valueOf(
                    r.findings().stream()
                        .filter(f -> f.status() == Status.FAIL || f.status() == Status.WARN)
                        .count()))));
    Map<String, Double> categories = new LinkedHashMap<>();
    for (Map.Entry<Category, Double> e : r.categoryScores().entrySet()) {
      categories.put(e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '), e.getValue());
    }
    if (!categories.isEmpty()) {
      html.charts(
          "Score by category",
          List.of(Charts.bar("Score by category (0-100)", "category", "score", categories)));
    }
    List<String> fixes = new ArrayList<>();
    for (Finding f : r.topFixes(5)) {
      fixes.add(
          String.format(Locale.ROOT, "+%.1f  %s: %s", f.pointsLost(), f.message(), f.advice()));
    }
    if (!fixes.isEmpty()) {
      html.findings("Fix these first", fixes);
    }
    List<List<String>> rows = new ArrayList<>();
    for (Finding f : r.findings()) {
      rows.add(
          List.of(
              f.status().name().toLowerCase(Locale.ROOT),
              f.ruleId(),
              f.pointsLost() > 0 ? String.format(Locale.ROOT, "-%.1f", f.pointsLost()) : "",
              f.message(),
              f.evidence().length() > 200 ? f.evidence().substring(0, 197) + "..." : f.evidence()));
    }
    html.table("Findings", List.of("status", "rule", "points", "finding", "evidence"), rows);
    r.metadata()
        .ifPresent(
            m -> {
              List<List<String>> meta = new ArrayList<>();
              for (Map.Entry<MetaField, MetaValue> e : m.asMap().entrySet()) {
                meta.add(
                    List.of(
                        e.getKey().name().toLowerCase(Locale.ROOT),
                        e.getValue().value(),
                        e.getValue().source()));
              }
              html.table(
                  "Share metadata as networks read it", List.of("field", "value", "source"), meta);
            });
    if (r.isPartial()) {
      html.findings("Partial audit", r.notes());
    }
    return html;
  }

  static HtmlReport directory(
      String dir,
      String profile,
      List<String> names,
      List<SmoReport> reports,
      List<String> errors) {
    HtmlReport html =
        new HtmlReport("SMO audit of " + names.size() + " pages")
            .subtitle(dir + " (profile " + profile + ")");
    Map<String, Double> scores = new LinkedHashMap<>();
    List<List<String>> rows = new ArrayList<>();
    double sum = 0;
    int n = 0;
    for (int i = 0; i < names.size(); i++) {
      SmoReport r = reports.get(i);
      if (r == null) {
        rows.add(List.of(names.get(i), "error", errors.get(i)));
        continue;
      }
      scores.put(names.get(i), r.exactScore());
      sum += r.exactScore();
      n++;
      List<Finding> top = r.topFixes(1);
      rows.add(
          List.of(
              names.get(i), String.valueOf(r.score()), top.isEmpty() ? "-" : top.get(0).message()));
    }
    html.keyFigures(
        "Summary",
        List.of(
            new HtmlReport.Figure("pages", String.valueOf(names.size())),
            new HtmlReport.Figure(
                "mean score", n == 0 ? "-" : String.format(Locale.ROOT, "%.1f", sum / n)),
            new HtmlReport.Figure("could not be read", String.valueOf(names.size() - n))));
    if (!scores.isEmpty()) {
      html.charts("Scores", List.of(Charts.bar("SMO score by page", "page", "score", scores)));
    }
    html.table("Pages", List.of("page", "score", "fix first"), rows);
    return html;
  }
}
