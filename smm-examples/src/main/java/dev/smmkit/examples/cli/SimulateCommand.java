package dev.smmkit.examples.cli;

import dev.smmkit.metrics.virality.GenerationStats;
import dev.smmkit.metrics.virality.ReachProjection;
import dev.smmkit.metrics.virality.SimulationResult;
import dev.smmkit.metrics.virality.ViralitySimulation;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
        "",
        "K >= 1 grows without bound: give --population to cap it."
      })
  static final class Virality implements Callable<Integer> {
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

    @Override
    public Integer call() {
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
      ReachProjection p = projection.build();
      SimulationResult r = simulation.build().run();
      PrintWriter out = spec.commandLine().getOut();
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
  }
}
