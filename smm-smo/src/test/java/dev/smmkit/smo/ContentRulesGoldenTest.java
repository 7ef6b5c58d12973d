package dev.smmkit.smo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smmkit.core.ContentPiece;
import dev.smmkit.core.ContentPurpose;
import dev.smmkit.core.Media;
import dev.smmkit.core.Platform;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in content rule on a piece that passes it and one that does not. */
class ContentRulesGoldenTest {
  static final SmoEngine ENGINE = SmoEngine.defaults();
  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  /** A VKontakte post that passes every content rule. */
  static ContentPiece.Builder good() {
    return ContentPiece.builder()
        .id("post-001")
        .headline("Как поклеить обои за 2 дня?")
        .body("Пошаговая инструкция с фото: от подготовки стен до последнего стыка.")
        .media(List.of(Media.image(1080, 1080, "Рулон обоев и валик на столе")))
        .links(List.of(URI.create("https://oboi.example.ru/blog/flizelin")))
        .hashtags(List.of("#ремонт", "#обои"))
        .callToAction("Читайте инструкцию на сайте")
        .purpose(ContentPurpose.INFORMATIONAL)
        .targetPlatforms(List.of(Platform.VKONTAKTE))
        .persona("Renovating mother")
        .semanticCluster("Проблемы ремонта")
        .scheduledAt(ZonedDateTime.of(2026, 3, 3, 19, 0, 0, 0, MOSCOW));
  }

  static Arguments of(String id, UnaryOperator<ContentPiece.Builder> breakIt, Status status) {
    return Arguments.of(id, breakIt, status);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        of("content.text.length", b -> b.body("x".repeat(16385)), Status.FAIL),
        of("content.headline.length", b -> b.headline("Обои ".repeat(30)), Status.WARN),
        of("content.hashtags.count", b -> b.hashtags(List.of()), Status.WARN),
        of(
            "content.hashtags.form",
            b -> b.hashtags(List.of("#ремонт", "#2026", "#ok!")),
            Status.FAIL),
        of(
            "content.image.size",
            b -> b.media(List.of(Media.image(400, 300, "small"))),
            Status.FAIL),
        of(
            "content.image.aspect",
            b -> b.media(List.of(Media.image(3000, 1000, "banner"))),
            Status.WARN),
        of("content.image.alt", b -> b.media(List.of(Media.image(1080, 1080, null))), Status.FAIL),
        of("content.visual", b -> b.media(List.of()), Status.FAIL),
        of("content.link", b -> b.links(List.of()), Status.FAIL),
        of("content.cta", b -> b.callToAction(null), Status.FAIL),
        of("content.purpose", b -> b.purpose(ContentPurpose.COMMERCIAL_OFFER), Status.WARN),
        of("content.headline.hooks", b -> b.headline("Обои в интерьере"), Status.FAIL),
        of(
            "content.schedule",
            b -> b.scheduledAt(ZonedDateTime.of(2026, 3, 3, 3, 30, 0, 0, MOSCOW)),
            Status.FAIL),
        of("content.audience", b -> b.persona(null).semanticCluster(null), Status.FAIL),
        of("content.platform", b -> b.targetPlatforms(List.of(Platform.INSTAGRAM)), Status.FAIL));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule_passesOnTheGoodPiece_andNotOnTheBrokenOne(
      String id, UnaryOperator<ContentPiece.Builder> breakIt, Status status) {
    Finding good = ENGINE.audit(good().build(), Platform.VKONTAKTE).finding(id).orElseThrow();
    Finding bad =
        ENGINE.audit(breakIt.apply(good()).build(), Platform.VKONTAKTE).finding(id).orElseThrow();
    assertThat(good.status()).as(id + ": " + good.evidence()).isEqualTo(Status.PASS);
    assertThat(bad.status()).as(id + ": " + bad.evidence()).isEqualTo(status);
    assertThat(bad.pointsLost()).isPositive();
    assertThat(bad.advice()).isNotEmpty().doesNotContain("{");
  }

  @Test
  void theGoodPiece_scores100_onVkontakte() {
    SmoReport r = ENGINE.audit(good().build(), Platform.VKONTAKTE);
    assertThat(r.score()).isEqualTo(100);
    assertThat(r.metadata()).isEmpty();
    assertThat(r.subject()).isEqualTo("post-001 on VKontakte");
  }

  @Test
  void textLength_followsThePlatformLimit_xAllows280() {
    ContentPiece piece = good().body("x".repeat(300)).targetPlatforms(List.of(Platform.X)).build();
    assertThat(
            ENGINE.audit(piece, Platform.X).finding("content.text.length").orElseThrow().message())
        .isEqualTo("Text is 300 characters; X (Twitter) allows 280");
    assertThat(
            ENGINE
                .audit(piece, Platform.VKONTAKTE)
                .finding("content.text.length")
                .orElseThrow()
                .status())
        .isEqualTo(Status.PASS);
  }

  @Test
  void hooks_recogniseEnglishRussianAndVietnamese() {
    for (String headline :
        List.of(
            "5 mistakes you make with wallpaper",
            "5 ошибок при поклейке: как избежать?",
            "5 mẹo chọn giấy dán tường")) {
      Finding f =
          ENGINE
              .audit(good().headline(headline).build(), Platform.VKONTAKTE)
              .finding("content.headline.hooks")
              .orElseThrow();
      assertThat(f.status()).as(headline + ": " + f.evidence()).isEqualTo(Status.PASS);
    }
  }

  @Test
  void instagramProfile_doesNotPenaliseAMissingLink() {
    ContentPiece piece =
        good().links(List.of()).targetPlatforms(List.of(Platform.INSTAGRAM)).build();
    SmoReport plain = ENGINE.audit(piece, Platform.INSTAGRAM);
    SmoReport tuned =
        ENGINE
            .withProfile(ScoringProfile.forPlatform(Platform.INSTAGRAM))
            .audit(piece, Platform.INSTAGRAM);
    assertThat(plain.finding("content.link")).isPresent();
    assertThat(tuned.finding("content.link")).isEmpty();
    assertThat(tuned.profile()).isEqualTo("content-instagram");
  }

  @Test
  void everyBuiltInContentRule_hasAGoldenCase() {
    Set<String> covered = cases().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
    List<String> contentRules =
        ENGINE.rules().stream().filter(r -> r instanceof ContentRule).map(SmoRule::id).toList();
    assertThat(covered).containsExactlyInAnyOrderElementsOf(contentRules);
  }
}
