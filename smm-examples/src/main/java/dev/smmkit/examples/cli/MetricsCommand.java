package dev.smmkit.examples.cli;

import dev.smmkit.core.ValidationException;
import dev.smmkit.examples.report.ChartImage;
import dev.smmkit.examples.report.Charts;
import dev.smmkit.metrics.Aggregation;
import dev.smmkit.metrics.DailyActivity;
import dev.smmkit.metrics.Denominator;
import dev.smmkit.metrics.EngagementGroups;
import dev.smmkit.metrics.EngagementSummary;
import dev.smmkit.metrics.Figures;
import dev.smmkit.metrics.InteractionSet;
import dev.smmkit.metrics.MetricOverflowException;
import dev.smmkit.metrics.io.ErrorMode;
import dev.smmkit.metrics.io.ExportReader;
import dev.smmkit.metrics.io.InstagramInsightsReader;
import dev.smmkit.metrics.io.InstagramPost;
import dev.smmkit.metrics.io.PostFormat;
import dev.smmkit.metrics.io.PostReaders;
import dev.smmkit.metrics.io.PostRecord;
import dev.smmkit.metrics.io.PostsCsvReader;
import dev.smmkit.metrics.io.PostsJsonReader;
import dev.smmkit.metrics.io.ReadResult;
import dev.smmkit.metrics.io.RowProblem;
import dev.smmkit.metrics.io.UciFacebookReader;
import dev.smmkit.metrics.io.UciPost;
import dev.smmkit.metrics.io.UnrecognizedFormatException;
import dev.smmkit.metrics.io.XAnalyticsReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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

/**
 * {@code smm metrics FILE}: engagement from an export in any format the library detects ({@link
 * PostReaders#detect}): X Analytics tweet or daily activity, UCI Facebook, Instagram insights, or
 * SMMKit's own posts CSV and JSON Lines.
 */
@Command(
    name = "metrics",
    mixinStandardHelpOptions = true,
    description =
        "Engagement rate from an export: an X (Twitter) Analytics tweet or daily activity CSV, the UCI Facebook CSV (;-separated), an Instagram post-insights CSV, or SMMKit's smmkit-posts format (CSV, or JSON Lines). The format is detected.",
    footer = {
      "",
      "Examples:",
      "  smm metrics dataset_Facebook.csv --by type --denominator impressions",
      "  smm metrics posts.csv --by month --zone Europe/Moscow --aggregate mean-of-rates --format json",
      "  smm metrics dataset_Facebook.csv --format html --output report.html",
      "  smm metrics dataset_Facebook.csv --by type --chart er-by-type.png",
      "  smm metrics instagram.csv --charset windows-1252 --denominator impressions",
      "  smm metrics tweet_activity_metrics_me_20210101_20210201_en.csv --interactions x-analytics --denominator impressions",
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

  /** One post (or day) as read, with its group keys; {@code row} is the data row in the file. */
  private record Post(long row, String key, String type, String month, Figures figures) {}

  /** What reading and measuring the file found, fed one post at a time. */
  private final class Tally {
    final EngagementGroups<String> groups = new EngagementGroups<>();
    final List<RowProblem> problems = new ArrayList<>();
    final List<RowProblem> notes = new ArrayList<>();
    final java.util.EnumSet<Denominator> denominators = java.util.EnumSet.noneOf(Denominator.class);
    long posts;
    long used;
    PostFormat format;

    void add(Post p) {
      posts++;
      for (Denominator d : Denominator.values()) {
        if (p.figures().value(d).isPresent()) {
          denominators.add(d);
        }
      }
      String column = denominator.name().toLowerCase(Locale.ROOT);
      OptionalLong below = p.figures().value(denominator);
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
        return;
      }
      long engagements;
      try {
        engagements = p.figures().engagements(interactions);
        groups.add(p.key(), engagements, below.getAsLong());
      } catch (ValidationException e) {
        throw new BadInputException(file + ": " + absent(p.figures()));
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
      if (report != null) {
        report.add(p.type(), p.month(), p.figures(), engagements, below.getAsLong());
      }
      used++;
    }

    /** Why the interaction set cannot be summed on this file: it names what is missing. */
    private String absent(Figures f) {
      return "--interactions "
          + interactions.name()
          + " needs "
          + f.absent(interactions).stream()
              .map(i -> i.name().toLowerCase(Locale.ROOT))
              .collect(java.util.stream.Collectors.joining(", "))
          + ", which this "
          + format.title()
          + " does not have (it has "
          + f.present().stream()
              .map(i -> i.name().toLowerCase(Locale.ROOT))
              .collect(java.util.stream.Collectors.joining(", "))
          + "); a smaller sum is never given: choose a set of what the file has";
    }
  }

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
    report = format == Format.html ? new MetricsReport() : null;
    Tally tally = new Tally();
    try {
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(PostReaders.HEAD);
      }
      tally.format = PostReaders.detect(head, charset, file.toString());
      try (BufferedReader reader = Files.newBufferedReader(file, charset)) {
        read(reader, tally);
      }
    } catch (UnrecognizedFormatException e) {
      throw new BadInputException(e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      throw Io.unreadable(file, charset, e);
    }
    List<RowProblem> problems = tally.problems;
    for (RowProblem p : problems) {
      if (p.rule().equals("Csv")) {
        // The parser gave up: the rows after this one were never read, so no figure is complete.
        throw new BadInputException(
            file + ": " + p + "; reading stopped there, so no figures are given");
      }
    }
    String column = denominator.name().toLowerCase(Locale.ROOT);
    if (tally.used == 0) {
      throw new BadInputException(
          file + ": " + nothingToMeasure(tally.posts, problems, column, tally.denominators));
    }
    EngagementGroups<String> groups = tally.groups;
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
                  problems,
                  tally.notes)
              .render();
      Io.write(spec, "--output", output, html.getBytes(StandardCharsets.UTF_8), List.of(file));
      PrintWriter out = spec.commandLine().getOut();
      out.println(output.toAbsolutePath().normalize());
      out.flush();
    } else {
      print(snapshot, problems, tally.notes, tally.format);
    }
    return 0;
  }

  private static String nothingToMeasure(
      long posts, List<RowProblem> problems, String column, java.util.Set<Denominator> present) {
    if (posts > 0) {
      return "the file has no "
          + column
          + " column values to divide by; "
          + (present.isEmpty()
              ? "it has no reach, impressions, followers or views either"
              : "choose a --denominator it has ("
                  + present.stream()
                      .map(d -> d.name().toLowerCase(Locale.ROOT))
                      .collect(java.util.stream.Collectors.joining(", "))
                  + ")");
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

  /** Reads the file in the format the library detected, one post at a time. */
  private void read(BufferedReader reader, Tally tally) throws IOException {
    ErrorMode mode = failFast ? ErrorMode.FAIL_FAST : ErrorMode.COLLECT;
    String source = file.toString();
    switch (tally.format) {
      case X_TWEET_ACTIVITY -> {
        ExportReader<dev.smmkit.metrics.Post> r = XAnalyticsReader.tweets(reader, source, mode);
        while (r.hasNext()) {
          dev.smmkit.metrics.Post p = r.next();
          ZonedDateTime at = p.publishedAt().orElseThrow();
          String month = EngagementGroups.month(at, zone).toString();
          tally.add(
              new Post(r.row(), key(p.platform(), p.type(), month), p.type(), month, p.figures()));
        }
        tally.problems.addAll(r.problems());
        tally.notes.addAll(r.notes());
      }
      case X_DAILY_ACTIVITY -> {
        ExportReader<DailyActivity> r = XAnalyticsReader.daily(reader, source, mode);
        while (r.hasNext()) {
          DailyActivity d = r.next();
          String month = YearMonth.from(d.date()).toString();
          tally.add(new Post(r.row(), key(d.platform(), "day", month), "day", month, d.figures()));
        }
        tally.problems.addAll(r.problems());
        tally.notes.addAll(r.notes());
      }
      case INSTAGRAM_INSIGHTS -> {
        ReadResult<InstagramPost> r = InstagramInsightsReader.read(reader, source, mode);
        tally.problems.addAll(r.problems());
        for (InstagramPost p : r.rows()) {
          String month = p.date().map(d -> d.toString().substring(0, 7)).orElse("undated");
          tally.add(
              new Post(p.row(), key("instagram", "post", month), "post", month, p.toFigures()));
        }
      }
      case UCI_FACEBOOK -> {
        ReadResult<UciPost> r = UciFacebookReader.read(reader, source, mode);
        tally.problems.addAll(r.problems());
        for (UciPost p : r.rows()) {
          if (!p.impossible()) {
            String month = uciMonth(p);
            tally.add(
                new Post(
                    p.row(), key("facebook", p.type(), month), p.type(), month, p.toFigures()));
          }
        }
      }
      case SMMKIT_POSTS_JSON_LINES -> {
        ReadResult<PostRecord> r = PostsJsonReader.read(reader, source, mode);
        tally.problems.addAll(r.problems());
        r.rows().forEach(p -> tally.add(post(p)));
      }
      case SMMKIT_POSTS_CSV -> {
        ReadResult<PostRecord> r = PostsCsvReader.read(reader, source, mode);
        tally.problems.addAll(r.problems());
        r.rows().forEach(p -> tally.add(post(p)));
      }
    }
  }

  private Post post(PostRecord p) {
    String month = EngagementGroups.month(p.publishedAt(), zone).toString();
    return new Post(p.row(), key(p.platform(), p.type(), month), p.type(), month, p.toFigures());
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

  private static String uciMonth(UciPost p) {
    return p.missing().contains("Post Month")
        ? "unknown"
        : String.format(Locale.ROOT, "2014-%02d", p.month());
  }

  private String key(String platform, String type, String month) {
    return switch (by) {
      case none -> "all";
      case platform -> platform;
      case type -> type;
      case month -> month;
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

  private void print(
      Map<String, EngagementSummary> groups,
      List<RowProblem> problems,
      List<RowProblem> notes,
      PostFormat detected) {
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
        printNotes(out, notes);
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
        printNotes(spec.commandLine().getErr(), notes);
      }
      case json -> {
        StringBuilder json =
            new StringBuilder("{\"tool\":\"smm\",\"command\":\"metrics\",\"input\":")
                .append(Json.quote(file.getFileName().toString()))
                .append(",\"format\":")
                .append(Json.quote(detected.name().toLowerCase(Locale.ROOT).replace('_', '-')));
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
        appendRows(json, problems, false);
        json.append("],\"notes\":[");
        appendRows(json, notes, true);
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

  private static void printNotes(PrintWriter out, List<RowProblem> notes) {
    if (notes.isEmpty()) {
      return;
    }
    out.println(notes.size() + (notes.size() == 1 ? " note" : " notes") + " " + NOTES_NOTE + ":");
    notes.forEach(p -> out.println("  " + p));
    out.flush();
  }

  /** What notes are, said after their count. */
  static final String NOTES_NOTE =
      "(rows kept and counted; the figures are those the platform printed)";

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

  /** Appends rows as JSON objects (row, column, value, rule, and the message when asked). */
  private static void appendRows(StringBuilder json, List<RowProblem> rows, boolean withMessage) {
    String sep = "";
    for (RowProblem p : rows) {
      json.append(sep)
          .append("{\"row\":")
          .append(p.row())
          .append(",\"column\":")
          .append(Json.quote(p.column()))
          .append(",\"value\":")
          .append(Json.quote(p.value()))
          .append(",\"rule\":")
          .append(Json.quote(p.rule()));
      if (withMessage) {
        json.append(",\"message\":").append(Json.quote(p.message()));
      }
      json.append('}');
      sep = ",";
    }
  }
}
