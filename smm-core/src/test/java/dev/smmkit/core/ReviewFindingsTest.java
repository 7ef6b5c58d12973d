package dev.smmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
