package dev.smmkit.examples;

import dev.smmkit.core.AgeRange;
import dev.smmkit.core.Campaign;
import dev.smmkit.core.Community;
import dev.smmkit.core.CommunityKind;
import dev.smmkit.core.ContentPiece;
import dev.smmkit.core.ContentPurpose;
import dev.smmkit.core.Demographics;
import dev.smmkit.core.Gender;
import dev.smmkit.core.Goal;
import dev.smmkit.core.GoalKind;
import dev.smmkit.core.GoalUnit;
import dev.smmkit.core.Media;
import dev.smmkit.core.Money;
import dev.smmkit.core.Persona;
import dev.smmkit.core.Platform;
import dev.smmkit.core.PromotionCatalog;
import dev.smmkit.core.SearchIntent;
import dev.smmkit.core.SemanticCore;
import dev.smmkit.metrics.io.ErrorMode;
import dev.smmkit.metrics.io.ReadResult;
import dev.smmkit.metrics.io.UciFacebookReader;
import dev.smmkit.metrics.io.UciPost;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** Shared sample data of the examples: the wallpaper shop of DOMAIN.md §3, and the UCI data. */
public final class Examples {
  private Examples() {}

  /**
   * The persona of a mother renovating a child's room.
   *
   * @return the persona
   */
  public static Persona renovatingMother() {
    return Persona.builder()
        .name("Renovating mother")
        .demographics(
            new Demographics(new AgeRange(28, 45), Gender.FEMALE, List.of("Москва"), List.of("ru")))
        .interests(List.of("ремонт", "дизайн интерьера"))
        .platforms(List.of(Platform.VKONTAKTE, Platform.ODNOKLASSNIKI))
        .desires(List.of("детская, которую легко отмыть"))
        .pains(List.of("обои отклеиваются через месяц"))
        .build();
  }

  /**
   * The semantic core of the shop, built from raw queries.
   *
   * @return the semantic core
   */
  public static SemanticCore semanticCore() {
    return SemanticCore.builder()
        .language("ru")
        .addCluster(
            "Покупка обоев",
            SearchIntent.TRANSACTIONAL,
            List.of("Купить обои в Москве", "купить  обои в москве", "обои с доставкой"))
        .addCluster(
            "Проблемы ремонта",
            SearchIntent.INFORMATIONAL,
            List.of("что делать если линолеум вздулся", "как клеить флизелиновые обои"))
        .build();
  }

  /**
   * The shop's campaign: VKontakte, Facebook and Odnoklassniki, 15 000 RUB a month.
   *
   * @return the campaign
   */
  public static Campaign wallpaperShop() {
    ZoneId moscow = ZoneId.of("Europe/Moscow");
    Persona couple =
        Persona.builder()
            .name("Young couple")
            .demographics(Demographics.ages(22, 32))
            .desires(List.of("a stylish flat on a small budget"))
            .pains(List.of("the landlord forbids painting walls"))
            .build();
    ContentPiece article =
        ContentPiece.builder()
            .id("post-001")
            .headline("Как поклеить флизелиновые обои за выходные")
            .body("Пошаговая инструкция с фото.")
            .media(List.of(Media.image(1080, 1080, "Рулон обоев и валик")))
            .links(List.of(URI.create("https://oboi.example.ru/blog/flizelin")))
            .hashtags(List.of("#ремонт", "#обои"))
            .purpose(ContentPurpose.INFORMATIONAL)
            .targetPlatforms(List.of(Platform.VKONTAKTE, Platform.ODNOKLASSNIKI))
            .persona("Renovating mother")
            .semanticCluster("Проблемы ремонта")
            .scheduledAt(ZonedDateTime.of(2026, 3, 3, 19, 0, 0, 0, moscow))
            .build();
    return Campaign.builder()
        .name("Oboi Moskva: spring 2026")
        .goals(
            List.of(
                Goal.builder()
                    .kind(GoalKind.ECONOMIC)
                    .metric("monthly sales from social networks")
                    .unit(GoalUnit.COUNT)
                    .baseline(BigDecimal.valueOf(5))
                    .target(BigDecimal.valueOf(40))
                    .deadline(LocalDate.of(2026, 5, 31))
                    .build()))
        .monthlyBudget(Money.of("15000.00", "RUB"))
        .start(LocalDate.of(2026, 3, 1))
        .end(LocalDate.of(2026, 5, 31))
        .personas(List.of(renovatingMother(), couple))
        .platforms(List.of(Platform.VKONTAKTE, Platform.FACEBOOK, Platform.ODNOKLASSNIKI))
        .communities(
            List.of(
                Community.builder()
                    .platform(Platform.VKONTAKTE)
                    .kind(CommunityKind.GROUP)
                    .handle("oboi_moskva")
                    .memberCount(240)
                    .realMembers(225)
                    .build()))
        .semanticCore(semanticCore())
        .contentPlan(List.of(article))
        .promotionMethods(
            List.of(
                PromotionCatalog.builtIn().find("targeted-ads").orElseThrow(),
                PromotionCatalog.builtIn().find("contests").orElseThrow()))
        .build();
  }

  /**
   * A file bundled with the examples.
   *
   * @param path the path under {@code dev/smmkit/examples/}
   * @return the bytes
   */
  public static byte[] resource(String path) {
    try (InputStream in = Examples.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource dev/smmkit/examples/" + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The bundled UCI Facebook metrics data (Moro, Rita and Vala, 2016, CC BY 4.0), read with
   * problems collected.
   *
   * @return the posts and the problems found
   */
  public static ReadResult<UciPost> uciData() {
    try (InputStream in = Examples.class.getResourceAsStream("data/dataset_Facebook.csv");
        Reader r = new InputStreamReader(in, StandardCharsets.US_ASCII)) {
      return UciFacebookReader.read(r, "dataset_Facebook.csv", ErrorMode.COLLECT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The citation to show wherever the UCI data is used. */
  public static final String UCI_CITATION =
      "Data: UCI Facebook metrics (S. Moro, P. Rita, B. Vala, J. Business Research 2016, CC BY 4.0)";
}
