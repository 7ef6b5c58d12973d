package dev.smmkit.examples.cli;

import dev.smmkit.examples.report.ChartImage;
import dev.smmkit.examples.report.Charts;
import dev.smmkit.metrics.Aggregation;
import dev.smmkit.metrics.Denominator;
import dev.smmkit.metrics.EngagementGroups;
import dev.smmkit.metrics.EngagementSummary;
import dev.smmkit.metrics.InteractionSet;
import dev.smmkit.metrics.MetricOverflowException;
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
import java.io.UncheckedIOException;
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
import java.util.OptionalLong;
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

  /** One post as read, with its group keys; {@code row} is the data row in the file. */
  private record Post(long row, String key, String type, String month, PostStats stats) {}

  @Override
  public Integer call() {
    if (format == Format.html && output == null) {
      throw new ParameterException(
          spec.commandLine(), "--format html needs --output FILE: the report is written to a file");
    }
    if (format != Format.html && output != null) {
      throw new ParameterException(
          spec.commandLine(),
          "--output is only used with --format html; redirect " + format + " output with >");
    }
    Io.checkInput(spec, "FILE", file, false);
    if (output != null) {
      Io.checkNotAnInput(spec, "--output", output, List.of(file));
    }
    if (chart != null) {
      Io.checkNotAnInput(spec, "--chart", chart, List.of(file));
    }
    List<RowProblem> problems = new ArrayList<>();
    List<Post> posts;
    try (BufferedReader reader = Files.newBufferedReader(file, charset)) {
      posts = read(reader, problems);
    } catch (IOException | UncheckedIOException e) {
      throw Io.unreadable(file, charset, e);
    }
    for (RowProblem p : problems) {
      if (p.rule().equals("Csv")) {
        // The parser gave up: the rows after this one were never read, so no figure is complete.
        throw new BadInputException(
            file + ": " + p + "; reading stopped there, so no figures are given");
      }
    }
    EngagementGroups<String> groups = new EngagementGroups<>();
    report = format == Format.html ? new MetricsReport() : null;
    String column = denominator.name().toLowerCase(Locale.ROOT);
    int used = 0;
    for (Post p : posts) {
      OptionalLong below = p.stats().value(denominator);
      if (below.isEmpty()) {
        RowProblem missing =
            new RowProblem(
                p.row(),
                0,
                column,
                "",
                "NoDenominator",
                "has no " + column + " to divide by; post left out of the rates");
        if (failFast) {
          throw new BadInputException(file + ": " + missing);
        }
        problems.add(missing);
        continue;
      }
      try {
        long engagements = p.stats().engagements(interactions);
        groups.add(p.key(), engagements, below.getAsLong());
        if (report != null) {
          report.add(p.type(), p.month(), p.stats(), engagements, below.getAsLong());
        }
      } catch (MetricOverflowException e) {
        throw new BadInputException(
            file
                + ": row "
                + p.row()
                + ": the counts add up to more than "
                + Long.MAX_VALUE
                + " ("
                + e.getMessage()
                + ")");
      }
      used++;
    }
    if (used == 0) {
      throw new BadInputException(file + ": " + nothingToMeasure(posts, problems, column));
    }
    Map<String, EngagementSummary> snapshot = groups.snapshot();
    if (chart != null) {
      Io.write(spec, "--chart", chart, chart(snapshot).png(), List.of(file));
    }
    if (report != null) {
      String html =
          report
              .build(
                  file.getFileName().toString(),
                  what(),
                  by.name(),
                  column,
                  aggregation,
                  snapshot,
                  problems)
              .render();
      Io.write(spec, "--output", output, html.getBytes(StandardCharsets.UTF_8), List.of(file));
      PrintWriter out = spec.commandLine().getOut();
      out.println(output.toAbsolutePath().normalize());
      out.flush();
    } else {
      print(snapshot, problems);
    }
    return 0;
  }

  private static String nothingToMeasure(
      List<Post> posts, List<RowProblem> problems, String column) {
    if (!posts.isEmpty()) {
      return "the file has no "
          + column
          + " column values to divide by; choose another --denominator ("
          + java.util.Arrays.stream(Denominator.values())
              .map(d -> d.name().toLowerCase(Locale.ROOT))
              .filter(d -> !d.equals(column))
              .collect(java.util.stream.Collectors.joining(", "))
          + ")";
    }
    if (problems.isEmpty()) {
      return "no posts: the file is empty or has only a header";
    }
    return "no usable posts; "
        + problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + ", the first: "
        + problems.get(0);
  }

  /** Reads the file in whichever format its first line shows. */
  private List<Post> read(BufferedReader reader, List<RowProblem> problems) throws IOException {
    String head = firstLine(reader);
    ErrorMode mode = failFast ? ErrorMode.FAIL_FAST : ErrorMode.COLLECT;
    List<Post> posts = new ArrayList<>();
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
        posts.add(new Post(p.row(), key, "post", month, p.toPostStats()));
      }
    } else if (head.stripLeading().startsWith("{")) {
      ReadResult<PostRecord> r = PostsJsonReader.read(reader, file.toString(), mode);
      problems.addAll(r.problems());
      r.rows().forEach(p -> posts.add(post(p)));
    } else if (head.startsWith("Page total likes;")) {
      ReadResult<UciPost> r = UciFacebookReader.read(reader, file.toString(), mode);
      problems.addAll(r.problems());
      for (UciPost p : r.rows()) {
        if (!p.impossible()) {
          posts.add(new Post(p.row(), key(p), p.type(), uciMonth(p), p.toPostStats()));
        }
      }
    } else {
      ReadResult<PostRecord> r = PostsCsvReader.read(reader, file.toString(), mode);
      problems.addAll(r.problems());
      r.rows().forEach(p -> posts.add(post(p)));
    }
    return posts;
  }

  private Post post(PostRecord p) {
    String month = EngagementGroups.month(p.publishedAt(), zone).toString();
    return new Post(p.row(), key(p), p.type(), month, p.stats());
  }

  /**
   * The first non-blank line, without a byte-order mark, read ahead and then pushed back: at most
   * {@value #SNIFF} characters, so a file with one enormous line is still sniffed safely.
   */
  private static String firstLine(BufferedReader reader) throws IOException {
    char[] buffer = new char[SNIFF];
    reader.mark(SNIFF);
    int n = 0;
    for (int r; n < SNIFF && (r = reader.read(buffer, n, SNIFF - n)) > 0; ) {
      n += r;
    }
    reader.reset();
    String head = new String(buffer, 0, n).replace("\uFEFF", "").stripLeading();
    int end = head.indexOf('\n');
    return end < 0 ? head : head.substring(0, end);
  }

  private static final int SNIFF = 1 << 16;

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

  private static String uciMonth(UciPost p) {
    return p.missing().contains("Post Month")
        ? "unknown"
        : String.format(Locale.ROOT, "2014-%02d", p.month());
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
        printProblems(out, problems);
      }
      case csv -> {
        out.println("group,posts,engagements,denominator,rate");
        groups.forEach(
            (k, s) ->
                out.printf(
                    Locale.ROOT,
                    "%s,%d,%d,%d,%s%n",
                    csv(k),
                    s.posts(),
                    s.engagements(),
                    s.denominator(),
                    s.value(aggregation).isPresent()
                        ? String.format(Locale.ROOT, "%.8f", s.value(aggregation).getAsDouble())
                        : ""));
        // The table stays machine-readable; problems go where a person will see them.
        printProblems(spec.commandLine().getErr(), problems);
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

  private static void printProblems(PrintWriter out, List<RowProblem> problems) {
    if (problems.isEmpty()) {
      return;
    }
    out.println(
        problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + " "
            + PROBLEMS_NOTE
            + ":");
    problems.forEach(p -> out.println("  " + p));
    out.flush();
  }

  /** What happens to rows with problems, said after their count. */
  static final String PROBLEMS_NOTE =
      "(rows kept unless they could not be read; impossible rows and rows without the"
          + " denominator left out of the rates)";

  /** One CSV field, quoted per RFC 4180 when it needs to be. */
  static String csv(String field) {
    return field.contains(",")
            || field.contains("\"")
            || field.contains("\n")
            || field.contains("\r")
        ? '"' + field.replace("\"", "\"\"") + '"'
        : field;
  }

  private static String percent(OptionalDouble v) {
    return v.isPresent()
        ? String.format(Locale.ROOT, "%.4f %%", 100 * v.getAsDouble())
        : "undefined";
  }
}
