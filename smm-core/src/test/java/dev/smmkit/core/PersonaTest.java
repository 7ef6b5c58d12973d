package dev.smmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class PersonaTest {

  private static Persona.Builder valid() {
    return Samples.renovatingMother().toBuilder();
  }

  @Test
  void sample_isValid_andToBuilderIsIdentity() {
    Persona p = Samples.renovatingMother();
    assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
    assertThat(p.desires()).hasSize(2);
    assertThat(p.demographics().genderIfAny()).contains(Gender.FEMALE);
    assertThat(p.toString()).contains("Renovating mother");
  }

  @Test
  void persona_withoutDesiresOrPains_isRejected_withBothViolationsAtOnce() {
    assertThatThrownBy(() -> valid().desires(List.of()).pains(List.of()).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "Persona.desires: a persona needs at least one desire (wanted end result): without it"
                + " nothing else works (was [])\n"
                + "Persona.pains: a persona needs at least one pain (fear or irritant): without it"
                + " nothing else works (was [])");
  }

  @Test
  void persona_blankName_isRejected() {
    assertThatThrownBy(() -> valid().name(" ").build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("Persona.name: must not be blank (was \" \")");
  }

  @Test
  void persona_missingName_andDemographics_areRejected() {
    assertThatThrownBy(() -> Persona.builder().desires(List.of("a")).pains(List.of("b")).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "Persona.demographics: must not be null (was null)\n"
                + "Persona.name: must not be blank (was null)");
  }

  @Test
  void persona_tooLongName_isRejected() {
    String name = "x".repeat(201);
    assertThatThrownBy(() -> valid().name(name).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("Persona.name: size must be between 0 and 200 (was \"xxx");
  }

  @Test
  void persona_blankListElements_areRejectedWithTheirIndex() {
    assertThatThrownBy(
            () ->
                valid()
                    .desires(Arrays.asList("ok", " "))
                    .interests(Arrays.asList((String) null))
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "Persona.desires[1]: must not be blank (was \" \")\n"
                + "Persona.interests[0]: must not be blank (was null)");
  }

  @Test
  void persona_nullList_isRejectedAtOnceBySetter() {
    assertThatThrownBy(() -> Persona.builder().desires(null))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Persona.desires: must not be null (was null)");
  }

  @Test
  void persona_messages_inRussianAndVietnamese() {
    assertThatThrownBy(() -> valid().pains(List.of()).build(Locale.forLanguageTag("ru")))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "Persona.pains: у портрета клиента должна быть хотя бы одна боль (страх или"
                + " раздражитель): без неё ничего не работает (was [])");
    assertThatThrownBy(() -> valid().name("").build(Locale.forLanguageTag("vi")))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Persona.name: không được để trống (was \"\")");
    assertThatThrownBy(() -> valid().name("").build(Locale.JAPANESE))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Persona.name: must not be blank (was \"\")");
  }

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(Persona.class).suppress(Warning.NULL_FIELDS).verify();
  }
}
