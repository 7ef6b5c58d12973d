package dev.smmkit.examples.cli;

import dev.smmkit.examples.report.ChartImage;
import dev.smmkit.examples.report.Charts;
import dev.smmkit.examples.report.HtmlReport;
import dev.smmkit.examples.report.HtmlReport.Figure;
import dev.smmkit.metrics.Aggregation;
import dev.smmkit.metrics.EngagementGroups;
import dev.smmkit.metrics.EngagementSummary;
import dev.smmkit.metrics.Figures;
import dev.smmkit.metrics.MetricOverflowException;
import dev.smmkit.metrics.io.RowProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * What {@code smm metrics --format html} shows beyond the chosen grouping: engagement by post type
 * and by month, and reach against impressions. Fed one post at a time while the file is read.
 */
final class MetricsReport {
  /** Most posts drawn in the reach-vs-impressions scatter; the sums still count every post. */
  static final int MAX_POINTS = 10_000;

  /** Most row problems listed one by one in the findings. */
  static final int MAX_PROBLEMS = 20;

  private final EngagementGroups<String> byType = new EngagementGroups<>();
  private final EngagementGroups<String> byMonth = new EngagementGroups<>();
  private long[] reach = new long[64];
  private long[] impressions = new long[64];
  private int points;
  private long postsWithBoth;
  private long reachSum;
  private long impressionsSum;

  /**
   * Adds one post.
   *
   * @param type its post type
   * @param month its calendar month, {@code yyyy-MM}
   * @param figures its figures
   * @param engagements its engagements under the chosen interaction set
   * @param denominator its denominator under the chosen denominator
   */
  void add(String type, String month, Figures figures, long engagements, long denominator) {
    byType.add(type, engagements, denominator);
    byMonth.add(month, engagements, denominator);
    OptionalLong r = figures.reach();
    OptionalLong i = figures.impressions();
    if (r.isPresent() && i.isPresent()) {
      postsWithBoth++;
      reachSum = plus("reach sum", reachSum, r.getAsLong());
      impressionsSum = plus("impressions sum", impressionsSum, i.getAsLong());
      if (points < MAX_POINTS) {
        if (points == reach.length) {
          reach = Arrays.copyOf(reach, points * 2);
          impressions = Arrays.copyOf(impressions, points * 2);
        }
        reach[points] = r.getAsLong();
        impressions[points] = i.getAsLong();
        points++;
      }
    }
  }

  private static long plus(String what, long a, long b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw new MetricOverflowException(what, a, b);
    }
  }

  /**
   * Builds the report.
   *
   * @param input the input file's name
   * @param what what the rate is, e.g. {@code ER (LIKES_COMMENTS_SHARES / reach, ratio-of-sums)}
   * @param by the chosen grouping's name, {@code none} for one group
   * @param denominatorName the denominator's name, e.g. {@code reach}
   * @param aggregation the chosen aggregation
   * @param groups the rates by the chosen grouping
   * @param problems the rows with problems
   * @param notes facts about rows that were kept, such as an X total above its parts
   * @return the report, ready to render
   */
  HtmlReport build(
      String input,
      String what,
      String by,
      String denominatorName,
      Aggregation aggregation,
      Map<String, EngagementSummary> groups,
      List<RowProblem> problems,
      List<RowProblem> notes) {
    EngagementSummary all =
        groups.values().stream().reduce(EngagementSummary.EMPTY, EngagementSummary::plus);
    HtmlReport report =
        new HtmlReport("Engagement report: " + input).subtitle(what + ", made by smm metrics");

    List<Figure> figures = new ArrayList<>();
    figures.add(new Figure("Posts", String.format(Locale.ROOT, "%,d", all.posts())));
    figures.add(new Figure("ER, ratio of sums", percent(all.ratioOfSums().fraction())));
    figures.add(new Figure("ER, mean of rates", percent(all.meanOfRates())));
    figures.add(new Figure("Engagements", String.format(Locale.ROOT, "%,d", all.engagements())));
    figures.add(
        new Figure(
            "Sum of " + denominatorName, String.format(Locale.ROOT, "%,d", all.denominator())));
    if (postsWithBoth > 0 && reachSum > 0) {
      figures.add(
          new Figure(
              "Impressions per person reached",
              String.format(Locale.ROOT, "%.2f", (double) impressionsSum / reachSum)));
    }
    figures.add(new Figure("Rows with problems", String.valueOf(problems.size())));
    report.keyFigures("Key figures", figures);

    List<ChartImage> charts = new ArrayList<>();
    Map<String, Double> types = percents(byType.snapshot(), aggregation);
    if (!types.isEmpty()) {
      charts.add(Charts.bar("Engagement rate by post type", "Post type", "ER, %", types));
    }
    Map<String, Double> months = percents(byMonth.snapshot(), aggregation);
    if (!months.isEmpty()) {
      charts.add(Charts.line("Engagement rate by month", "Month", "ER, %", months));
    }
    if (by.equals("platform")) {
      Map<String, Double> platforms = percents(groups, aggregation);
      if (!platforms.isEmpty()) {
        charts.add(Charts.bar("Engagement rate by platform", "Platform", "ER, %", platforms));
      }
    }
    if (points > 0) {
      String title =
          points < postsWithBoth
              ? String.format(
                  Locale.ROOT,
                  "Reach vs impressions (first %,d of %,d posts)",
                  points,
                  postsWithBoth)
              : "Reach vs impressions per post";
      charts.add(
          Charts.reachVsImpressions(
              title, Arrays.copyOf(reach, points), Arrays.copyOf(impressions, points)));
    }
    if (!charts.isEmpty()) {
      report.charts("Charts", charts);
    }

    List<List<String>> rows = new ArrayList<>();
    groups.forEach(
        (k, s) ->
            rows.add(
                List.of(
                    k,
                    String.valueOf(s.posts()),
                    String.valueOf(s.engagements()),
                    String.valueOf(s.denominator()),
                    percent(s.value(aggregation)))));
    report.table(
        by.equals("none") ? "All posts" : "By " + by,
        List.of(by.equals("none") ? "group" : by, "posts", "engagements", denominatorName, what),
        rows);

    report.findings("Findings", findings(all, aggregation, problems, notes));

    return report;
  }

  private List<String> findings(
      EngagementSummary all,
      Aggregation aggregation,
      List<RowProblem> problems,
      List<RowProblem> notes) {
    List<String> out = new ArrayList<>();
    extremes("post type", percents(byType.snapshot(), aggregation)).ifPresent(out::add);
    extremes("month", percents(byMonth.snapshot(), aggregation)).ifPresent(out::add);
    OptionalDouble ratio = all.ratioOfSums().fraction();
    OptionalDouble mean = all.meanOfRates();
    if (ratio.isPresent() && mean.isPresent()) {
      out.add(
          String.format(
              Locale.ROOT,
              "Ratio of sums %s, mean of rates %s: %s",
              percent(ratio),
              percent(mean),
              mean.getAsDouble() > ratio.getAsDouble()
                  ? "small posts engage better than large ones, and the mean of rates gives"
                      + " them as much weight as large ones."
                  : "large posts engage at least as well as small ones."));
    }
    if (postsWithBoth > 0 && reachSum > 0) {
      out.add(
          String.format(
              Locale.ROOT,
              "Each person reached saw a post %.2f times on average (impressions / reach over %,d"
                  + " posts).",
              (double) impressionsSum / reachSum,
              postsWithBoth));
    }
    if (!notes.isEmpty()) {
      out.add(
          notes.size()
              + (notes.size() == 1 ? " note " : " notes ")
              + MetricsCommand.NOTES_NOTE
              + ":");
      notes.stream().limit(MAX_PROBLEMS).forEach(p -> out.add(p.toString()));
      if (notes.size() > MAX_PROBLEMS) {
        out.add("… and " + (notes.size() - MAX_PROBLEMS) + " more.");
      }
    }
    if (!problems.isEmpty()) {
      out.add(problems.size() + " rows had problems " + MetricsCommand.PROBLEMS_NOTE + ":");
      problems.stream().limit(MAX_PROBLEMS).forEach(p -> out.add(p.toString()));
      if (problems.size() > MAX_PROBLEMS) {
        out.add("… and " + (problems.size() - MAX_PROBLEMS) + " more.");
      }
    }
    return out;
  }

  private static Optional<String> extremes(String what, Map<String, Double> rates) {
    if (rates.size() < 2) {
      return Optional.empty();
    }
    Map.Entry<String, Double> max = null;
    Map.Entry<String, Double> min = null;
    for (Map.Entry<String, Double> e : rates.entrySet()) {
      if (max == null || e.getValue() > max.getValue()) {
        max = e;
      }
      if (min == null || e.getValue() < min.getValue()) {
        min = e;
      }
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "Highest engagement rate by %s: %s (%.4f %%); lowest: %s (%.4f %%).",
            what,
            max.getKey(),
            max.getValue(),
            min.getKey(),
            min.getValue()));
  }

  /** Defined rates in percent, in the map's order; undefined ones are left out. */
  static Map<String, Double> percents(
      Map<String, EngagementSummary> groups, Aggregation aggregation) {
    Map<String, Double> out = new LinkedHashMap<>();
    groups.forEach(
        (k, s) -> {
          OptionalDouble v = s.value(aggregation);
          if (v.isPresent()) {
            out.put(k, 100 * v.getAsDouble());
          }
        });
    return out;
  }

  static String percent(OptionalDouble v) {
    return v.isPresent()
        ? String.format(Locale.ROOT, "%.4f %%", 100 * v.getAsDouble())
        : "undefined";
  }
}
