package dev.smmkit.examples.cli;

import dev.smmkit.core.SmmKitException;
import dev.smmkit.core.ValidationException;
import dev.smmkit.core.Violation;
import dev.smmkit.examples.report.Charts;
import dev.smmkit.examples.report.HtmlReport;
import dev.smmkit.examples.report.HtmlReport.Figure;
import dev.smmkit.metrics.virality.GenerationStats;
import dev.smmkit.metrics.virality.ReachProjection;
import dev.smmkit.metrics.virality.SimulationResult;
import dev.smmkit.metrics.virality.ViralitySimulation;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code smm simulate}: simulations. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = "Simulations.",
    subcommands = {SimulateCommand.Virality.class})
final class SimulateCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code smm simulate virality}. */
  @Command(
      name = "virality",
      mixinStandardHelpOptions = true,
      description =
          "Cumulative reach over generations: the closed form and a seeded Monte Carlo branching process.",
      footer = {
        "",
        "Examples:",
        "  smm simulate virality --k 0.8 --seeds 1000 --generations 10",
        "  smm simulate virality --k 1.3 --seeds 100 --generations 20 --population 500000 --runs 2000 --seed 7",
        "  smm simulate virality --k 0.8 --seeds 1000 --generations 10 --format html --output virality.html",
        "",
        "K >= 1 grows without bound: give --population to cap it."
      })
  static final class Virality implements Callable<Integer> {
    enum Format {
      text,
      json,
      html
    }

    @Spec CommandSpec spec;

    @Option(
        names = "--k",
        required = true,
        description = "Viral coefficient K = invites per user x conversion per invite.")
    double k;

    @Option(names = "--seeds", required = true, description = "People reached at generation 0.")
    long seeds;

    @Option(names = "--generations", required = true, description = "Generations to simulate.")
    int generations;

    @Option(
        names = "--runs",
        defaultValue = "1000",
        description = "Monte Carlo runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(
        names = "--seed",
        defaultValue = "42",
        description =
            "Random seed; the same seed gives the same result (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--population", description = "Population cap; required when K >= 1.")
    Long population;

    @Option(
        names = "--format",
        defaultValue = "text",
        description =
            "text, json or html (default: ${DEFAULT-VALUE}). html writes a self-contained report with"
                + " the projection chart to --output.")
    Format format;

    @Option(
        names = "--output",
        paramLabel = "FILE",
        description = "The file --format html writes (required with html; only used by html).")
    Path output;

    @Override
    public Integer call() {
      if (format == Format.html && output == null) {
        throw new ParameterException(
            spec.commandLine(),
            "--format html needs --output FILE: the report is written to a file");
      }
      if (format != Format.html && output != null) {
        throw new ParameterException(
            spec.commandLine(),
            "--output is only used with --format html; redirect text output with >");
      }
      if (seeds < 1) {
        throw new ParameterException(
            spec.commandLine(), "--seeds " + seeds + ": must be >= 1 (people reached first)");
      }
      ReachProjection p;
      ViralitySimulation s;
      try {
        ReachProjection.Builder projection =
            ReachProjection.builder().seeds(seeds).k(k).generations(generations);
        ViralitySimulation.Builder simulation =
            ViralitySimulation.builder()
                .seeds(seeds)
                .k(k)
                .generations(generations)
                .runs(runs)
                .seed(seed);
        if (population != null) {
          projection.population(population);
          simulation.population(population);
        }
        p = projection.build();
        s = simulation.build();
      } catch (ValidationException e) {
        throw new ParameterException(spec.commandLine(), options(e), e);
      }
      SimulationResult r;
      try {
        r = s.run();
      } catch (SmmKitException e) {
        // The only way a valid simulation fails is reach past Long.MAX_VALUE: the options' fault.
        throw new ParameterException(
            spec.commandLine(),
            "--seeds " + seeds + " with --k " + k + ": " + e.getMessage() + " with --population",
            e);
      }
      PrintWriter out = spec.commandLine().getOut();
      if (format == Format.html) {
        Io.write(
            spec,
            "--output",
            output,
            report(p, r).render().getBytes(StandardCharsets.UTF_8),
            List.of());
        out.println(output.toAbsolutePath().normalize());
        out.flush();
        return 0;
      }
      if (format == Format.json) {
        StringBuilder json =
            new StringBuilder("{\"tool\":\"smm\",\"command\":\"simulate virality\"")
                .append(
                    String.format(
                        Locale.ROOT,
                        ",\"k\":%s,\"seeds\":%d,\"runs\":%d,\"seed\":%d",
                        k,
                        seeds,
                        runs,
                        seed))
                .append(",\"population\":")
                .append(population == null ? "null" : population.toString())
                .append(",\"generations\":[");
        String sep = "";
        for (GenerationStats g : r.generations()) {
          json.append(sep)
              .append(
                  String.format(
                      Locale.ROOT,
                      "{\"generation\":%d,\"expected\":%.3f,\"mean\":%.3f,\"p5\":%d,\"p50\":%d,\"p95\":%d}",
                      g.generation(),
                      p.cumulativeReach(g.generation()),
                      g.mean(),
                      g.p5(),
                      g.p50(),
                      g.p95()));
          sep = ",";
        }
        out.println(json.append("]}"));
        out.flush();
        return 0;
      }
      out.printf(
          Locale.ROOT,
          "%10s %14s %14s %12s %12s %12s%n",
          "generation",
          "expected",
          "mean",
          "p5",
          "p50",
          "p95");
      for (GenerationStats g : r.generations()) {
        out.printf(
            Locale.ROOT,
            "%10d %14.1f %14.1f %12d %12d %12d%n",
            g.generation(),
            p.cumulativeReach(g.generation()),
            g.mean(),
            g.p5(),
            g.p50(),
            g.p95());
      }
      out.flush();
      return 0;
    }

    /** The violations of option values, each named by its option: a usage error. */
    private static String options(ValidationException e) {
      StringBuilder b = new StringBuilder();
      for (Violation v : e.violations()) {
        String path = v.path();
        String name = path.substring(path.lastIndexOf('.') + 1);
        if (b.length() > 0) {
          b.append("; ");
        }
        b.append(OPTIONS.getOrDefault(name, name));
        if (v.rejectedValue() != null) {
          b.append(' ').append(v.rejectedValue());
        }
        b.append(": ").append(v.message());
      }
      return b.toString();
    }

    private static final Map<String, String> OPTIONS =
        Map.of(
            "k", "--k",
            "seeds", "--seeds",
            "generations", "--generations",
            "runs", "--runs",
            "seed", "--seed",
            "population", "--population");

    private HtmlReport report(ReachProjection p, SimulationResult r) {
      List<GenerationStats> gens = r.generations();
      int n = gens.size();
      int[] x = new int[n];
      double[] expected = new double[n];
      double[] mean = new double[n];
      double[] p5 = new double[n];
      double[] p95 = new double[n];
      List<List<String>> rows = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        GenerationStats g = gens.get(i);
        x[i] = g.generation();
        expected[i] = p.cumulativeReach(g.generation());
        mean[i] = g.mean();
        p5[i] = g.p5();
        p95[i] = g.p95();
        rows.add(
            List.of(
                String.valueOf(g.generation()),
                String.format(Locale.ROOT, "%.1f", expected[i]),
                String.format(Locale.ROOT, "%.1f", g.mean()),
                String.valueOf(g.p5()),
                String.valueOf(g.p50()),
                String.valueOf(g.p95())));
      }
      GenerationStats last = r.last();
      String settings =
          String.format(
              Locale.ROOT,
              "K = %s, %,d seeds, %d generations, %,d runs, seed %d%s",
              Charts.number(k),
              seeds,
              generations,
              runs,
              seed,
              population == null ? "" : String.format(Locale.ROOT, ", population %,d", population));
      List<Figure> figures =
          List.of(
              new Figure("Viral coefficient K", Charts.number(k)),
              new Figure("Seeds", String.format(Locale.ROOT, "%,d", seeds)),
              new Figure(
                  "Expected reach after " + generations + " generations",
                  String.format(Locale.ROOT, "%,.0f", p.finalReach())),
              new Figure("Simulated mean reach", String.format(Locale.ROOT, "%,.0f", last.mean())),
              new Figure(
                  "90 % of runs between",
                  String.format(Locale.ROOT, "%,d – %,d", last.p5(), last.p95())),
              new Figure(
                  "Population cap",
                  population == null ? "none" : String.format(Locale.ROOT, "%,d", population)));
      List<String> findings = new ArrayList<>();
      if (k < 1) {
        findings.add(
            String.format(
                Locale.ROOT,
                "K = %s < 1: every generation is smaller than the one before, so reach levels off;"
                    + " with no cap it converges to seeds / (1 − K) = %s people.",
                Charts.number(k),
                Charts.number(seeds / (1 - k))));
      } else {
        findings.add(
            String.format(
                Locale.ROOT,
                "K = %s ≥ 1: every generation is at least as large as the one before, so reach"
                    + " grows until it runs out of people (the population cap).",
                Charts.number(k)));
      }
      p.saturationGeneration()
          .ifPresent(
              g ->
                  findings.add(
                      "The expected reach hits the population cap at generation " + g + "."));
      if (p.finalReach() > 0) {
        findings.add(
            String.format(
                Locale.ROOT,
                "After generation %d the simulated mean is %+.1f %% off the closed form: the"
                    + " closed form is the expectation, the simulation shows the spread of %,d"
                    + " random cascades.",
                last.generation(),
                100 * (last.mean() - p.finalReach()) / p.finalReach(),
                runs));
      }
      findings.add(
          String.format(
              Locale.ROOT,
              "90 %% of the runs reached between %,d and %,d people (median %,d).",
              last.p5(),
              last.p95(),
              last.p50()));
      return new HtmlReport("Virality projection")
          .subtitle(settings + ", made by smm simulate virality")
          .keyFigures("Key figures", figures)
          .findings("Findings", findings)
          .charts(
              "Chart",
              List.of(
                  Charts.viralityProjection(
                      "Cumulative reach by generation", x, expected, mean, p5, p95)))
          .table(
              "By generation", List.of("generation", "expected", "mean", "p5", "p50", "p95"), rows);
    }
  }
}
