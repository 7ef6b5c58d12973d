package dev.smmkit.examples.cli;

import dev.smmkit.core.SmmKitException;
import dev.smmkit.smo.Finding;
import dev.smmkit.smo.Page;
import dev.smmkit.smo.PageLimits;
import dev.smmkit.smo.ScoringProfile;
import dev.smmkit.smo.SmoEngine;
import dev.smmkit.smo.SmoReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code smm audit FILE|DIR}: SMO audit of saved pages. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description =
        "SMO audit of saved HTML pages: a 0-100 score, findings ordered by what fixing them gains, and the share metadata networks will see.",
    footer = {
      "",
      "Examples:",
      "  smm audit page.html --url https://example.com/blog/post",
      "  smm audit saved-pages/ --profile ru-market --format json",
      "  smm audit page.html --locale ru",
      "  smm audit saved-pages/ --format html --output audit.html",
      "",
      "Profiles: global, ru-market, vi-market, content-<platform>; or a JSON file of your own.",
      "Exit codes: 0 success, 2 usage error, 3 bad input (a file that is empty, binary or unreadable)."
    })
final class AuditCommand implements Callable<Integer> {
  enum Format {
    text,
    json,
    html
  }

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE|DIR",
      description = "A saved page, or a directory of .html/.htm pages.")
  Path input;

  @Option(
      names = "--url",
      description =
          "The page's address, for resolving relative links (default: the file's file: URL). With a directory, ignored.")
  URI url;

  @Option(
      names = "--profile",
      defaultValue = "global",
      description = "A built-in profile name or a profile JSON file (default: ${DEFAULT-VALUE}).")
  String profile;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, json or html (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "The file --format html writes (required with html; only used by html).")
  Path output;

  @Option(
      names = "--locale",
      defaultValue = "en",
      converter = Converters.LocaleConverter.class,
      description = "Message language: en, ru or vi (default: ${DEFAULT-VALUE}).")
  Locale locale;

  @Option(
      names = "--charset",
      description = "The pages' charset, when known (default: detected per page).")
  Charset charset;

  enum Progress {
    auto,
    bar,
    lines,
    none
  }

  @Option(
      names = "--progress",
      defaultValue = "auto",
      description =
          "Progress over a directory on standard error: auto (a bar on a terminal, else lines), bar,"
              + " lines or none (default: ${DEFAULT-VALUE}).")
  Progress progress;

  @Override
  public Integer call() throws IOException {
    if (format == Format.html && output == null) {
      throw new ParameterException(
          spec.commandLine(), "--format html needs --output FILE: the report is written to a file");
    }
    if (format != Format.html && output != null) {
      throw new ParameterException(
          spec.commandLine(),
          "--output is only used with --format html; redirect text output with >");
    }
    if (url != null
        && (!url.isAbsolute()
            || url.getHost() == null
            || !("http".equalsIgnoreCase(url.getScheme())
                || "https".equalsIgnoreCase(url.getScheme())))) {
      throw new ParameterException(
          spec.commandLine(),
          "--url "
              + url
              + ": must be an absolute http or https address, e.g. https://example.com/");
    }
    Io.checkInput(spec, "FILE|DIR", input, true);
    SmoEngine engine = SmoEngine.defaults().withProfile(profile()).withLocale(locale);
    PrintWriter out = spec.commandLine().getOut();
    if (Files.isDirectory(input)) {
      return directory(engine, out);
    }
    if (output != null) {
      Io.checkNotAnInput(spec, "--output", output, inputs(List.of(input)));
    }
    URI address = url != null ? url : input.toAbsolutePath().toUri();
    Page page;
    try {
      page = page(input, address);
    } catch (IOException e) {
      throw new BadInputException(input + ": cannot read: " + Io.reason(e));
    }
    SmoReport report = engine.audit(page);
    if (format == Format.html) {
      write(AuditReport.page(report), out, inputs(List.of(input)));
      return 0;
    }
    out.print(format == Format.json ? report.toJson() + "\n" : report.toText());
    out.flush();
    return 0;
  }

  /** Reads at most the page limit of a file: a huge file costs bounded memory and is partial. */
  private Page page(Path file, URI address) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Page.read(in, address, charset, PageLimits.defaults());
    }
  }

  /** The files read: the pages, and the profile file if there is one. */
  private List<Path> inputs(List<Path> pages) {
    List<Path> all = new ArrayList<>(pages);
    if (!ScoringProfile.builtInNames().contains(profile)) {
      all.add(Path.of(profile));
    }
    return all;
  }

  /** A profile is a small JSON file; a bigger one is not a profile. */
  private static final long MAX_PROFILE_BYTES = 1 << 20;

  private ScoringProfile profile() {
    if (ScoringProfile.builtInNames().contains(profile)) {
      return ScoringProfile.builtIn(profile);
    }
    Path file = Path.of(profile);
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(
          "--profile "
              + profile
              + ": neither a built-in profile ("
              + String.join(", ", ScoringProfile.builtInNames())
              + ") nor a file");
    }
    try {
      if (Files.size(file) > MAX_PROFILE_BYTES) {
        throw new BadInputException(
            file + ": " + Files.size(file) + " bytes is too big for a profile (at most 1 MiB)");
      }
      return ScoringProfile.fromJson(Files.readString(file, StandardCharsets.UTF_8));
    } catch (SmmKitException e) {
      throw new BadInputException(file + ": " + e.getMessage());
    } catch (IOException e) {
      throw Io.unreadable(file, StandardCharsets.UTF_8, e);
    }
  }

  /** One row of the summary. */
  private record Row(String file, SmoReport report, String error) {}

  private int directory(SmoEngine engine, PrintWriter out) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(input)) {
      files =
          s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.html?"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw Io.unreadable(input, StandardCharsets.UTF_8, e);
    }
    if (output != null) {
      Io.checkNotAnInput(spec, "--output", output, inputs(files));
    }
    if (files.isEmpty()) {
      throw new BadInputException(input + ": no .html or .htm files");
    }
    PrintWriter err = spec.commandLine().getErr();
    List<Row> rows = new ArrayList<>();
    // A redrawn bar only on a terminal; in a log or a pipe, one line at the start and the end.
    boolean terminal = progress == Progress.bar || (progress == Progress.auto && console());
    if (!terminal && progress != Progress.none) {
      err.println("Auditing " + files.size() + " pages in " + input + " ...");
      err.flush();
    }
    try (ProgressBar bar =
        terminal
            ? new ProgressBarBuilder()
                .setTaskName("Auditing")
                .setInitialMax(files.size())
                .setConsumer(
                    new DelegatingProgressBarConsumer(
                        line -> {
                          err.print('\r' + line);
                          err.flush();
                        },
                        80))
                .setUpdateIntervalMillis(100)
                .build()
            : null) {
      for (Path f : files) {
        try {
          rows.add(
              new Row(
                  f.getFileName().toString(),
                  engine.audit(page(f, f.toAbsolutePath().toUri())),
                  null));
        } catch (SmmKitException | IOException e) {
          rows.add(new Row(f.getFileName().toString(), null, e.getMessage()));
        }
        if (bar != null) {
          bar.step();
        }
      }
    }
    if (terminal) {
      err.println();
    } else if (progress != Progress.none) {
      err.println("Audited " + files.size() + " pages.");
    }
    err.flush();
    if (format == Format.html) {
      List<String> names = new ArrayList<>();
      List<SmoReport> reports = new ArrayList<>();
      List<String> errors = new ArrayList<>();
      for (Row r : rows) {
        names.add(r.file());
        reports.add(r.report());
        errors.add(r.error());
      }
      write(
          AuditReport.directory(input.toString(), engine.profile().name(), names, reports, errors),
          out,
          inputs(files));
    } else if (format == Format.json) {
      StringBuilder json =
          new StringBuilder("{\"tool\":\"smm\",\"command\":\"audit\",\"profile\":")
              .append(Json.quote(engine.profile().name()))
              .append(",\"reports\":[");
      String sep = "";
      for (Row r : rows) {
        json.append(sep);
        sep = ",";
        if (r.report() != null) {
          json.append("{\"file\":")
              .append(Json.quote(r.file()))
              .append(",\"report\":")
              .append(r.report().toJson())
              .append('}');
        } else {
          json.append("{\"file\":")
              .append(Json.quote(r.file()))
              .append(",\"error\":")
              .append(Json.quote(r.error()))
              .append('}');
        }
      }
      out.println(json.append("]}"));
    } else {
      out.printf(Locale.ROOT, "%-40s %5s  %s%n", "page", "score", "fix first");
      double sum = 0;
      int scored = 0;
      for (Row r : rows) {
        if (r.report() == null) {
          out.printf(Locale.ROOT, "%-40s %5s  %s%n", abbreviate(r.file()), "error", r.error());
          continue;
        }
        List<Finding> top = r.report().topFixes(1);
        out.printf(
            Locale.ROOT,
            "%-40s %5d  %s%n",
            abbreviate(r.file()),
            r.report().score(),
            top.isEmpty() ? "-" : top.get(0).message());
        sum += r.report().exactScore();
        scored++;
      }
      long errors = rows.stream().filter(r -> r.report() == null).count();
      out.printf(
          Locale.ROOT,
          "%d pages, mean score %.1f%s%n",
          rows.size(),
          scored == 0 ? 0 : sum / scored,
          errors == 0 ? "" : ", " + errors + " could not be read");
    }
    out.flush();
    return rows.stream().anyMatch(r -> r.report() == null) ? 3 : 0;
  }

  private static boolean console() {
    return System.console() != null;
  }

  private void write(
      dev.smmkit.examples.report.HtmlReport report, PrintWriter out, List<Path> inputs) {
    Io.write(spec, "--output", output, report.render().getBytes(StandardCharsets.UTF_8), inputs);
    out.println(output.toAbsolutePath().normalize());
    out.flush();
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
