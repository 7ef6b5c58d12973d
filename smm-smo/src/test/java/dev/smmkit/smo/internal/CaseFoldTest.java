package dev.smmkit.smo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseFoldTest {
  @ParameterizedTest(name = "\"{0}\" and \"{1}\" are the same hashtag")
  @CsvSource({
    "Straße, STRASSE",
    "İstanbul, istanbul",
    "ISTANBUL, ıstanbul",
    "'Vie\u0323\u0302tNam', VIỆTNAM",
    "ＳＭＭ, smm",
  })
  void hashtagFold_treatsCaseAndFormVariantsAlike(String a, String b) {
    assertThat(ContentRules.fold(a)).isEqualTo(ContentRules.fold(b));
  }

  @ParameterizedTest(name = "\"{0}\" and \"{1}\" stay different hashtags")
  @CsvSource({"việt, viet", "обои, обой"})
  void hashtagFold_keepsDifferentLettersApart(String a, String b) {
    assertThat(ContentRules.fold(a)).isNotEqualTo(ContentRules.fold(b));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Комментарии", "КОММЕНТАРИЙ", "Оставьте отзыв", "BÌNH LUẬN"})
  void commentHint_matchesNonLatinWordsInAnyCase(String hint) {
    assertThat(PageRules.COMMENT_HINT.matcher(hint).find()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Встроить", "КОД ДЛЯ ВСТАВКИ", "Nhúng video", "NHÚNG"})
  void embedText_matchesNonLatinWordsInAnyCase(String label) {
    assertThat(PageRules.EMBED_TEXT.matcher(label).find()).isTrue();
  }
}
