package dev.smmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemographicsTest {

  @ParameterizedTest
  @CsvSource({
    "-1, 10, 'AgeRange.min: must be between 0 and 150 (was -1)'",
    "10, 151, 'AgeRange.max: must be between 0 and 150 (was 151)'",
    "40, 30, 'AgeRange.max: minimum age must not exceed maximum age (was 30)'"
  })
  void ageRange_badBounds_areRejected(int min, int max, String message) {
    assertThatThrownBy(() -> new AgeRange(min, max))
        .isInstanceOf(ValidationException.class)
        .hasMessage(message);
  }

  @Test
  void ageRange_containsAndPrints() {
    AgeRange r = new AgeRange(18, 35);
    assertThat(r.contains(18)).isTrue();
    assertThat(r.contains(36)).isFalse();
    assertThat(r.contains(17)).isFalse();
    assertThat(r).hasToString("18-35");
  }

  @Test
  void demographics_badLanguageTags_andBlankLocations_areRejected() {
    assertThatThrownBy(
            () ->
                new Demographics(
                    new AgeRange(18, 30),
                    null,
                    Arrays.asList("Hà Nội", " "),
                    List.of("vi-VN", "not a tag", "")))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "Demographics.locations[1]: must not be blank (was \" \")\n"
                + "Demographics.languages[1]: must be a BCP 47 language tag such as ru or vi-VN"
                + " (was \"not a tag\")\n"
                + "Demographics.languages[2]: must be a BCP 47 language tag such as ru or vi-VN"
                + " (was \"\")");
  }

  @Test
  void demographics_nullParts_areRejected() {
    assertThatThrownBy(() -> new Demographics(null, null, null, null))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            """
            Demographics.ageRange: must not be null (was null)
            Demographics.locations: must not be null (was null)
            Demographics.languages: must not be null (was null)""");
  }

  @Test
  void demographics_agesFactory_andOptionalGender() {
    Demographics d = Demographics.ages(20, 30);
    assertThat(d.genderIfAny()).isEmpty();
    assertThat(d.locations()).isEmpty();
    assertThat(d.ageRange()).isEqualTo(new AgeRange(20, 30));
  }
}
