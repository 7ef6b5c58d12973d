package dev.smmkit.metrics.virality;

import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class ViralityValueTypesTest {

  @Test
  void reachProjection_equalsContract() {
    EqualsVerifier.forClass(ReachProjection.class).verify();
  }

  @Test
  void viralitySimulation_equalsContract() {
    EqualsVerifier.forClass(ViralitySimulation.class).verify();
  }

  @Test
  void simulationResult_equalsContract() {
    EqualsVerifier.forClass(SimulationResult.class)
        .withPrefabValues(
            GenerationStats.class,
            new GenerationStats(0, 1, 1, 1, 1, 1, 1),
            new GenerationStats(1, 2, 2, 2, 2, 2, 2))
        .verify();
  }
}
