package dev.smmkit.smo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smmkit.core.ContentPiece;
import dev.smmkit.core.Platform;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every built-in rule's findings on the golden pages and pieces, on the 46 real fixture pages and
 * on pages made for the rare branches, in English, Russian and Vietnamese: no rule ends in an error
 * (a message declaration mismatch would), and no message, advice or evidence shows a bare {@code
 * {placeholder}}.
 */
class LocalizedFindingsTest {
  static final Pattern BARE = Pattern.compile("\\{[a-zA-Z]+}");
  static final URI URL = URI.create("https://example.com/blog/wallpaper-guide");

  static final String OG_IMAGE = "<meta property=og:image content=https://example.com/a.jpg>";

  static Page page(String head) {
    return Page.parse("<html><head>" + head + "</head><body><p>x</p></body></html>", URL);
  }

  /** Pages for the branches the golden pages do not reach. */
  static List<Page> rarePages() {
    return List.of(
        page(OG_IMAGE),
        page(
            OG_IMAGE
                + "<meta property=og:image:width content=wide>"
                + "<meta property=og:image:height content=300>"),
        page("<meta property=og:image content=https://example.com/a.svg>"),
        page("<link rel=canonical href=https://example.com/a?sid=1&b=2&c=3#top>"),
        Page.parse("<html lang=\"not a tag\"><head></head><body></body></html>", URL),
        page("<script type=application/ld+json>{\"x\":1}</script>"),
        page(
            "<script type=application/ld+json>{\"@type\":\"Organization\",\"name\":\"O\"}</script>"));
  }

  static List<Page> pages() {
    List<Page> pages = new ArrayList<>(rarePages());
    PageRulesGoldenTest.cases()
        .forEach(
            a -> {
              pages.add((Page) a.get()[1]);
              pages.add((Page) a.get()[2]);
            });
    for (String name : FixtureAgreementTest.names()) {
      pages.add(
          Page.parse(
              FixtureAgreementTest.bytes(name + ".html"),
              URI.create("https://example.com/" + name),
              null));
    }
    return pages;
  }

  static List<ContentPiece> pieces() {
    List<ContentPiece> pieces = new ArrayList<>();
    pieces.add(ContentRulesGoldenTest.good().build());
    pieces.add(ContentRulesGoldenTest.good().body(null).media(List.of()).build());
    ContentRulesGoldenTest.cases()
        .forEach(
            a -> {
              @SuppressWarnings("unchecked")
              UnaryOperator<ContentPiece.Builder> breakIt =
                  (UnaryOperator<ContentPiece.Builder>) a.get()[1];
              pieces.add(breakIt.apply(ContentRulesGoldenTest.good()).build());
            });
    return pieces;
  }

  static void assertClean(SmoReport r, List<String> problems) {
    for (Finding f : r.findings()) {
      if (f.status() == Status.ERROR) {
        problems.add(r.subject() + " " + f.ruleId() + ": " + f.evidence());
      }
      for (String text : List.of(f.message(), f.advice(), f.evidence())) {
        if (BARE.matcher(text).find()) {
          problems.add(r.subject() + " " + f.ruleId() + ": " + text);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ru", "vi"})
  void everyFinding_hasNoErrorAndNoBarePlaceholder(String lang) {
    SmoEngine engine =
        SmoEngine.defaults()
            .withProfile(PageRulesGoldenTest.allOn())
            .withLocale(Locale.forLanguageTag(lang));
    List<String> problems = new ArrayList<>();
    int findings = 0;
    for (Page p : pages()) {
      SmoReport r = engine.audit(p);
      findings += r.findings().size();
      assertClean(r, problems);
    }
    for (ContentPiece piece : pieces()) {
      for (Platform platform : Platform.builtIns()) {
        SmoReport r = engine.audit(piece, platform);
        findings += r.findings().size();
        assertClean(r, problems);
      }
    }
    assertThat(findings).isGreaterThan(5000);
    assertThat(problems).isEmpty();
  }

  static Finding size(String lang) {
    return SmoEngine.defaults()
        .withLocale(Locale.forLanguageTag(lang))
        .audit(page(OG_IMAGE))
        .finding("og.image.size")
        .orElseThrow();
  }

  @Test
  void ogImageWithoutSize_saysSoInEachLanguage() {
    assertThat(Stream.of("en", "ru", "vi").map(LocalizedFindingsTest::size))
        .allSatisfy(f -> assertThat(f.status()).isEqualTo(Status.WARN))
        .allSatisfy(f -> assertThat(f.message() + f.advice()).contains("1200x630"))
        .allSatisfy(f -> assertThat(f.message()).doesNotContain("?x?"));
    assertThat(size("en").evidence()).isEqualTo("og:image:width and og:image:height not declared");
    assertThat(size("ru").evidence()).isEqualTo("og:image:width и og:image:height не указаны");
    assertThat(size("vi").evidence()).isEqualTo("chưa khai báo og:image:width và og:image:height");
  }

  @Test
  void phrases_areRenderedInTheReportLanguage() {
    Page p = page("<link rel=canonical href=https://example.com/a?sid=1&b=2&c=3#top>");
    Finding en = SmoEngine.defaults().audit(p).finding("permalink.shape").orElseThrow();
    Finding ru =
        SmoEngine.defaults()
            .withLocale(Locale.forLanguageTag("ru"))
            .audit(p)
            .finding("permalink.shape")
            .orElseThrow();
    assertThat(en.message())
        .isEqualTo(
            "The permanent address has session or tracking parameters,"
                + " more than 2 query parameters, a fragment");
    assertThat(ru.message())
        .contains("параметры сессии или отслеживания, больше 2 параметров запроса, фрагмент");
  }
}
