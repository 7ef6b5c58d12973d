package dev.smmkit.metrics.virality;

import dev.smmkit.core.Violations;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a {@link ViralitySimulation}: per generation, the mean and percentiles of
 * cumulative reach over all runs, and the settings that produced it (so that it can be reproduced).
 *
 * <p>Immutable and thread-safe.
 */
public final class SimulationResult {
  private final ViralitySimulation settings;
  private final List<GenerationStats> generations;

  SimulationResult(ViralitySimulation settings, List<GenerationStats> generations) {
    this.settings = settings;
    this.generations = List.copyOf(generations);
  }

  /**
   * The settings that produced this result; running them again gives an equal result.
   *
   * @return the simulation settings
   */
  public ViralitySimulation settings() {
    return settings;
  }

  /**
   * The statistics of every generation, from 0 (the seeds) to the last.
   *
   * @return an unmodifiable list of {@code generations + 1} entries
   */
  public List<GenerationStats> generations() {
    return generations;
  }

  /**
   * The statistics of one generation.
   *
   * @param generation from 0 to the number of simulated generations
   * @return the statistics
   * @throws dev.smmkit.core.ValidationException if out of range
   */
  public GenerationStats generation(int generation) {
    new Violations("SimulationResult")
        .check(
            generation >= 0 && generation < generations.size(),
            "generation",
            generation,
            "Range",
            "must be between 0 and " + (generations.size() - 1))
        .throwIfAny();
    return generations.get(generation);
  }

  /**
   * The statistics of the last generation: the final cumulative reach.
   *
   * @return the last generation's statistics
   */
  public GenerationStats last() {
    return generations.get(generations.size() - 1);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SimulationResult that)) {
      return false;
    }
    return settings.equals(that.settings) && generations.equals(that.generations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(settings, generations);
  }

  @Override
  public String toString() {
    return "SimulationResult[" + settings + ", last=" + last() + "]";
  }
}
