package dev.smmkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Defects found in the review of smm-core, each pinned by a test. */
class ReviewFindingsTest {

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
