package dev.smmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class CommunityAndPromotionTest {

  @Test
  void community_realAndBotMembers() {
    Community c =
        Community.builder()
            .platform(Platform.VKONTAKTE)
            .kind(CommunityKind.PUBLIC)
            .handle("oboi")
            .memberCount(6000)
            .realMembers(4500)
            .build();
    assertThat(c.botMembers()).isEqualTo(1500);
    assertThat(c.realShare()).isEqualTo(0.75);
    assertThat(c.toBuilder().build()).isEqualTo(c);
    assertThat(c).hasToString("Community[vkontakte/oboi, PUBLIC, members=6000, real=4500]");
    Community empty = c.toBuilder().memberCount(0).realMembers(0).build();
    assertThat(empty.realShare()).isEqualTo(1.0);
  }

  @Test
  void community_realMembersAboveCount_andNegativeCounts_areRejected() {
    assertThatThrownBy(
            () ->
                Community.builder()
                    .platform(Platform.VKONTAKTE)
                    .kind(CommunityKind.GROUP)
                    .handle("g")
                    .memberCount(100)
                    .realMembers(101)
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("Community.realMembers: real members must not exceed member count (was 101)");
    assertThatThrownBy(() -> Community.builder().memberCount(-1).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            """
            Community.handle: must not be blank (was null)
            Community.kind: must not be null (was null)
            Community.memberCount: must be greater than or equal to 0 (was -1)
            Community.platform: must not be null (was null)
            Community.realMembers: must be greater than or equal to 0 (was -1)""");
  }

  @Test
  void catalogue_holdsEveryMethodOfTheDocuments_byHatColour() {
    PromotionCatalog catalog = PromotionCatalog.builtIn();
    assertThat(catalog.byHat(HatColor.WHITE))
        .extracting(PromotionMethod::id)
        .containsExactly(
            "targeted-ads", "contests", "community-ads", "group-optimization", "communication");
    assertThat(catalog.byHat(HatColor.GREY))
        .extracting(PromotionMethod::id)
        .containsExactly("bought-subscribers", "spam-mailing", "mass-following");
    assertThat(catalog.byHat(HatColor.BLACK))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.legality()).isEqualTo(Legality.AGAINST_LAW);
              assertThat(m.risk()).isEqualTo(RiskLevel.CRITICAL);
            });
    assertThat(catalog.byHat(HatColor.GREY))
        .allSatisfy(
            m -> {
              assertThat(m.legality()).isEqualTo(Legality.AGAINST_PLATFORM_RULES);
              assertThat(m.consequence()).contains("blocks the group");
            });
    assertThat(catalog.find("nope")).isEmpty();
  }

  @Test
  void catalogue_acceptsCallersMethods_butNotDuplicateIds() {
    PromotionMethod influencer =
        PromotionMethod.builder()
            .id("influencer-post")
            .name("Influencer post")
            .description("A paid post by a blogger the persona follows.")
            .hatColor(HatColor.WHITE)
            .risk(RiskLevel.LOW)
            .consequence("Paying for an audience that does not match.")
            .cost(new CostModel(CostBasis.FIXED, Money.of(5000, "RUB")))
            .build();
    PromotionCatalog mine = PromotionCatalog.withBuiltInsAnd(List.of(influencer));
    assertThat(mine.methods()).hasSize(10);
    assertThat(mine.find("influencer-post")).contains(influencer);
    assertThatThrownBy(() -> PromotionCatalog.withBuiltInsAnd(List.of(influencer, influencer)))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "PromotionCatalog.methods[10].id: promotion method ids must be unique (was"
                + " \"influencer-post\")");
    assertThatThrownBy(() -> PromotionCatalog.of(Arrays.asList((PromotionMethod) null)))
        .isInstanceOf(ValidationException.class)
        .hasMessage("PromotionCatalog.methods[0]: must not be null (was null)");
  }

  @Test
  void method_greyWithLowRisk_badId_andMissingParts_areRejected() {
    assertThatThrownBy(
            () ->
                PromotionMethod.builder()
                    .id("Bad Id")
                    .name("x")
                    .description("x")
                    .hatColor(HatColor.GREY)
                    .risk(RiskLevel.LOW)
                    .consequence("x")
                    .cost(CostModel.of(CostBasis.FREE))
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "PromotionMethod.id: must match \"[a-z0-9][a-z0-9-]{0,63}\" (was \"Bad Id\")\n"
                + "PromotionMethod.risk: grey and black methods carry at least HIGH risk (was"
                + " LOW)");
    assertThatThrownBy(() -> PromotionMethod.builder().build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("PromotionMethod.cost: must not be null")
        .hasMessageContaining("PromotionMethod.hatColor: must not be null");
  }

  @Test
  void costModel_rejectsNegativePrices_andPricesForFreeMethods() {
    assertThatThrownBy(() -> new CostModel(CostBasis.PER_CLICK, Money.of("-1.00", "RUB")))
        .isInstanceOf(ValidationException.class)
        .hasMessage("CostModel.unitPrice: must be greater than or equal to 0 (was -1.00 RUB)");
    assertThatThrownBy(() -> new CostModel(CostBasis.FREE, Money.of(1, "RUB")))
        .isInstanceOf(ValidationException.class)
        .hasMessage("CostModel.unitPrice: a free method has no unit price (was 1.00 RUB)");
    assertThatThrownBy(() -> new CostModel(null, null))
        .isInstanceOf(ValidationException.class)
        .hasMessage("CostModel.basis: must not be null (was null)");
  }

  @Test
  void hatColours_mapToLegality() {
    assertThat(HatColor.WHITE.legality()).isEqualTo(Legality.ALLOWED);
    assertThat(HatColor.GREY.legality()).isEqualTo(Legality.AGAINST_PLATFORM_RULES);
    assertThat(HatColor.BLACK.legality()).isEqualTo(Legality.AGAINST_LAW);
  }

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(Community.class).suppress(Warning.NULL_FIELDS).verify();
    EqualsVerifier.forClass(PromotionMethod.class).suppress(Warning.NULL_FIELDS).verify();
    PromotionMethod m = PromotionCatalog.builtIn().methods().get(0);
    assertThat(m.toBuilder().build()).isEqualTo(m);
    assertThat(m).hasToString("PromotionMethod[targeted-ads, WHITE]");
  }
}
