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
import dev.smmkit.testsupport.Cases;
import dev.smmkit.testsupport.Draw;
import dev.smmkit.testsupport.Gen;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random valid campaigns (seeded, see {@link Cases}): JSON round-trip is lossless;
 * toBuilder().build() is the identity.
 */
class JsonPropertiesTest {
  private static final SmmJson JSON = SmmJson.defaults();
  private static final List<Platform> PLATFORMS = Platform.builtIns();
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/Moscow"),
          ZoneId.of("Asia/Ho_Chi_Minh"),
          ZoneId.of("UTC"),
          ZoneId.of("America/New_York"));

  /** Latin, Cyrillic and Vietnamese letters, digits, spaces and punctuation; never blank. */
  private static final Gen<String> TEXT =
      Gen.strings("abcxyzАБВабвЁёжщыđĐăâêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệ0123456789 .,!?«»—-", 1, 40)
          .filter(s -> !s.isBlank());

  private static final Gen<Integer> AGE = Gen.ints(0, 60);
  private static final Gen<Gender> GENDER = Gen.elements(Gender.values()).orNull(0.3);
  private static final Gen<List<String>> LANGUAGES =
      Gen.elements("ru", "vi", "en", "vi-VN").list(0, 2);
  private static final Gen<List<Platform>> SOME_PLATFORMS = Gen.elements(PLATFORMS).list(0, 3);
  private static final Gen<Money> BUDGET =
      Gen.zip(
          Gen.longs(1, 10_000_000),
          Gen.elements("RUB", "USD", "EUR", "VND"),
          (minor, cur) ->
              cur.equals("VND")
                  ? Money.of(minor, cur)
                  : Money.of(BigDecimal.valueOf(minor, 2), cur));

  private static Persona persona(Draw d, String name, int i) {
    int from = d.draw("persona" + i + ".ageFrom", AGE);
    int span = d.draw("persona" + i + ".ageSpan", AGE);
    Demographics demographics =
        new Demographics(
            new AgeRange(from, from + span),
            d.draw("persona" + i + ".gender", GENDER),
            d.draw("persona" + i + ".locations", TEXT.list(0, 3)),
            d.draw("persona" + i + ".languages", LANGUAGES));
    return Persona.builder()
        .name(name)
        .demographics(demographics)
        .interests(d.draw("persona" + i + ".interests", TEXT.list(0, 3)))
        .platforms(d.draw("persona" + i + ".platforms", SOME_PLATFORMS))
        .desires(d.draw("persona" + i + ".desires", TEXT.list(1, 3)))
        .pains(d.draw("persona" + i + ".pains", TEXT.list(1, 3)))
        .build();
  }

  /** A valid campaign: 1-3 personas with unique names, 1-4 distinct platforms, 0-5 posts. */
  private static Campaign campaign(Draw d) {
    String name = d.draw("name", TEXT);
    List<Persona> ps = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    int personas = d.draw("personas", Gen.ints(1, 3));
    for (int i = 0; i < personas; i++) {
      String personaName = d.draw("persona" + i + ".name", TEXT);
      if (names.add(personaName)) {
        ps.add(persona(d, personaName, i));
      }
    }
    List<Platform> pls =
        List.copyOf(new LinkedHashSet<>(d.draw("platforms", Gen.elements(PLATFORMS).list(1, 4))));
    Money money = d.draw("monthlyBudget", BUDGET);
    int length = d.draw("days", Gen.ints(0, 400));
    int posts = d.draw("posts", Gen.ints(0, 5));
    long members = d.draw("members", Gen.longs(0, 1_000_000));
    ZoneId zone = d.draw("zone", Gen.elements(ZONES));
    LocalDate start = LocalDate.of(2026, 1, 1);
    LocalDate end = start.plusDays(length);
    List<ContentPiece> plan = new ArrayList<>();
    for (int i = 0; i < posts; i++) {
      plan.add(
          ContentPiece.builder()
              .id("p" + i)
              .headline(i % 2 == 0 ? "Заголовок " + i : null)
              .body("Nội dung " + i)
              .media(i % 3 == 0 ? List.of(Media.image(1080, 1080 + i, "alt " + i)) : List.of())
              .links(List.of(URI.create("https://example.org/p/" + i)))
              .hashtags(List.of("#тег" + i))
              .purpose(ContentPurpose.values()[i % ContentPurpose.values().length])
              .targetPlatforms(List.of(pls.get(i % pls.size())))
              .persona(ps.get(i % ps.size()).name())
              .semanticCluster(i % 2 == 0 ? "Кластер" : null)
              .scheduledAt(
                  ZonedDateTime.of(start.plusDays(Math.min(i, length)).atTime(9, 30 + i), zone))
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
                .addCluster("Кластер", SearchIntent.INFORMATIONAL, List.of("Как клеить " + name))
                .build())
        .contentPlan(plan)
        .promotionMethods(PromotionCatalog.builtIn().byHat(dev.smmkit.core.HatColor.WHITE))
        .build();
  }

  @Test
  void jsonRoundTrip_isLossless() {
    Cases.check(
        d -> {
          Campaign campaign = campaign(d);
          String json = JSON.write(campaign);
          Campaign back = JSON.read(json, Campaign.class);
          assertThat(back).isEqualTo(campaign);
          assertThat(JSON.write(back)).isEqualTo(json);
        });
  }

  @Test
  void toBuilderThenBuild_isIdentity() {
    Cases.check(
        d -> {
          Campaign campaign = campaign(d);
          assertThat(campaign.toBuilder().build()).isEqualTo(campaign);
          for (Persona p : campaign.personas()) {
            assertThat(p.toBuilder().build()).isEqualTo(p);
          }
          for (ContentPiece c : campaign.contentPlan()) {
            assertThat(c.toBuilder().build()).isEqualTo(c);
          }
        });
  }
}
