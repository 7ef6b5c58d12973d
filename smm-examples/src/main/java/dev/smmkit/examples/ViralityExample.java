package dev.smmkit.examples;

import dev.smmkit.metrics.virality.GenerationStats;
import dev.smmkit.metrics.virality.ReachProjection;
import dev.smmkit.metrics.virality.SimulationResult;
import dev.smmkit.metrics.virality.ViralCoefficient;
import dev.smmkit.metrics.virality.ViralitySimulation;
import java.io.PrintStream;
import java.util.Locale;

/** The viral coefficient K, the expected reach over generations, and a seeded simulation. */
public final class ViralityExample {
  private ViralityExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Prints the example to a stream.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    // Each subscriber invites 4 friends and 20 % of invitations convert: K = 0.8.
    ViralCoefficient k = ViralCoefficient.of(4, 0.2);
    ReachProjection projection = ReachProjection.builder().seeds(1000).k(k).generations(10).build();
    SimulationResult sim =
        ViralitySimulation.builder()
            .seeds(1000)
            .k(k)
            .generations(10)
            .runs(500)
            .seed(7)
            .build()
            .run();
    out.printf(
        Locale.ROOT,
        "K = %.2f: K < 1, so the cascade dies out towards seeds / (1 - K) = %.0f%n",
        k.k(),
        1000 / (1 - k.k()));
    for (int g = 0; g <= 10; g += 2) {
      GenerationStats s = sim.generation(g);
      out.printf(
          Locale.ROOT,
          "  generation %2d: expected %6.0f, simulated mean %6.0f (p5 %d, p95 %d)%n",
          g,
          projection.cumulativeReach(g),
          s.mean(),
          s.p5(),
          s.p95());
    }
  }
}
