package dev.smmkit.core;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** The sample campaign of DOMAIN.md §3: a wallpaper shop on VKontakte, Facebook, Odnoklassniki. */
final class Samples {
  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  private Samples() {}

  static Persona renovatingMother() {
    return Persona.builder()
        .name("Renovating mother")
        .demographics(
            new Demographics(
                new AgeRange(28, 45),
                Gender.FEMALE,
                List.of("Москва", "Подмосковье"),
                List.of("ru")))
        .interests(List.of("ремонт", "дизайн интерьера", "дети"))
        .platforms(List.of(Platform.VKONTAKTE, Platform.ODNOKLASSNIKI))
        .desires(List.of("детская, которую легко отмыть", "ремонт за выходные"))
        .pains(List.of("обои отклеиваются через месяц", "переплатить за ненужное"))
        .objections(List.of("в магазине дешевле"))
        .build();
  }

  static Persona youngCouple() {
    return Persona.builder()
        .name("Young couple, first flat")
        .demographics(
            new Demographics(new AgeRange(22, 32), null, List.of("Москва"), List.of("ru")))
        .platforms(List.of(Platform.VKONTAKTE, Platform.FACEBOOK))
        .desires(List.of("stylish flat on a small budget"))
        .pains(List.of("the landlord forbids painting walls"))
        .build();
  }

  static SemanticCore semanticCore() {
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

  static ContentPiece article() {
    return ContentPiece.builder()
        .id("post-001")
        .headline("Как поклеить флизелиновые обои за выходные")
        .body("Пошаговая инструкция с фото: от подготовки стен до последнего стыка.")
        .media(List.of(Media.image(1080, 1080, "Рулон обоев и валик на столе")))
        .links(List.of(URI.create("https://oboi.example.ru/blog/flizelin")))
        .hashtags(List.of("#ремонт", "#обои"))
        .callToAction("Читайте инструкцию на сайте")
        .purpose(ContentPurpose.INFORMATIONAL)
        .targetPlatforms(List.of(Platform.VKONTAKTE, Platform.ODNOKLASSNIKI))
        .persona("Renovating mother")
        .semanticCluster("Проблемы ремонта")
        .scheduledAt(ZonedDateTime.of(2026, 3, 3, 19, 0, 0, 0, MOSCOW))
        .build();
  }

  static ContentPiece offer() {
    return ContentPiece.builder()
        .id("post-002")
        .headline("−20 % на детские обои до воскресенья")
        .links(List.of(URI.create("https://oboi.example.ru/catalog/kids")))
        .callToAction("Выбрать обои")
        .purpose(ContentPurpose.COMMERCIAL_OFFER)
        .targetPlatforms(List.of(Platform.VKONTAKTE, Platform.FACEBOOK))
        .persona("Young couple, first flat")
        .semanticCluster("Покупка обоев")
        .scheduledAt(ZonedDateTime.of(2026, 3, 6, 12, 30, 0, 0, MOSCOW))
        .build();
  }

  static Goal salesGoal() {
    return Goal.builder()
        .kind(GoalKind.ECONOMIC)
        .metric("monthly sales from social networks")
        .unit(GoalUnit.COUNT)
        .baseline(BigDecimal.valueOf(5))
        .target(BigDecimal.valueOf(40))
        .deadline(LocalDate.of(2026, 5, 31))
        .build();
  }

  static Goal awarenessGoal() {
    return Goal.builder()
        .kind(GoalKind.COMMUNICATIVE)
        .metric("share of surveyed customers who know the shop's community")
        .unit(GoalUnit.PERCENT)
        .baseline(new BigDecimal("2.5"))
        .target(new BigDecimal("15"))
        .deadline(LocalDate.of(2026, 5, 31))
        .build();
  }

  static Campaign wallpaperShop() {
    PromotionCatalog catalog = PromotionCatalog.builtIn();
    return Campaign.builder()
        .name("Oboi Moskva: spring 2026")
        .goals(List.of(salesGoal(), awarenessGoal()))
        .monthlyBudget(Money.of("15000.00", "RUB"))
        .start(LocalDate.of(2026, 3, 1))
        .end(LocalDate.of(2026, 5, 31))
        .personas(List.of(renovatingMother(), youngCouple()))
        .platforms(List.of(Platform.VKONTAKTE, Platform.FACEBOOK, Platform.ODNOKLASSNIKI))
        .communities(
            List.of(
                Community.builder()
                    .platform(Platform.VKONTAKTE)
                    .kind(CommunityKind.GROUP)
                    .handle("oboi_moskva")
                    .memberCount(240)
                    .realMembers(225)
                    .build(),
                Community.builder()
                    .platform(Platform.FACEBOOK)
                    .kind(CommunityKind.PAGE)
                    .handle("oboi.moskva")
                    .memberCount(120)
                    .build(),
                Community.builder()
                    .platform(Platform.ODNOKLASSNIKI)
                    .kind(CommunityKind.GROUP)
                    .handle("oboimoskva")
                    .memberCount(80)
                    .build()))
        .semanticCore(semanticCore())
        .contentPlan(List.of(article(), offer()))
        .promotionMethods(
            List.of(
                catalog.find("targeted-ads").orElseThrow(),
                catalog.find("contests").orElseThrow(),
                catalog.find("group-optimization").orElseThrow()))
        .build();
  }
}
