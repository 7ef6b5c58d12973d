package dev.smmkit.examples.cli;

import dev.smmkit.examples.report.ChartImage;
import dev.smmkit.examples.report.Charts;
import dev.smmkit.metrics.Aggregation;
import dev.smmkit.metrics.Denominator;
import dev.smmkit.metrics.EngagementGroups;
import dev.smmkit.metrics.EngagementSummary;
import dev.smmkit.metrics.InteractionSet;
import dev.smmkit.metrics.PostStats;
import dev.smmkit.metrics.io.ErrorMode;
import dev.smmkit.metrics.io.InstagramInsightsReader;
import dev.smmkit.metrics.io.InstagramPost;
import dev.smmkit.metrics.io.PostRecord;
import dev.smmkit.metrics.io.PostsCsvReader;
import dev.smmkit.metrics.io.PostsJsonReader;
import dev.smmkit.metrics.io.ReadResult;
import dev.smmkit.metrics.io.RowProblem;
import dev.smmkit.metrics.io.UciFacebookReader;
import dev.smmkit.metrics.io.UciPost;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code smm metrics FILE}: engagement from a UCI Facebook CSV or SMMKit's own post CSV. */
@Command(
    name = "metrics",
    mixinStandardHelpOptions = true,
    description =
        "Engagement rate from an export: the UCI Facebook CSV (;-separated), an Instagram post-insights CSV, or SMMKit's smmkit-posts format (CSV, or JSON Lines).",
    footer = {
      "",
      "Examples:",
      "  smm metrics dataset_Facebook.csv --by type --denominator impressions",
      "  smm metrics posts.csv --by month --zone Europe/Moscow --aggregate mean-of-rates --format json",
      "  smm metrics dataset_Facebook.csv --format html --output report.html",
      "  smm metrics dataset_Facebook.csv --by type --chart er-by-type.png",
      "  smm metrics instagram.csv --charset windows-1252 --denominator impressions",
      "",
      "Exit codes: 0 success, 2 usage error, 3 bad input (file, row, column and value are named)."
    })
final class MetricsCommand implements Callable<Integer> {
  enum By {
    none,
    platform,
    type,
    month
  }

  enum Format {
    text,
    json,
    csv,
    html
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The CSV file.")
  Path file;

  @Option(
      names = "--by",
      description = "Group by: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "none")
  By by;

  @Option(
      names = "--denominator",
      description = "reach, impressions, followers or views (default: ${DEFAULT-VALUE}).",
      defaultValue = "reach",
      converter = Converters.DenominatorConverter.class)
  Denominator denominator;

  @Option(
      names = "--interactions",
      description =
          "likes-comments-shares, likes-comments-shares-saves or x-analytics (default: ${DEFAULT-VALUE}).",
      defaultValue = "likes-comments-shares",
      converter = Converters.InteractionsConverter.class)
  InteractionSet interactions;

  @Option(
      names = "--aggregate",
      description = "ratio-of-sums or mean-of-rates (default: ${DEFAULT-VALUE}).",
      defaultValue = "ratio-of-sums",
      converter = Converters.AggregationConverter.class)
  Aggregation aggregation;

  @Option(
      names = "--format",
      description =
          "text, json, csv or html (default: ${DEFAULT-VALUE}). html writes a self-contained report"
              + " with charts to --output.",
      defaultValue = "text")
  Format format;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "The file --format html writes (required with html; only used by html).")
  Path output;

  @Option(
      names = "--chart",
      paramLabel = "PNG",
      description =
          "Also write the rates as a PNG chart: a line chart for --by month, else a bar chart.")
  Path chart;

  @Option(
      names = "--charset",
      description = "The file's charset (default: ${DEFAULT-VALUE}).",
      defaultValue = "UTF-8")
  Charset charset;

  @Option(
      names = "--fail-fast",
      description =
          "Stop at the first bad row (exit code 3) instead of reporting every bad row and going on.")
  boolean failFast;

  @Option(
      names = "--zone",
      description = "Time zone of calendar months for --by month (default: ${DEFAULT-VALUE}).",
      defaultValue = "UTC")
  ZoneId zone;

  /** Collects the by-type, by-month and reach figures of {@code --format html}; null otherwise. */
  private @Nullable MetricsReport report;

  @Override
  public Integer call() throws IOException {
    if (format == Format.html && output == null) {
      throw new ParameterException(
          spec.commandLine(), "--format html needs --output FILE: the report is written to a file");
    }
    if (format != Format.html && output != null) {
      throw new ParameterException(
          spec.commandLine(),
          "--output is only used with --format html; redirect " + format + " output with >");
    }
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + ": no such file");
    }
    EngagementGroups<String> groups = new EngagementGroups<>();
    report = format == Format.html ? new MetricsReport() : null;
    List<RowProblem> problems = new ArrayList<>();
    ErrorMode mode = failFast ? ErrorMode.FAIL_FAST : ErrorMode.COLLECT;
    try (BufferedReader reader = Files.newBufferedReader(file, charset)) {
      reader.mark(1 << 16);
      String firstLine = reader.readLine();
      String head = firstLine == null ? "" : firstLine.replace("\uFEFF", "");
      reader.reset();
      if (head.contains("Impressions") && head.contains("Likes") && head.contains("From Home")) {
        ReadResult<InstagramPost> r = InstagramInsightsReader.read(reader, file.toString(), mode);
        problems.addAll(r.problems());
        for (InstagramPost p : r.rows()) {
          String month = p.date().map(d -> d.toString().substring(0, 7)).orElse("undated");
          String key =
              switch (by) {
                case none -> "all";
                case platform -> "instagram";
                case type -> "post";
                case month -> month;
              };
          add(groups, key, "post", month, p.toPostStats());
        }
      } else if (head.stripLeading().startsWith("{")) {
        ReadResult<PostRecord> r = PostsJsonReader.read(reader, file.toString(), mode);
        problems.addAll(r.problems());
        for (PostRecord p : r.rows()) {
          add(
              groups,
              key(p),
              p.type(),
              EngagementGroups.month(p.publishedAt(), zone).toString(),
              p.stats());
        }
      } else if (head.startsWith("Page total likes;")) {
        ReadResult<UciPost> r = UciFacebookReader.read(reader, file.toString(), mode);
        problems.addAll(r.problems());
        for (UciPost p : r.rows()) {
          if (!p.impossible()) {
            add(groups, key(p), p.type(), uciMonth(p), p.toPostStats());
          }
        }
      } else {
        ReadResult<PostRecord> r = PostsCsvReader.read(reader, file.toString(), mode);
        problems.addAll(r.problems());
        for (PostRecord p : r.rows()) {
          add(
              groups,
              key(p),
              p.type(),
              EngagementGroups.month(p.publishedAt(), zone).toString(),
              p.stats());
        }
      }
    }
    Map<String, EngagementSummary> snapshot = groups.snapshot();
    if (chart != null) {
      write(chart, chart(snapshot).png());
    }
    if (report != null) {
      String html =
          report
              .build(
                  file.getFileName().toString(),
                  what(),
                  by.name(),
                  denominator.name().toLowerCase(Locale.ROOT),
                  aggregation,
                  snapshot,
                  problems)
              .render();
      write(output, html.getBytes(StandardCharsets.UTF_8));
      PrintWriter out = spec.commandLine().getOut();
      out.println(output.toAbsolutePath().normalize());
      out.flush();
    } else {
      print(snapshot, problems);
    }
    return 0;
  }

  private ChartImage chart(Map<String, EngagementSummary> groups) {
    Map<String, Double> rates = MetricsReport.percents(groups, aggregation);
    if (rates.isEmpty()) {
      throw new BadInputException(
          file + ": no group has a defined engagement rate to chart (every denominator is 0)");
    }
    String title = by == By.none ? "Engagement rate" : "Engagement rate by " + by.name();
    String axis = by == By.none ? "" : by.name();
    String y = "ER, %";
    return by == By.month ? Charts.line(title, axis, y, rates) : Charts.bar(title, axis, y, rates);
  }

  private void write(Path target, byte[] bytes) {
    try {
      Files.write(target, bytes);
    } catch (IOException e) {
      throw new ParameterException(
          spec.commandLine(), "cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  private void add(
      EngagementGroups<String> groups, String key, String type, String month, PostStats stats) {
    long below =
        stats
            .value(denominator)
            .orElseThrow(
                () ->
                    new BadInputException(
                        file
                            + ": the file has no "
                            + denominator.name().toLowerCase(Locale.ROOT)
                            + " column values to divide by"));
    long engagements = stats.engagements(interactions);
    groups.add(key, engagements, below);
    if (report != null) {
      report.add(type, month, stats, engagements, below);
    }
  }

  private static String uciMonth(UciPost p) {
    return String.format(Locale.ROOT, "2014-%02d", p.month());
  }

  private String key(UciPost p) {
    return switch (by) {
      case none -> "all";
      case platform -> "facebook";
      case type -> p.type();
      case month -> uciMonth(p);
    };
  }

  private String key(PostRecord p) {
    return switch (by) {
      case none -> "all";
      case platform -> p.platform();
      case type -> p.type();
      case month -> EngagementGroups.month(p.publishedAt(), zone).toString();
    };
  }

  private String what() {
    return "ER ("
        + interactions.name()
        + " / "
        + denominator.name().toLowerCase(Locale.ROOT)
        + ", "
        + aggregation.name().toLowerCase(Locale.ROOT).replace('_', '-')
        + ")";
  }

  private void print(Map<String, EngagementSummary> groups, List<RowProblem> problems) {
    PrintWriter out = spec.commandLine().getOut();
    String what = what();
    switch (format) {
      case text -> {
        out.printf(Locale.ROOT, "%-14s %7s %12s%n", by == By.none ? "" : by.name(), "posts", what);
        groups.forEach(
            (k, s) ->
                out.printf(
                    Locale.ROOT, "%-14s %7d %12s%n", k, s.posts(), percent(s.value(aggregation))));
        if (!problems.isEmpty()) {
          out.println(
              problems.size()
                  + " problems (rows kept unless they could not be read; impossible rows left out of the rates):");
          problems.forEach(p -> out.println("  " + p));
        }
      }
      case csv -> {
        out.println("group,posts,engagements,denominator,rate");
        groups.forEach(
            (k, s) ->
                out.printf(
                    Locale.ROOT,
                    "%s,%d,%d,%d,%s%n",
                    k,
                    s.posts(),
                    s.engagements(),
                    s.denominator(),
                    s.value(aggregation).isPresent()
                        ? String.format(Locale.ROOT, "%.8f", s.value(aggregation).getAsDouble())
                        : ""));
      }
      case json -> {
        StringBuilder json =
            new StringBuilder("{\"tool\":\"smm\",\"command\":\"metrics\",\"input\":")
                .append(Json.quote(file.getFileName().toString()));
        json.append(",\"interactions\":")
            .append(Json.quote(interactions.name()))
            .append(",\"denominator\":")
            .append(Json.quote(denominator.name().toLowerCase(Locale.ROOT)));
        json.append(",\"aggregation\":")
            .append(Json.quote(aggregation.name().toLowerCase(Locale.ROOT).replace('_', '-')))
            .append(",\"groups\":[");
        String sep = "";
        for (Map.Entry<String, EngagementSummary> e : groups.entrySet()) {
          OptionalDouble v = e.getValue().value(aggregation);
          json.append(sep)
              .append("{\"group\":")
              .append(Json.quote(e.getKey()))
              .append(",\"posts\":")
              .append(e.getValue().posts())
              .append(",\"rate\":")
              .append(v.isPresent() ? String.format(Locale.ROOT, "%.10f", v.getAsDouble()) : "null")
              .append('}');
          sep = ",";
        }
        json.append("],\"problems\":[");
        sep = "";
        for (RowProblem p : problems) {
          json.append(sep)
              .append("{\"row\":")
              .append(p.row())
              .append(",\"column\":")
              .append(Json.quote(p.column()))
              .append(",\"value\":")
              .append(Json.quote(p.value()))
              .append(",\"rule\":")
              .append(Json.quote(p.rule()))
              .append('}');
          sep = ",";
        }
        out.println(json.append("]}"));
      }
      case html -> throw new IllegalStateException("html is written to --output");
    }
    out.flush();
  }

  private static String percent(OptionalDouble v) {
    return v.isPresent()
        ? String.format(Locale.ROOT, "%.4f %%", 100 * v.getAsDouble())
        : "undefined";
  }
}
