package dev.smmkit.smo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in page rule on a page that passes it and a page that does not. */
class PageRulesGoldenTest {
  static final SmoEngine ENGINE = SmoEngine.defaults();
  static final URI URL = URI.create("https://example.com/blog/wallpaper-guide");

  static Page page(String head, String body) {
    return Page.parse(
        "<!doctype html><html><head>" + head + "</head><body>" + body + "</body></html>", URL);
  }

  static Page page(String htmlAttrs, String head, String body) {
    return Page.parse(
        "<!doctype html><html "
            + htmlAttrs
            + "><head>"
            + head
            + "</head><body>"
            + body
            + "</body></html>",
        URL);
  }

  static String links(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append("<a href=\"/blog/post-").append(i).append("\">Post ").append(i).append("</a>");
    }
    return s.toString();
  }

  static final String COMMENT_FORM =
      "<form id=\"commentform\" action=\"/wp-comments-post.php\"><textarea name=\"comment\"></textarea>";

  /** Rule id, a page that passes, a page that does not, and the status of the second. */
  static Stream<Arguments> cases() {
    return Stream.of(
        of(
            "title.present",
            page("<title>How to choose wallpaper</title>", ""),
            page("", "<p>x</p>"),
            Status.FAIL),
        of(
            "title.length",
            page("<title>How to choose wallpaper for a nursery</title>", ""),
            page("<title>Hi</title>", ""),
            Status.WARN),
        of(
            "description.present",
            page("<meta name=description content=\"Washable wallpaper\">", ""),
            page("", ""),
            Status.FAIL),
        of(
            "description.length",
            page(
                "<meta property=og:description content=\"Washable wallpaper for a nursery: what to buy, how to hang it, and how to clean it.\">",
                ""),
            page("<meta property=og:description content=\"Short.\">", ""),
            Status.WARN),
        of(
            "og.title",
            page("<meta property=og:title content=\"Wallpaper guide\">", ""),
            page("<title>Wallpaper guide</title>", ""),
            Status.FAIL),
        of(
            "og.description",
            page("<meta property=og:description content=\"All about wallpaper\">", ""),
            page("<meta name=description content=\"All\">", ""),
            Status.FAIL),
        of(
            "og.image",
            page("<meta property=og:image content=\"/img/share.jpg\">", ""),
            page("<meta property=og:image content=\"ftp://example.com/a.jpg\">", ""),
            Status.FAIL),
        of(
            "og.image.size",
            page(
                "<meta property=og:image content=\"/a.jpg\"><meta property=og:image:width content=1200><meta property=og:image:height content=630>",
                ""),
            page(
                "<meta property=og:image content=\"/a.jpg\"><meta property=og:image:width content=300><meta property=og:image:height content=200>",
                ""),
            Status.FAIL),
        of(
            "og.image.type",
            page(
                "<meta property=og:image content=\"/a.jpg\"><meta property=og:image:type content=image/jpeg>",
                ""),
            page("<meta property=og:image content=\"/logo.svg\">", ""),
            Status.FAIL),
        of(
            "og.image.alt",
            page(
                "<meta property=og:image content=\"/a.jpg\"><meta property=og:image:alt content=\"A nursery\">",
                ""),
            page("<meta property=og:image content=\"/a.jpg\">", ""),
            Status.FAIL),
        of(
            "og.url",
            page("<meta property=og:url content=\"https://example.com/blog/wallpaper-guide\">", ""),
            page("", ""),
            Status.FAIL),
        of(
            "og.type",
            page("<meta property=og:type content=article>", ""),
            page("", ""),
            Status.FAIL),
        of(
            "og.site_name",
            page("<meta property=og:site_name content=\"Oboi Moskva\">", ""),
            page("", ""),
            Status.FAIL),
        of(
            "og.locale",
            page("<meta property=og:locale content=ru_RU>", ""),
            page("", ""),
            Status.FAIL),
        of(
            "twitter.card",
            page("<meta name=twitter:card content=summary_large_image>", ""),
            page("", ""),
            Status.FAIL),
        of(
            "canonical.present",
            page("<link rel=canonical href=\"/blog/wallpaper-guide\">", ""),
            page("", ""),
            Status.FAIL),
        of(
            "canonical.consistent",
            page(
                "<link rel=canonical href=\"https://example.com/blog/wallpaper-guide\"><meta property=og:url content=\"https://www.example.com/blog/wallpaper-guide/\">",
                ""),
            page(
                "<link rel=canonical href=\"https://example.com/blog/wallpaper-guide\"><meta property=og:url content=\"https://example.com/?p=123\">",
                ""),
            Status.FAIL),
        of(
            "permalink.shape",
            page("<link rel=canonical href=\"https://example.com/blog/wallpaper-guide\">", ""),
            page("<link rel=canonical href=\"https://example.com/blog?p=1&sid=abc&x=1#top\">", ""),
            Status.FAIL),
        of("lang.declared", page("lang=ru", "", ""), page("", ""), Status.FAIL),
        of(
            "icons",
            page(
                "<link rel=icon href=/favicon.png><link rel=apple-touch-icon href=/touch.png>", ""),
            page("", ""),
            Status.FAIL),
        of(
            "jsonld.present",
            page(
                "<script type=application/ld+json>{\"@context\":\"https://schema.org\",\"@type\":\"Organization\",\"name\":\"Oboi\"}</script>",
                ""),
            page("<script type=application/ld+json>{not json</script>", ""),
            Status.FAIL),
        of(
            "jsonld.article",
            page(
                "<script type=application/ld+json>{\"@type\":\"Article\",\"headline\":\"H\",\"author\":{\"name\":\"Anna\"},\"datePublished\":\"2026-03-01\",\"publisher\":{\"name\":\"Oboi\"},\"image\":\"https://example.com/a.jpg\"}</script>",
                ""),
            page(
                "<script type=application/ld+json>{\"@type\":\"Article\",\"headline\":\"H\"}</script>",
                ""),
            Status.WARN),
        of(
            "jsonld.product",
            page(
                "<script type=application/ld+json>{\"@type\":\"Product\",\"name\":\"Обои\",\"image\":\"/a.jpg\",\"description\":\"Моющиеся\",\"brand\":{\"name\":\"Oboi\"},\"offers\":{\"price\":\"990\",\"priceCurrency\":\"RUB\"}}</script>",
                ""),
            page(
                "<script type=application/ld+json>{\"@type\":\"Product\",\"name\":\"Обои\"}</script>",
                ""),
            Status.WARN),
        of(
            "jsonld.organization",
            page(
                "<script type=application/ld+json>{\"@type\":\"Organization\",\"name\":\"Oboi\",\"logo\":\"/logo.png\",\"url\":\"https://oboi.example.ru/\",\"sameAs\":[\"https://vk.com/oboi\"]}</script>",
                ""),
            page(
                "<script type=application/ld+json>{\"@type\":\"Organization\",\"name\":\"Oboi\"}</script>",
                ""),
            Status.WARN),
        of(
            "oembed.discovery",
            page("<link rel=alternate type=application/json+oembed href=\"/oembed?url=x\">", ""),
            page("", ""),
            Status.FAIL),
        of(
            "feed.link",
            page("<link rel=alternate type=application/rss+xml href=/feed>", ""),
            page("<link rel=alternate hreflang=ru href=/ru>", ""),
            Status.FAIL),
        of(
            "email.subscribe",
            page("", "<form action=/subscribe><input type=email name=email></form>"),
            page("", "<form><input name=q></form>"),
            Status.FAIL),
        of(
            "share.buttons",
            page(
                "",
                "<a href=\"https://vk.com/share.php?url=x\">VK</a><a href=\"https://connect.ok.ru/offer?url=x\">OK</a><a href=\"https://t.me/share/url?url=x\">TG</a>"),
            page("", "<a href=\"https://vk.com/oboi\">our VK group</a>"),
            Status.FAIL),
        of(
            "share.messengers",
            page("", "<a href=\"https://wa.me/?text=x\">WhatsApp</a>"),
            page("", "<a href=\"https://www.facebook.com/sharer/sharer.php?u=x\">f</a>"),
            Status.FAIL),
        of(
            "share.ru_networks",
            page(
                "",
                "<div class=ya-share2 data-services=\"vkontakte,odnoklassniki,telegram\"></div>"),
            page("", "<a href=\"https://www.pinterest.com/pin/create/button/?url=x\">Pin</a>"),
            Status.FAIL),
        of(
            "share.vi_networks",
            page("", "<div class=zalo-share-button data-href=x></div>"),
            page("", "<a href=\"https://vk.com/share.php?url=x\">VK</a>"),
            Status.FAIL),
        of(
            "print.version",
            page("", "<a href=\"/guide.pdf\">Download</a>"),
            page("", "<a href=/about>About</a>"),
            Status.FAIL),
        of(
            "embed.widget",
            page(
                "",
                "<textarea readonly><iframe src=\"https://example.com/embed/1\"></iframe></textarea>"),
            page("", "<textarea>comment</textarea>"),
            Status.FAIL),
        of(
            "webmention",
            page("<link rel=webmention href=/webmention>", ""),
            page("<link rel=stylesheet href=/a.css>", ""),
            Status.FAIL),
        of(
            "license",
            page(
                "",
                "<a rel=license href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY</a>"),
            page("", "<a href=/terms>Terms</a>"),
            Status.FAIL),
        of(
            "tags",
            page("<meta property=article:tag content=wallpaper>", ""),
            page("<meta name=keywords content=\"wallpaper, nursery\">", ""),
            Status.WARN),
        of(
            "bookmark",
            page("", "<a rel=bookmark href=/blog/wallpaper-guide>Permalink</a>"),
            page("", ""),
            Status.FAIL),
        of(
            "related.lists",
            page("", "<aside class=related-posts><a href=/a>A</a><a href=/b>B</a></aside>"),
            page("", "<aside class=related-posts><a href=/a>A</a></aside>"),
            Status.FAIL),
        of("internal.links", page("", links(12)), page("", links(3)), Status.WARN),
        of(
            "comments",
            page("", COMMENT_FORM + "</form>"),
            page("", "<form action=/search><textarea name=q></textarea></form>"),
            Status.FAIL),
        of(
            "comments.spam",
            page("", COMMENT_FORM + "<div class=g-recaptcha data-sitekey=k></div></form>"),
            page("", COMMENT_FORM + "</form>"),
            Status.FAIL),
        of(
            "comments.threading",
            page("", COMMENT_FORM + "</form><a class=comment-reply-link href=#r>Reply</a>"),
            page("", COMMENT_FORM + "</form>"),
            Status.FAIL),
        of(
            "images.alt",
            page("", "<img src=a.jpg alt=A><img src=b.jpg alt=\"\">"),
            page("", "<img src=a.jpg><img src=b.jpg><img src=c.jpg alt=C>"),
            Status.FAIL),
        of(
            "illustrations",
            page("", "<img src=a.jpg alt=A>"),
            page("", "<img src=pixel.gif width=1 height=1>"),
            Status.FAIL),
        of(
            "media.video",
            page("", "<iframe src=\"https://rutube.ru/play/embed/1\"></iframe>"),
            page("", "<iframe src=\"https://ads.example.net/x\"></iframe>"),
            Status.FAIL),
        of(
            "viewport",
            page("<meta name=viewport content=\"width=device-width, initial-scale=1\">", ""),
            page("<meta name=viewport content=\"width=device-width, user-scalable=no\">", ""),
            Status.WARN),
        of(
            "headline.present",
            page("", "<h1>Wallpaper guide</h1>"),
            page("", "<h1>One</h1><h1>Two</h1>"),
            Status.WARN),
        of(
            "headline.length",
            page("", "<h1>How to choose wallpaper</h1>"),
            page("", "<h1>" + "Very long headline ".repeat(6) + "</h1>"),
            Status.WARN));
  }

  static Arguments of(String id, Page pass, Page other, Status status) {
    return Arguments.of(id, pass, other, status);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule_passesOnTheGoodPage_andNotOnTheOther(String id, Page pass, Page other, Status status) {
    Finding good = ENGINE.withProfile(allOn()).audit(pass).finding(id).orElseThrow();
    Finding bad = ENGINE.withProfile(allOn()).audit(other).finding(id).orElseThrow();
    assertThat(good.status())
        .as(id + " on the passing page: " + good.evidence())
        .isEqualTo(Status.PASS);
    assertThat(good.pointsLost()).isZero();
    assertThat(good.advice()).isEmpty();
    assertThat(bad.status()).as(id + " on the other page: " + bad.evidence()).isEqualTo(status);
    assertThat(bad.pointsLost()).isPositive();
    assertThat(bad.advice()).isNotEmpty().doesNotContain("{");
    assertThat(bad.message()).doesNotContain("{").doesNotStartWith(id + ":");
  }

  /** Which comment system the comments rule names, for each way one can be embedded. */
  static Stream<Arguments> embeddedComments() {
    return Stream.of(
        Arguments.of("<div id=disqus_thread></div>", "#disqus_thread"),
        Arguments.of("<div id=vk_comments></div>", "#vk_comments"),
        Arguments.of("<div id=vk_comments_post_7></div>", "[id^=vk_comments]"),
        Arguments.of("<div class=fb-comments></div><div id=commento></div>", ".fb-comments"),
        Arguments.of(
            "<script src=https://example.disqus.com/embed.js></script>",
            "https://example.disqus.com/embed.js"),
        Arguments.of(
            "<script>VK.Widgets.Comments('vk_c', {limit: 10});</script>", "VK.Widgets.Comments"),
        // "VK" elsewhere in the script is not a VK widget.
        Arguments.of(
            "<script>var disqus_config = function () {}; // shared to VK too</script>",
            "disqus_config"),
        // A comment system's script wins over an earlier inline configuration.
        Arguments.of(
            "<script>var disqus_config = 1;</script><script src=https://cackle.me/w.js></script>",
            "https://cackle.me/w.js"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource
  void embeddedComments(String body, String named) {
    Finding f = ENGINE.audit(page("", body)).finding("comments").orElseThrow();
    assertThat(f.status()).isEqualTo(Status.PASS);
    assertThat(f.evidence()).isEqualTo("embedded comments " + named);
  }

  /** Every rule switched on, including the market rules that are off in the global profile. */
  static ScoringProfile allOn() {
    return ScoringProfile.defaults().toBuilder("all-on")
        .weight("share.ru_networks", 1)
        .weight("share.vi_networks", 1)
        .build();
  }

  @Test
  void everyBuiltInPageRule_hasAGoldenCase_andThereAreAtLeast30() {
    Set<String> covered = cases().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
    List<String> pageRules =
        ENGINE.rules().stream().filter(r -> r instanceof PageRule).map(SmoRule::id).toList();
    assertThat(pageRules).hasSizeGreaterThanOrEqualTo(30);
    assertThat(covered).containsExactlyInAnyOrderElementsOf(pageRules);
  }
}
