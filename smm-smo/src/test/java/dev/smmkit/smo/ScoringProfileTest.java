package dev.smmkit.smo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smmkit.core.Platform;
import dev.smmkit.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScoringProfileTest {

  static java.util.List<String> names() {
    return ScoringProfile.builtInNames();
  }

  @ParameterizedTest
  @MethodSource("names")
  void everyBuiltInProfile_loads_andWorksWithTheBuiltInRules(String name) {
    ScoringProfile p = ScoringProfile.builtIn(name);
    assertThat(p.name()).isEqualTo(name);
    assertThat(p.description()).isNotBlank();
    SmoEngine engine = SmoEngine.defaults().withProfile(p);
    java.util.Set<String> ids = new java.util.HashSet<>();
    engine.rules().forEach(r -> ids.add(r.id()));
    assertThat(ids).containsAll(p.weights().keySet());
  }

  @Test
  void ruMarket_weighsRussianNetworksSharing() {
    ScoringProfile ru = ScoringProfile.builtIn("ru-market");
    SmoRule rule =
        SmoEngine.defaults().rules().stream()
            .filter(r -> r.id().equals("share.ru_networks"))
            .findFirst()
            .orElseThrow();
    assertThat(ScoringProfile.defaults().weight(rule)).isZero();
    assertThat(ru.weight(rule)).isEqualTo(3.0);
    assertThat(ru.parameters().get("title.length")).containsEntry("max", 80.0);
  }

  @Test
  void forPlatform_picksTheContentProfile() {
    assertThat(ScoringProfile.forPlatform(Platform.TELEGRAM).name()).isEqualTo("content-telegram");
    assertThat(ScoringProfile.forPlatform(Platform.SNAPCHAT).name()).isEqualTo("global");
  }

  @Test
  void json_roundTrips() {
    ScoringProfile p =
        ScoringProfile.builder("mine")
            .description("d")
            .weight("og.image", 5)
            .parameter("title.length", "max", 60)
            .build();
    assertThat(ScoringProfile.fromJson(p.toJson())).isEqualTo(p);
    assertThat(p.toString()).isEqualTo("ScoringProfile[mine, 1 weights, 1 rules with parameters]");
  }

  @Test
  void json_extendsABuiltIn() {
    ScoringProfile p =
        ScoringProfile.fromJson(
            "{\"name\":\"my-ru\",\"extends\":\"ru-market\",\"weights\":{\"og.image\":1}}");
    assertThat(p.weights()).containsEntry("share.ru_networks", 3.0).containsEntry("og.image", 1.0);
  }

  @Test
  void json_listsEveryProblem() {
    assertThatThrownBy(
            () ->
                ScoringProfile.fromJson(
                    "{\"name\":\"\",\"colour\":1,\"extends\":\"nope\",\"weights\":{\"og.image\":-1},\"parameters\":{\"title.length\":{\"max\":\"long\"}}}"))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations()).hasSize(5))
        .hasMessageContaining("ScoringProfile.colour: is not a profile key")
        .hasMessageContaining("ScoringProfile.name: must not be blank")
        .hasMessageContaining("ScoringProfile.extends: must be one of global")
        .hasMessageContaining(
            "ScoringProfile.weights.og.image: must be a finite number >= 0 (was -1)")
        .hasMessageContaining(
            "ScoringProfile.parameters.title.length.max: must be a number (was \"long\")");
  }

  @Test
  void json_thatIsNotJson_isRejected() {
    assertThatThrownBy(() -> ScoringProfile.fromJson("{oops"))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("ScoringProfile: is not valid JSON");
    assertThatThrownBy(() -> ScoringProfile.fromJson("[1]"))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("ScoringProfile: must be a JSON object");
  }

  @Test
  void unknownBuiltIn_namesTheValidOnes() {
    assertThatThrownBy(() -> ScoringProfile.builtIn("martian"))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith(
            "ScoringProfile.name: must be one of global, ru-market, vi-market, content-facebook");
  }

  @Test
  void builder_rejectsBadWeightsAtOnce() {
    assertThatThrownBy(() -> ScoringProfile.builder("x").weight("og.image", Double.NaN))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ScoringProfile.weights.og.image: must be a finite number >= 0 (was NaN)");
    assertThatThrownBy(() -> ScoringProfile.builder(" "))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("ScoringProfile.name: must not be blank");
  }
}
