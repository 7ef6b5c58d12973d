package dev.smmkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smmkit.core.Campaign;
import dev.smmkit.core.ContentLimits;
import dev.smmkit.core.Money;
import dev.smmkit.core.Persona;
import dev.smmkit.core.Platform;
import dev.smmkit.core.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SmmJsonTest {
  private static final SmmJson JSON = SmmJson.defaults();

  private static String sample() throws IOException {
    try (InputStream in = SmmJsonTest.class.getResourceAsStream("wallpaper-campaign.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void sampleCampaign_loadsValidates_andReserialisesByteStable() throws IOException {
    String text = sample();
    Campaign campaign = JSON.read(text, Campaign.class);
    // DOMAIN.md §3: a wallpaper shop on VKontakte, Facebook and Odnoklassniki, 15 000 RUB a
    // month, two personas.
    assertThat(campaign.platforms())
        .containsExactly(Platform.VKONTAKTE, Platform.FACEBOOK, Platform.ODNOKLASSNIKI);
    assertThat(campaign.monthlyBudget()).isEqualTo(Money.of("15000.00", "RUB"));
    assertThat(campaign.personas()).hasSize(2);
    assertThat(campaign.contentPlan().get(0).scheduledAt().orElseThrow().getZone().getId())
        .isEqualTo("Europe/Moscow");
    assertThat(JSON.write(campaign)).isEqualTo(text);
    assertThat(text)
        .contains(
            "\"monthlyBudget\" : {\n    \"amount\" : \"15000.00\",\n    \"currency\" : \"RUB\"")
        .contains("\"scheduledAt\" : \"2026-03-03T19:00:00+03:00[Europe/Moscow]\"")
        .contains("\"platforms\" : [ \"vkontakte\", \"facebook\", \"odnoklassniki\" ]")
        .contains("\"hatColor\" : \"WHITE\"");
  }

  @Test
  void readingFromBytesAndReaders_andWritingToStreams_leavesTheStreamsOpen() throws IOException {
    byte[] bytes = sample().getBytes(StandardCharsets.UTF_8);
    boolean[] closed = new boolean[2];
    Campaign fromBytes =
        JSON.read(
            new ByteArrayInputStream(bytes) {
              @Override
              public void close() {
                closed[0] = true;
              }
            },
            Campaign.class);
    Campaign fromReader = JSON.read(new StringReader(sample()), Campaign.class);
    assertThat(fromBytes).isEqualTo(fromReader);
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[1] = true;
          }
        };
    JSON.write(fromBytes, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(sample());
    assertThat(closed).as("input, output closed").containsExactly(false, false);
  }

  @Test
  void invalidValues_giveTheSameValidationExceptionAsBuild() throws IOException {
    String noPains =
        sample()
            .replace("\"pains\" : [ \"the landlord forbids painting walls\" ]", "\"pains\" : [ ]");
    assertThatThrownBy(() -> JSON.read(noPains, Campaign.class))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "Persona.pains: a persona needs at least one pain (fear or irritant): without it"
                + " nothing else works (was [])");
    SmmJson russian = SmmJson.builder().locale(Locale.forLanguageTag("ru")).build();
    assertThatThrownBy(() -> russian.read(noPains, Campaign.class))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("у портрета клиента должна быть хотя бы одна боль");
  }

  @Test
  void unknownProperties_areAnError_unlessIgnored() throws IOException {
    String extra =
        sample().replaceFirst("\"name\" : \"Oboi", "\"colour\" : \"red\",\n  \"name\" : \"Oboi");
    assertThatThrownBy(() -> JSON.read(extra, Campaign.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageStartingWith("JSON colour at line 2, column")
        .hasMessageContaining("Unrecognized property \"colour\" (known: ")
        .hasMessageContaining("monthlyBudget")
        .satisfies(e -> assertThat(((JsonInputException) e).path()).isEqualTo("colour"));
    Campaign lenient =
        SmmJson.builder().ignoreUnknownProperties(true).build().read(extra, Campaign.class);
    assertThat(lenient).isEqualTo(JSON.read(sample(), Campaign.class));
  }

  @Test
  void malformedJson_wrongTypes_andTrailingTokens_areReportedWithLocation() {
    assertThatThrownBy(() -> JSON.read("{\"name\": ", Persona.class))
        .isInstanceOf(JsonInputException.class)
        .satisfies(e -> assertThat(((JsonInputException) e).line()).isEqualTo(1));
    assertThatThrownBy(
            () ->
                JSON.read("{\"demographics\": {\"ageRange\": {\"min\": \"ten\"}}}", Persona.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageStartingWith("JSON demographics.ageRange.min at line 1");
    assertThatThrownBy(
            () -> JSON.read("{\"amount\":\"1.00\",\"currency\":\"RUB\"} {}", Money.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("Trailing token");
  }

  @Test
  void money_form_andItsErrors() {
    assertThat(JSON.write(Money.of("10000", "RUB")))
        .isEqualTo("{\n  \"amount\" : \"10000.00\",\n  \"currency\" : \"RUB\"\n}");
    assertThat(JSON.read("{\"amount\":\"250000\",\"currency\":\"VND\"}", Money.class))
        .isEqualTo(Money.of(250000, "VND"));
    assertThat(JSON.read("{\"amount\":12.5,\"currency\":\"USD\"}", Money.class))
        .isEqualTo(Money.of("12.50", "USD"));
    assertThatThrownBy(() -> JSON.read("{\"amount\":\"1.001\",\"currency\":\"EUR\"}", Money.class))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Money.amount: must have at most 2 decimal places for EUR (was 1.001)");
    assertThatThrownBy(
            () -> JSON.read("{\"amount\":\"1\",\"rate\":2,\"currency\":\"EUR\"}", Money.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("unknown money property \"rate\"");
    assertThatThrownBy(() -> JSON.read("\"10 RUB\"", Money.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("money must be an object");
    assertThatThrownBy(() -> JSON.read("{\"currency\":\"EUR\"}", Money.class))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Money.amount: must not be null (was null)");
  }

  @Test
  void platforms_builtInById_customAsObject() {
    Platform dzen =
        Platform.builder("dzen")
            .name("Dzen")
            .limits(
                new ContentLimits(
                    10000, 120, 10, 0, 5, List.of(), LocalTime.of(7, 0), LocalTime.of(23, 0)))
            .build();
    String json = JSON.write(List.of(Platform.TELEGRAM, dzen));
    assertThat(json).contains("\"telegram\"").contains("\"id\" : \"dzen\"");
    Platform back = JSON.read(JSON.write(dzen), Platform.class);
    assertThat(back).isEqualTo(dzen);
    assertThat(JSON.read("\"Twitter\"", Platform.class)).isEqualTo(Platform.X);
    assertThatThrownBy(() -> JSON.read("\"myspace\"", Platform.class))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("Platform.id: must be a built-in platform id (facebook,");
    assertThatThrownBy(() -> JSON.read("{\"id\":\"dzen\",\"icon\":1}", Platform.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("unknown platform property \"icon\"");
    assertThatThrownBy(() -> JSON.read("{\"id\":\"dzen\"}", Platform.class))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "Platform.name: must not be blank (was null)\nPlatform.limits: must not be null (was null)");
  }

  @Test
  void badZonedTimes_areReported() throws IOException {
    String bad = sample().replace("2026-03-03T19:00:00+03:00[Europe/Moscow]", "next tuesday");
    assertThatThrownBy(() -> JSON.read(bad, Campaign.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("contentPlan[0].scheduledAt")
        .hasMessageContaining("expected ISO-8601 date-time with zone offset");
    assertThatThrownBy(
            () ->
                JSON.read(
                    sample().replace("\"2026-03-03T19:00:00+03:00[Europe/Moscow]\"", "5"),
                    Campaign.class))
        .isInstanceOf(JsonInputException.class);
  }

  @Test
  void jsonNullAsTheDocument_isAJsonInputException_neverANullValue() {
    // Found by SmmJsonFuzzTest (corpus input null.json): read returned null, which its
    // contract (a validated value, @NullMarked) does not allow.
    for (Class<?> type : List.of(Campaign.class, Money.class, Platform.class, Persona.class)) {
      String expected =
          "JSON at line -1, column -1: expected a " + type.getSimpleName() + ", found null";
      assertThatThrownBy(() -> JSON.read(" null\n", type))
          .isInstanceOf(JsonInputException.class)
          .hasMessage(expected);
      assertThatThrownBy(
              () ->
                  JSON.read(
                      new ByteArrayInputStream("null".getBytes(StandardCharsets.UTF_8)), type))
          .isInstanceOf(JsonInputException.class)
          .hasMessage(expected);
      assertThatThrownBy(() -> JSON.read(new StringReader("null"), type))
          .isInstanceOf(JsonInputException.class)
          .hasMessage(expected);
    }
  }

  @Test
  void limits_onSizeAndNesting_areEnforced() {
    SmmJson tight =
        SmmJson.builder().maxNestingDepth(3).maxDocumentLength(200).maxStringLength(50).build();
    assertThatThrownBy(() -> tight.read("[[[[[1]]]]]", Object.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("Document nesting depth");
    assertThatThrownBy(() -> tight.read("\"" + "x".repeat(300) + "\"", String.class))
        .isInstanceOf(JsonInputException.class);
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    assertThatThrownBy(() -> JSON.read(deep, Object.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("nesting depth");
    assertThatThrownBy(() -> SmmJson.builder().maxNestingDepth(0))
        .isInstanceOf(ValidationException.class)
        .hasMessage("SmmJson.maxNestingDepth: must be >= 1 (was 0)");
  }
}
