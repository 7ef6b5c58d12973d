package dev.smmkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SemanticCoreCaseFoldTest {
  @ParameterizedTest(name = "{0}: \"{1}\" and \"{2}\" are one query")
  @CsvSource({
    // German sharp s folds to ss
    "de, STRASSE streichen, straße streichen",
    "de, Straße, STRASSE",
    // Turkish: dotted capital I is i, dotless capital I is ı
    "tr, İSTANBUL duvar kağıdı, istanbul duvar kağıdı",
    "tr, ISPARTA, ısparta",
    // Vietnamese: combining marks (NFD) and precomposed letters are the same text
    "vi, 'Vie\u0323\u0302t Nam', Việt Nam",
    "vi, VIỆT NAM, việt nam",
    // full-width letters and ligatures (NFKC)
    "en, ＳＭＭ ﬁlm, smm film",
    // Greek final sigma
    "el, ΟΔΟΣ, οδος",
  })
  void normalize_foldsCaseAndForm(String language, String a, String b) {
    Locale locale = Locale.forLanguageTag(language);

    assertThat(SemanticCore.normalize(a, locale)).isEqualTo(SemanticCore.normalize(b, locale));
  }

  @ParameterizedTest(name = "{0}: \"{1}\" and \"{2}\" stay apart")
  @CsvSource({
    // Turkish keeps dotted and dotless i apart
    "tr, kır, kir",
    "tr, ISPARTA, isparta",
    // Vietnamese tone marks are letters, not case
    "vi, việt, viet",
  })
  void normalize_keepsLettersThatDiffer(String language, String a, String b) {
    Locale locale = Locale.forLanguageTag(language);

    assertThat(SemanticCore.normalize(a, locale)).isNotEqualTo(SemanticCore.normalize(b, locale));
  }
}
