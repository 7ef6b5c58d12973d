package dev.smmkit.smo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smmkit.core.ValidationException;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Parsing: charsets, base URLs, metadata fallbacks, and hostile input. */
class PageTest {
  static final URI URL = URI.create("https://oboi.example.ru/blog/post");
  static final Charset CP1251 = Charset.forName("windows-1251");
  static final String RU_TITLE = "Обои для детской: как выбрать";

  @Test
  void charset_fromMetaCharset() {
    byte[] bytes =
        ("<html><head><meta charset=\"windows-1251\"><title>" + RU_TITLE + "</title></head></html>")
            .getBytes(CP1251);
    Page page = Page.parse(bytes, URL, null);
    assertThat(page.charset()).isEqualTo(CP1251);
    assertThat(page.charsetSource()).isEqualTo("meta");
    assertThat(page.metadata().value(MetaField.TITLE)).contains(RU_TITLE);
  }

  @Test
  void charset_fromHttpEquiv() {
    byte[] bytes =
        ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><title>"
                + RU_TITLE
                + "</title></head></html>")
            .getBytes(CP1251);
    Page page = Page.parse(bytes, URL, null);
    assertThat(page.charsetSource()).isEqualTo("meta");
    assertThat(page.metadata().value(MetaField.TITLE)).contains(RU_TITLE);
  }

  @Test
  void charset_fromTheCaller_beatsAWrongMetaDeclaration() {
    byte[] bytes = ("<meta charset=\"utf-8\"><title>" + RU_TITLE + "</title>").getBytes(CP1251);
    Page page = Page.parse(bytes, URL, CP1251);
    assertThat(page.charsetSource()).isEqualTo("caller");
    assertThat(page.metadata().value(MetaField.TITLE)).contains(RU_TITLE);
  }

  @Test
  void charset_fromTheByteOrderMark_beatsEverything() {
    byte[] body =
        ("<title>Giấy dán tường cho phòng trẻ em</title>").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Page page = Page.parse(bytes, URL, CP1251);
    assertThat(page.charsetSource()).isEqualTo("bom");
    assertThat(page.metadata().value(MetaField.TITLE)).contains("Giấy dán tường cho phòng trẻ em");
  }

  @Test
  void charset_utf16WithBom() {
    byte[] body = "<title>Обои</title>".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    Page page = Page.parse(bytes, URL, null);
    assertThat(page.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(page.metadata().value(MetaField.TITLE)).contains("Обои");
  }

  @Test
  void aWrongCharset_isFlaggedPartial() {
    byte[] cp1251 = ("<title>" + RU_TITLE + "</title>").getBytes(CP1251);
    Page page = Page.parse(cp1251, URL, StandardCharsets.UTF_8);
    assertThat(page.isPartial()).isTrue();
    assertThat(page.notes())
        .singleElement()
        .asString()
        .endsWith(
            "byte sequences are not valid UTF-8 (charset from caller); the charset may be wrong");
  }

  @Test
  void charset_defaultsToUtf8() {
    Page page = Page.parse("<title>Обои</title>".getBytes(StandardCharsets.UTF_8), URL, null);
    assertThat(page.charsetSource()).isEqualTo("default");
    assertThat(page.metadata().value(MetaField.TITLE)).contains("Обои");
  }

  @Test
  void relativeUrls_resolveAgainstBaseHref() {
    Page page =
        Page.parse(
            "<head><base href=\"https://cdn.example.ru/static/\"><meta property=og:image content=\"img/a.jpg\"><link rel=canonical href=\"/blog/post\"></head>",
            URL);
    assertThat(page.metadata().value(MetaField.IMAGE))
        .contains("https://cdn.example.ru/static/img/a.jpg");
    assertThat(page.metadata().value(MetaField.CANONICAL))
        .contains("https://cdn.example.ru/blog/post");
  }

  @Test
  void relativeUrls_resolveAgainstThePageUrl() {
    Page page = Page.parse("<meta property=og:image content=\"../img/a.jpg\">", URL);
    assertThat(page.metadata().get(MetaField.IMAGE).orElseThrow())
        .isEqualTo(new MetaValue("https://oboi.example.ru/img/a.jpg", "meta og:image"));
  }

  @Test
  void title_fallsBackLikeTheNetworks() {
    String og = "<meta property=og:title content=OG>";
    String tw = "<meta name=twitter:title content=TW>";
    String ld =
        "<script type=application/ld+json>{\"@type\":\"Article\",\"headline\":\"LD\"}</script>";
    String title = "<title>TITLE</title>";
    String h1 = "<h1>H1</h1>";
    assertThat(source(og + tw + ld + title + h1)).isEqualTo(new MetaValue("OG", "meta og:title"));
    assertThat(source(tw + ld + title + h1)).isEqualTo(new MetaValue("TW", "meta twitter:title"));
    assertThat(source(ld + title + h1)).isEqualTo(new MetaValue("LD", "json-ld headline"));
    assertThat(source(title + h1)).isEqualTo(new MetaValue("TITLE", "title"));
    assertThat(source(h1)).isEqualTo(new MetaValue("H1", "h1"));
  }

  private static MetaValue source(String head) {
    return Page.parse("<html><head>" + head + "</head></html>", URL)
        .metadata()
        .get(MetaField.TITLE)
        .orElseThrow();
  }

  @Test
  void jsonLd_graphAuthorsDatesAndPublishers() {
    Page page =
        Page.parse(
            "<script type=application/ld+json>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"Organization\",\"name\":\"Oboi\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"author\":[{\"@type\":\"Person\",\"name\":\"Анна\"}],"
                + "\"datePublished\":\"2026-03-03T19:00:00+03:00\",\"publisher\":{\"name\":\"Обои Москва\"},\"image\":[{\"url\":\"/a.jpg\"}],\"inLanguage\":\"ru-RU\"}]}</script>",
            URL);
    ShareMetadata m = page.metadata();
    assertThat(m.value(MetaField.AUTHOR)).contains("Анна");
    assertThat(m.value(MetaField.DATE)).contains("2026-03-03T16:00:00Z");
    assertThat(m.value(MetaField.SITE_NAME)).contains("Обои Москва");
    assertThat(m.value(MetaField.IMAGE)).contains("https://oboi.example.ru/a.jpg");
    assertThat(m.value(MetaField.LANG)).contains("ru");
    assertThat(m.value(MetaField.TYPE)).contains("NewsArticle");
    assertThat(m.value(MetaField.URL)).contains(URL.toString());
    assertThat(m.get(MetaField.URL).orElseThrow().source()).isEqualTo("page url");
  }

  @Test
  void dates_keepTheirTimeOfDayAndOffset() {
    assertThat(date("<meta property=article:published_time content=\"2016-04-25 23:37:17\">"))
        .isEqualTo("2016-04-25T23:37:17Z");
    assertThat(
            date(
                "<meta property=article:published_time content=\"2024-06-01T23:00:00.123456-0500\">"))
        .isEqualTo("2024-06-02T04:00:00.123456Z");
    assertThat(date("<meta name=date content=\"2024-06-01\">")).isEqualTo("2024-06-01T00:00:00Z");
  }

  private static String date(String head) {
    return Page.parse("<head>" + head + "</head>", URL)
        .metadata()
        .value(MetaField.DATE)
        .orElseThrow();
  }

  @Test
  void ogRules_readMetaTagsLikeTheExtractor() {
    Page page =
        Page.parse(
            "<meta property=og:image content=' '><meta property=og:image value='https://e.com/i.png'>"
                + "<meta property=og:title content=''><meta name=og:title content='Title'>",
            URL);
    SmoReport r = SmoEngine.defaults().audit(page);
    assertThat(page.metadata().value(MetaField.IMAGE)).contains("https://e.com/i.png");
    assertThat(r.finding("og.image").orElseThrow().status()).isEqualTo(Status.PASS);
    assertThat(r.finding("og.title").orElseThrow().status()).isEqualTo(Status.PASS);
  }

  @Test
  void viewport_readsItsSettings() {
    assertThat(viewport("width=device-width, maximum-scale=1.05")).isEqualTo(Status.PASS);
    assertThat(viewport("width=device-width; maximum-scale=1; user-scalable=yes"))
        .isEqualTo(Status.WARN);
    assertThat(viewport("width=device-width,user-scalable=0")).isEqualTo(Status.WARN);
  }

  private static Status viewport(String content) {
    Page page = Page.parse("<meta name=viewport content=\"" + content + "\">", URL);
    return SmoEngine.defaults().audit(page).finding("viewport").orElseThrow().status();
  }

  @Test
  void rulesRespectThePagesLimits() {
    byte[] html =
        "<script type=application/ld+json>{\"@type\":\"Organization\",\"name\":\"Oboi\",\"url\":\"https://oboi.example.ru/\"}</script>"
            .getBytes(StandardCharsets.UTF_8);
    Page page = Page.parse(html, URL, null, new PageLimits(1 << 20, 64, 20));
    assertThat(page.notes()).singleElement().asString().contains("exceeds 20 and was ignored");
    assertThat(SmoEngine.defaults().audit(page).finding("jsonld.present").orElseThrow().status())
        .isEqualTo(Status.FAIL);
  }

  @Test
  void manyRelatedHeadings_stillOneLinearPass() {
    String html =
        "<div><h2>Related</h2></div>".repeat(20_000)
            + "<aside><h2>Related</h2><a href=/a>A</a><a href=/b>B</a></aside>";
    Finding f =
        SmoEngine.defaults().audit(Page.parse(html, URL)).finding("related.lists").orElseThrow();
    // Only the first 200 matching headings are examined in depth: the list at the end is missed,
    // by design, rather than spending quadratic time.
    assertThat(f.status()).as(f.evidence()).isEqualTo(Status.FAIL);
  }

  @Test
  void emptyInput_isAClearError() {
    assertThatThrownBy(() -> Page.parse(new byte[0], URL, null))
        .isInstanceOf(SmoInputException.class)
        .hasMessage("https://oboi.example.ru/blog/post: the page is empty");
    assertThatThrownBy(() -> Page.parse("  \n ", URL))
        .isInstanceOf(SmoInputException.class)
        .hasMessage("https://oboi.example.ru/blog/post: the page is empty");
  }

  @Test
  void binaryJunk_isAClearError() {
    byte[] junk = new byte[4096];
    new Random(1).nextBytes(junk);
    assertThatThrownBy(() -> Page.parse(junk, URL, null))
        .isInstanceOf(SmoInputException.class)
        .hasMessageStartingWith("https://oboi.example.ru/blog/post: not HTML: ")
        .hasMessageContaining("control characters in the first");
  }

  @Test
  void relativePageUrl_isRejected() {
    assertThatThrownBy(() -> Page.parse("<title>x</title>", URI.create("/blog/post")))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("Page.url: must be an absolute URL");
  }

  @Test
  void aHugePage_isCutAtTheLimit_andFlaggedPartial() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] para =
        "<p>Обои для детской комнаты, которые легко мыть.</p>\n".getBytes(StandardCharsets.UTF_8);
    out.writeBytes("<html><head><title>Big</title></head><body>".getBytes(StandardCharsets.UTF_8));
    while (out.size() < 20 << 20) {
      out.writeBytes(para);
    }
    Page page = Page.parse(out.toByteArray(), URL, null);
    assertThat(page.isPartial()).isTrue();
    assertThat(page.notes())
        .singleElement()
        .asString()
        .startsWith("truncated at 8388608 bytes of 2097");
    SmoReport report = SmoEngine.defaults().audit(page);
    assertThat(report.isPartial()).isTrue();
    assertThat(report.metadata().orElseThrow().value(MetaField.TITLE)).contains("Big");
  }

  @Test
  void deepNesting_isFlattened_notAStackOverflow() {
    String html = "<div>".repeat(10_000) + "<h1>Deep</h1>" + "</div>".repeat(10_000);
    SmoReport report = SmoEngine.defaults().audit(Page.parse(html, URL));
    assertThat(report.finding("headline.present").orElseThrow().status()).isEqualTo(Status.PASS);
    assertThat(report.findings()).noneMatch(f -> f.status() == Status.ERROR);
  }

  @Test
  void thousandsOfOgImages_areCapped_andFlaggedPartial() {
    String head = "<meta property=og:image content=\"/img/1.jpg\">".repeat(5000);
    Page page = Page.parse("<html><head>" + head + "</head></html>", URL);
    assertThat(page.metadata().value(MetaField.IMAGE))
        .contains("https://oboi.example.ru/img/1.jpg");
    assertThat(page.notes()).contains("4936 more meta og:image tags beyond the first 64 ignored");
  }

  @Test
  void hugeJsonLd_isSkipped_andFlagged() {
    String big = "{\"@type\":\"Article\",\"headline\":\"" + "x".repeat(1_000_001) + "\"}";
    Page page =
        Page.parse("<script type=application/ld+json>" + big + "</script><title>T</title>", URL);
    assertThat(page.metadata().value(MetaField.TITLE)).contains("T");
    assertThat(page.notes()).singleElement().asString().contains("exceeds 1000000 and was ignored");
  }

  @Test
  void deeplyNestedJsonLd_isIgnored() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    Page page =
        Page.parse("<script type=application/ld+json>" + deep + "</script><title>T</title>", URL);
    assertThat(page.metadata().value(MetaField.TITLE)).contains("T");
    assertThat(SmoEngine.defaults().audit(page).finding("jsonld.present").orElseThrow().status())
        .isEqualTo(Status.FAIL);
  }

  @Test
  void limits_areValidated() {
    assertThatThrownBy(() -> new PageLimits(0, 1, 1))
        .isInstanceOf(ValidationException.class)
        .hasMessage("PageLimits.maxBytes: must be >= 1 (was 0)");
    Page page =
        Page.parse(
            "<title>Обои</title>".getBytes(StandardCharsets.UTF_8),
            URL,
            null,
            new PageLimits(10, 1, 1));
    assertThat(page.notes()).containsExactly("truncated at 10 bytes of 23");
  }

  @Test
  void read_holdsAtMostTheLimit_ofAnEndlessStream_andFlagsThePagePartial() throws Exception {
    byte[] start =
        "<html><head><title>Endless</title></head><body><p>"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.io.InputStream endless =
        new java.io.InputStream() {
          long at;

          @Override
          public int read() {
            return at < start.length ? start[(int) at++] : 'a';
          }
        };
    PageLimits limits = new PageLimits(4096, 100, 1000);
    Page page = Page.read(endless, URI.create("https://example.com/x"), null, limits);
    assertThat(page.isPartial()).isTrue();
    assertThat(page.notes()).contains("truncated at 4096 bytes (the input is longer)");
    assertThat(page.metadata().get(MetaField.TITLE).orElseThrow().value()).isEqualTo("Endless");
    Page whole =
        Page.read(
            new java.io.ByteArrayInputStream(java.util.Arrays.copyOf(start, start.length)),
            URI.create("https://example.com/x"),
            null,
            new PageLimits(start.length, 100, 1000));
    assertThat(whole.isPartial()).isFalse();
  }
}
