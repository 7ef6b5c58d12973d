package dev.smmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smmkit.core.json.SmmJson;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Defects found in the review of smm-core, each pinned by a test. */
class ReviewFindingsTest {

  @Test
  void semanticCore_queryOfOnlyInvisibleSpace_isRejected_notStoredAsEmptyQuery() {
    assertThatThrownBy(
            () ->
                SemanticCore.builder()
                    .language("ru")
                    .addCluster("A", SearchIntent.INFORMATIONAL, List.of("обои", "\u00A0\u200B"))
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "SemanticCore.clusters[0].queries[1]: must not be blank (was \"\u00A0\u200B\")");
  }

  @Test
  void semanticCore_normalize_collapsesEveryUnicodeSpace() {
    assertThat(SemanticCore.normalize("обои\u2009для\u3000кухни\u205Fи\u2003ванной", Locale.ROOT))
        .isEqualTo("обои для кухни и ванной");
  }

  @Test
  void contentLimits_nullImageSize_isAViolationNamingTheElement_notAnNpe() {
    List<ImageSize> sizes = Arrays.asList(ImageSize.of(1, 1), null);
    assertThatThrownBy(
            () -> new ContentLimits(10, 0, 1, 0, 1, sizes, LocalTime.NOON, LocalTime.MIDNIGHT))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("ContentLimits.recommendedImageSizes[1]");
  }

  @Test
  void imageSize_reportsEveryViolation() {
    assertThatThrownBy(() -> new ImageSize(0, -1, null))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.violations()).hasSize(3));
  }

  @Test
  void promotionCatalog_of_null_isAValidationException() {
    assertThatThrownBy(() -> PromotionCatalog.of(null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("PromotionCatalog.methods");
  }

  @Test
  void contentPiece_hashtagWithNoBreakSpace_isRejected() {
    assertThatThrownBy(
            () -> Samples.article().toBuilder().hashtags(List.of("#ремонт\u00A0обои")).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("ContentPiece.hashtags[0]");
  }

  @Test
  void advice_placeholdersInUserText_areNotSubstitutedAgain() {
    PromotionMethod odd =
        PromotionCatalog.builtIn().find("mass-following").orElseThrow().toBuilder()
            .name("{consequence}")
            .consequence("{method}")
            .build();
    Campaign c =
        Samples.wallpaperShop().toBuilder()
            .promotionMethods(List.of(odd))
            .allowGreyHat(true)
            .build();
    assertThat(PlaybookAdvisor.defaults().review(c))
        .filteredOn(a -> a.rule().equals("method.greyHat"))
        .singleElement()
        .extracting(Advice::message)
        .isEqualTo("{consequence} breaks the network's rules: {method}");
  }

  @Test
  void advice_botsShare_doesNotOverflowForHugeCommunities() {
    Community huge =
        Community.builder()
            .platform(Platform.VKONTAKTE)
            .kind(CommunityKind.GROUP)
            .handle("huge")
            .memberCount(Long.MAX_VALUE)
            .realMembers(Long.MAX_VALUE / 2)
            .build();
    Campaign c = Samples.wallpaperShop().toBuilder().communities(List.of(huge)).build();
    assertThat(PlaybookAdvisor.defaults().review(c))
        .extracting(Advice::rule)
        .contains("community.bots");
  }

  @Test
  void advice_frequencyMessage_doesNotRoundUpToTheMinimum() {
    // 13 posts over 46 days: 1.98 a week, below 2; the message must not say "2.0".
    List<ContentPiece> plan = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      plan.add(
          Samples.article().toBuilder()
              .id("p" + i)
              .scheduledAt(ZonedDateTime.of(2026, 3, 1 + i, 10, 0, 0, 0, Samples.MOSCOW))
              .build());
    }
    Campaign c =
        Samples.wallpaperShop().toBuilder()
            .start(LocalDate.of(2026, 3, 1))
            .end(LocalDate.of(2026, 4, 15))
            .contentPlan(plan)
            .build();
    assertThat(PlaybookAdvisor.defaults().review(c))
        .filteredOn(a -> a.rule().equals("content.frequency"))
        .singleElement()
        .extracting(Advice::message)
        .asString()
        .startsWith("1.9 posts a week");
  }

  @Test
  void json_mediaDuration_andDstOverlap_roundTrip() {
    ZoneId ny = ZoneId.of("America/New_York");
    ZonedDateTime later =
        ZonedDateTime.of(2026, 11, 1, 1, 30, 0, 123_456_789, ny).withLaterOffsetAtOverlap();
    ContentPiece video =
        Samples.article().toBuilder()
            .media(List.of(Media.video(1920, 1080, Duration.ofSeconds(90, 1))))
            .scheduledAt(later)
            .build();
    SmmJson json = SmmJson.defaults();
    assertThat(json.read(json.write(video), ContentPiece.class)).isEqualTo(video);
  }

  @Test
  void json_numericMoneyAmount_isReadExactly() {
    Money m =
        SmmJson.defaults()
            .read("{\"amount\":12345678901234567.89,\"currency\":\"RUB\"}", Money.class);
    assertThat(m.amount()).hasToString("12345678901234567.89");
    assertThatThrownBy(
            () ->
                SmmJson.defaults()
                    .read("{\"amount\":1.0000000000000001,\"currency\":\"RUB\"}", Money.class))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Money.amount");
    assertThatThrownBy(
            () -> SmmJson.defaults().read("{\"amount\":{},\"currency\":\"RUB\"}", Money.class))
        .isInstanceOf(dev.smmkit.core.json.JsonInputException.class)
        .hasMessageContaining("money property \"amount\" must be a string or a number");
  }

  @Test
  void json_platformMessages_followTheLocale() {
    SmmJson ru = SmmJson.builder().locale(Locale.forLanguageTag("ru")).build();
    assertThatThrownBy(() -> ru.read("{\"id\":\"dzen\"}", Platform.class))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("не должно быть пустым");
  }

  @Test
  void json_moneyMessages_followTheLocale() {
    SmmJson vi = SmmJson.builder().locale(Locale.forLanguageTag("vi")).build();
    assertThatThrownBy(() -> vi.read("{\"amount\":\"1.001\",\"currency\":\"EUR\"}", Money.class))
        .isInstanceOf(ValidationException.class)
        .hasMessageNotContaining("decimal places");
  }

  @Test
  void money_hugeExponent_isRejectedQuickly() {
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> Money.of("1e999999999", "RUB"))
        .isInstanceOf(ValidationException.class);
    assertThat(System.nanoTime() - t0).isLessThan(2_000_000_000L);
  }
}
