package dev.smmkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random valid campaigns: JSON round-trip is lossless; toBuilder().build() is the identity. */
class JsonPropertiesTest {
  private static final SmmJson JSON = SmmJson.defaults();
  private static final List<Platform> PLATFORMS = Platform.builtIns();
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/Moscow"),
          ZoneId.of("Asia/Ho_Chi_Minh"),
          ZoneId.of("UTC"),
          ZoneId.of("America/New_York"));

  private static Arbitrary<String> text() {
    // Latin, Cyrillic and Vietnamese letters, digits, spaces and punctuation.
    return Arbitraries.strings()
        .withChars("abcxyzАБВабвЁёжщыđĐăâêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệ0123456789 .,!?«»—-")
        .ofMinLength(1)
        .ofMaxLength(40)
        .filter(s -> !s.isBlank());
  }

  private static Arbitrary<Persona> personas() {
    Arbitrary<Demographics> demographics =
        Combinators.combine(
                Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 60),
                Arbitraries.of(Gender.class).injectNull(0.3),
                text().list().ofMaxSize(3),
                Arbitraries.of("ru", "vi", "en", "vi-VN").list().ofMaxSize(2))
            .as((a, b, g, loc, lang) -> new Demographics(new AgeRange(a, a + b), g, loc, lang));
    return Combinators.combine(
            text(),
            demographics,
            text().list().ofMaxSize(3),
            Arbitraries.of(PLATFORMS).list().ofMaxSize(3),
            text().list().ofMinSize(1).ofMaxSize(3),
            text().list().ofMinSize(1).ofMaxSize(3))
        .as(
            (name, d, interests, platforms, desires, pains) ->
                Persona.builder()
                    .name(name)
                    .demographics(d)
                    .interests(interests)
                    .platforms(platforms)
                    .desires(desires)
                    .pains(pains)
                    .build());
  }

  @Provide
  Arbitrary<Campaign> campaigns() {
    Arbitrary<List<Persona>> personas =
        personas().list().ofMinSize(1).ofMaxSize(3).uniqueElements(Persona::name);
    Arbitrary<List<Platform>> platforms =
        Arbitraries.of(PLATFORMS).list().ofMinSize(1).ofMaxSize(4).uniqueElements();
    Arbitrary<Money> budget =
        Combinators.combine(
                Arbitraries.longs().between(1, 10_000_000),
                Arbitraries.of("RUB", "USD", "EUR", "VND"))
            .as(
                (minor, cur) ->
                    cur.equals("VND")
                        ? Money.of(minor, cur)
                        : Money.of(BigDecimal.valueOf(minor, 2), cur));
    Arbitrary<Integer> days = Arbitraries.integers().between(0, 400);
    return Combinators.combine(
            text(),
            personas,
            platforms,
            budget,
            days,
            Arbitraries.integers().between(0, 5),
            Arbitraries.longs().between(0, 1_000_000),
            Arbitraries.of(ZONES))
        .as(
            (name, ps, pls, money, length, posts, members, zone) -> {
              LocalDate start = LocalDate.of(2026, 1, 1);
              LocalDate end = start.plusDays(length);
              List<ContentPiece> plan = new ArrayList<>();
              for (int i = 0; i < posts; i++) {
                plan.add(
                    ContentPiece.builder()
                        .id("p" + i)
                        .headline(i % 2 == 0 ? "Заголовок " + i : null)
                        .body("Nội dung " + i)
                        .media(
                            i % 3 == 0
                                ? List.of(Media.image(1080, 1080 + i, "alt " + i))
                                : List.of())
                        .links(List.of(URI.create("https://example.org/p/" + i)))
                        .hashtags(List.of("#тег" + i))
                        .purpose(
                            List.of(ContentPurpose.values())
                                .get(i % ContentPurpose.values().length))
                        .targetPlatforms(List.of(pls.get(i % pls.size())))
                        .persona(ps.get(i % ps.size()).name())
                        .semanticCluster(i % 2 == 0 ? "Кластер" : null)
                        .scheduledAt(
                            ZonedDateTime.of(
                                start.plusDays(Math.min(i, length)).atTime(9, 30 + i), zone))
                        .build());
              }
              return Campaign.builder()
                  .name(name)
                  .goals(
                      List.of(
                          Goal.builder()
                              .kind(GoalKind.ECONOMIC)
                              .metric("sales")
                              .unit(GoalUnit.MONEY)
                              .baseline(BigDecimal.valueOf(members, 2))
                              .target(BigDecimal.valueOf(members + 1, 2))
                              .deadline(end)
                              .build()))
                  .monthlyBudget(money)
                  .start(start)
                  .end(end)
                  .personas(ps)
                  .platforms(pls)
                  .communities(
                      List.of(
                          Community.builder()
                              .platform(pls.get(0))
                              .kind(CommunityKind.GROUP)
                              .handle("h" + members)
                              .memberCount(members)
                              .realMembers(members / 2)
                              .build()))
                  .semanticCore(
                      SemanticCore.builder()
                          .language("ru")
                          .addCluster(
                              "Кластер", SearchIntent.INFORMATIONAL, List.of("Как клеить " + name))
                          .build())
                  .contentPlan(plan)
                  .promotionMethods(
                      PromotionCatalog.builtIn().byHat(dev.smmkit.core.HatColor.WHITE))
                  .build();
            });
  }

  @Property(tries = 200)
  void jsonRoundTrip_isLossless(@ForAll("campaigns") Campaign campaign) {
    String json = JSON.write(campaign);
    Campaign back = JSON.read(json, Campaign.class);
    assertThat(back).isEqualTo(campaign);
    assertThat(JSON.write(back)).isEqualTo(json);
  }

  @Property(tries = 200)
  void toBuilderThenBuild_isIdentity(@ForAll("campaigns") Campaign campaign) {
    assertThat(campaign.toBuilder().build()).isEqualTo(campaign);
    for (Persona p : campaign.personas()) {
      assertThat(p.toBuilder().build()).isEqualTo(p);
    }
    for (ContentPiece c : campaign.contentPlan()) {
      assertThat(c.toBuilder().build()).isEqualTo(c);
    }
  }
}
