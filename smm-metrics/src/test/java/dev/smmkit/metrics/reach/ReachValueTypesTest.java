package dev.smmkit.metrics.reach;

import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class ReachValueTypesTest {

  @Test
  void reachEstimate_equalsContract() {
    EqualsVerifier.forClass(ReachEstimate.class).verify();
  }

  @Test
  void audienceOverlap_equalsContract() {
    EqualsVerifier.forClass(AudienceOverlap.class).verify();
  }
}
