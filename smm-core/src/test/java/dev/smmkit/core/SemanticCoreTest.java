package dev.smmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smmkit.testsupport.Cases;
import dev.smmkit.testsupport.Gen;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class SemanticCoreTest {

  @Test
  void queries_areNormalisedAndDeduplicated_russianTextUntouchedButFolded() {
    SemanticCore core = Samples.semanticCore();
    assertThat(core.cluster("Покупка обоев").orElseThrow().queries())
        .containsExactly("купить обои в москве", "обои с доставкой");
    assertThat(core.allQueries()).hasSize(4);
    assertThat(core.language()).isEqualTo("ru");
    assertThat(core.cluster("nope")).isEmpty();
  }

  @Test
  void vietnamese_decomposedAndComposedForms_areOneQuery() {
    String composed = "mua giấy dán tường ở Hà Nội";
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo(composed);
    SemanticCore core =
        SemanticCore.builder()
            .language("vi")
            .addCluster(
                "Mua",
                SearchIntent.TRANSACTIONAL,
                List.of(composed, decomposed, "MUA GIẤY DÁN TƯỜNG Ở HÀ NỘI"))
            .build();
    assertThat(core.allQueries()).containsExactly("mua giấy dán tường ở hà nội");
  }

  @Test
  void normalize_collapsesAllKindsOfWhiteSpace_andFoldsByLocale() {
    assertThat(SemanticCore.normalize("  Обои\u00A0\u00A0для\tкухни \u200B ", Locale.ROOT))
        .isEqualTo("обои для кухни");
    assertThat(SemanticCore.normalize("DİYARBAKIR", Locale.forLanguageTag("tr")))
        .isEqualTo("diyarbakır");
    assertThat(SemanticCore.normalize("Ёлка", Locale.forLanguageTag("ru"))).isEqualTo("ёлка");
  }

  @Test
  void duplicatesAcrossClusters_belongToTheFirstCluster() {
    SemanticCore core =
        SemanticCore.builder()
            .language("en")
            .addCluster("A", SearchIntent.COMMERCIAL, List.of("wallpaper", "glue"))
            .addCluster("B", SearchIntent.INFORMATIONAL, List.of("Wallpaper", "primer"))
            .build();
    assertThat(core.cluster("B").orElseThrow().queries()).containsExactly("primer");
  }

  @Test
  void clusterOfOnlyDuplicates_duplicateNames_andBadLanguage_areRejected() {
    assertThatThrownBy(
            () ->
                SemanticCore.builder()
                    .language("??")
                    .addCluster("A", SearchIntent.COMMERCIAL, List.of("wallpaper"))
                    .addCluster("A", SearchIntent.COMMERCIAL, List.of("WALLPAPER"))
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "SemanticCore.language: must be a BCP 47 language tag such as ru or vi-VN (was"
                + " \"??\")\n"
                + "SemanticCore.clusters[1].name: cluster names must be unique (was \"A\")\n"
                + "SemanticCore.clusters[1].queries: every query of this cluster is a duplicate of"
                + " an earlier one (was [WALLPAPER])");
  }

  @Test
  void emptyCore_andNullCluster_areRejected() {
    assertThatThrownBy(() -> SemanticCore.builder().language("ru").build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("SemanticCore.clusters: must not be empty (was [])");
    assertThatThrownBy(
            () ->
                SemanticCore.builder()
                    .language("ru")
                    .clusters(Arrays.asList((QueryCluster) null))
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("SemanticCore.clusters[0]: must not be null (was null)");
  }

  @Test
  void queryCluster_rejectsBlankNameMissingIntentAndBlankQueries() {
    assertThatThrownBy(() -> new QueryCluster(" ", null, Arrays.asList("ok", "")))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            """
            QueryCluster.name: must not be blank (was \" \")
            QueryCluster.intent: must not be null (was null)
            QueryCluster.queries[1]: must not be blank (was \"\")""");
    assertThatThrownBy(() -> new QueryCluster("A", SearchIntent.COMMERCIAL, List.of()))
        .isInstanceOf(ValidationException.class)
        .hasMessage("QueryCluster.queries: must not be empty (was [])");
  }

  @Test
  void normalize_isIdempotent() {
    // any Java string up to 255 chars: every kind of white space, combining marks, case traps
    // (Turkish I, sharp s, final sigma), emoji, lone surrogates, control chars; edge cases first
    Gen<String> raw = Gen.unicodeStrings(255);
    Cases.check(
        d -> {
          String once = SemanticCore.normalize(d.draw("raw", raw), Locale.forLanguageTag("ru"));
          assertThat(SemanticCore.normalize(once, Locale.forLanguageTag("ru"))).isEqualTo(once);
        });
  }

  @Test
  void toBuilder_isIdentity_andEquality() {
    SemanticCore core = Samples.semanticCore();
    assertThat(core.toBuilder().build()).isEqualTo(core);
    assertThat(core.toString()).isEqualTo("SemanticCore[language=ru, clusters=2]");
    EqualsVerifier.forClass(SemanticCore.class).suppress(Warning.NULL_FIELDS).verify();
  }
}
