package dev.smmkit.metrics.virality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smmkit.core.ValidationException;
import org.junit.jupiter.api.Test;

class ViralCoefficientTest {

  @Test
  void k_isInvitesTimesConversion() {
    ViralCoefficient c = ViralCoefficient.of(4, 0.25);
    assertThat(c.k()).isEqualTo(1.0);
    assertThat(c.isViral()).isTrue();
    assertThat(ViralCoefficient.of(3, 0.2).isViral()).isFalse();
    assertThat(ViralCoefficient.of(0, 0.7).k()).isZero();
    assertThat(ViralCoefficient.of(5, 0).k()).isZero();
    assertThat(c).isEqualTo(new ViralCoefficient(4, 0.25));
  }

  @Test
  void negativeInvites_isRejected() {
    assertThatThrownBy(() -> ViralCoefficient.of(-1, 0.5))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ViralCoefficient.invitesPerUser: must be a finite number >= 0 (was -1.0)");
  }

  @Test
  void badConversion_isRejected_andBothFieldsAreReported() {
    assertThatThrownBy(() -> ViralCoefficient.of(2, 1.5))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ViralCoefficient.conversionPerInvite: must be between 0 and 1 (was 1.5)");
    assertThatThrownBy(() -> ViralCoefficient.of(Double.NaN, -0.1))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "ViralCoefficient.invitesPerUser: must be a finite number >= 0 (was NaN)\n"
                + "ViralCoefficient.conversionPerInvite: must be between 0 and 1 (was -0.1)");
    assertThatThrownBy(() -> ViralCoefficient.of(Double.POSITIVE_INFINITY, 0.5))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ViralCoefficient.invitesPerUser: must be a finite number >= 0 (was Infinity)");
  }
}
