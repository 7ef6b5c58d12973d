package dev.smmkit.smo;

import static dev.smmkit.smo.PageRulesGoldenTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Verdicts that were wrong on real pages (the social-meta fixtures), each reduced to the markup
 * that caused it.
 */
class RuleAccuracyTest {
  static final SmoEngine ENGINE = SmoEngine.defaults();

  static Finding finding(String ruleId, String body) {
    return ENGINE.audit(page("", body)).finding(ruleId).orElseThrow();
  }

  static String networks(String body) {
    return finding("share.buttons", body).evidence();
  }

  @Test
  void shareButtons_facebookFeedDialog_isAShareLink() {
    assertThat(
            networks(
                "<a href=\"https://www.facebook.com/dialog/feed?app_id=1&link=https%3A%2F%2Fexample.com\">f</a>"))
        .isEqualTo("facebook");
  }

  @Test
  void shareButtons_shareAddressInDataAttributes() {
    assertThat(
            networks(
                "<a class=bar__mail data-href=\"mailto:?subject=Guide&body=x\">Mail</a>"
                    + "<button data-share=\"https://twitter.com/share?url=x\">Tweet</button>"))
        .isEqualTo("email, x");
  }

  @Test
  void shareButtons_controlsNamedByClassLabelOrData() {
    assertThat(
            networks(
                "<li class=\"share-tools__service share-tools__service--facebook\"><button>f</button></li>"
                    + "<button class=react-share__ShareButton aria-label=linkedin></button>"
                    + "<button aria-label=\"Share on Twitter\"></button>"
                    + "<a class=social-share data-popup=reddit></a>"
                    + "<span role=button data-share-type=whatsapp></span>"
                    + "<a class=\"share-network-email\" href=\"javascript:void(0)\">Mail</a>"))
        .isEqualTo("email, facebook, linkedin, reddit, whatsapp, x");
  }

  @Test
  void shareButtons_followLinksAndLikeButtons_areNotShareControls() {
    Finding f =
        finding(
            "share.buttons",
            "<a class=share-icon href=\"https://twitter.com/acme\" title=\"Acme on Twitter\">t</a>"
                + "<a href=\"/2016/facebook-share-buttons\" title=\"Facebook share buttons\">x</a>"
                + "<div class=fb-like data-href=\"https://example.com\" data-share=false></div>");
    assertThat(f.status()).as(f.evidence()).isEqualTo(Status.FAIL);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<a href=\"https://example.org/files/study-2014.pdf\">a study by Example</a>",
        "<a href=\"/news/components/printers/\">Printers</a>",
        "<a href=\"/account/printsub\">Subscriptions</a>",
        "<a href=\"https://other.example/2011/story/print\">Story</a>"
      })
  void printVersion_citedPdfsAndOtherPrintWords_areNotAPrintVersion(String body) {
    Finding f = finding("print.version", body);
    assertThat(f.status()).as(f.evidence()).isEqualTo(Status.FAIL);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<a href=\"/files/wallpaper-guide.pdf\">PDF</a>",
        "<a href=\"/files/wallpaper-guide.pdf\" title=\"Download as PDF\"><svg></svg></a>",
        "<a href=\"/w/index.php?title=Guide&printable=yes\">Printable version</a>",
        "<a href=\"https://example.com/print/blog/wallpaper-guide\">Print-friendly</a>",
        "<a href=\"/blog/wallpaper-guide?s=print\" class=tool></a>"
      })
  void printVersion_printAndPdfVersionsOfThePage(String body) {
    Finding f = finding("print.version", body);
    assertThat(f.status()).as(f.evidence()).isEqualTo(Status.PASS);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<div id=coral_thread></div>",
        "<script src=\"https://example.coral.coralproject.net/assets/js/embed.js\"></script>",
        "<link rel=preload as=style href=\"https://cdn.coral.coralproject.net/8/stream.css\">",
        "<section id=spot-im-comments></section>",
        "<div data-spotim-module=conversation></div>",
        "<script src=\"https://example.com/plugins/openweb/frontend.js\"></script>",
        "<div id=vuukle_div></div>",
        "<div id=livefyreConversation-1></div>",
        "<div class=comment-box><textarea placeholder=\"Add a comment\"></textarea></div>"
      })
  void comments_commentSystemsAndFormlessCommentBoxes(String body) {
    Finding f = finding("comments", body);
    assertThat(f.status()).as(f.evidence()).isEqualTo(Status.PASS);
  }

  @Test
  void comments_aFormlessTextareaForSomethingElse_isNoCommentBox() {
    Finding f =
        finding(
            "comments",
            "<textarea readonly class=jw-sharing-textarea></textarea>"
                + "<textarea name=g-recaptcha-response></textarea>");
    assertThat(f.status()).as(f.evidence()).isEqualTo(Status.FAIL);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<div class=block><div class=title-wrap><h4><span>Most popular articles</span></h4></div>"
            + "<div class=inner><a href=/a>A</a><a href=/b>B</a></div></div>",
        "<div class=box><div class=head><div class=label><h2>Most Popular</h2></div></div>"
            + "<div class=grid><a href=/a>A</a><a href=/b>B</a></div></div>"
      })
  void relatedLists_headingInAWrapper_withTheListBesideIt(String body) {
    Finding f = finding("related.lists", body);
    assertThat(f.status()).as(f.evidence()).isEqualTo(Status.PASS);
  }

  @Test
  void relatedLists_theArticleWrapper_isNoList() {
    Finding f =
        finding(
            "related.lists",
            "<div class=\"caas news disableReadMore\"><h1>Headline</h1>"
                + "<p>Text with <a href=/a>a link</a> and <a href=https://example.org/b>another</a>.</p></div>");
    assertThat(f.status()).as(f.evidence()).isEqualTo(Status.FAIL);
  }

  @Test
  void bookmark_aProfileOnASaveService_isNoSaveHint() {
    Finding f =
        finding(
            "bookmark",
            "<a href=\"https://flipboard.com/@acme/\">Flipboard</a>"
                + "<a href=\"https://getpocket.com/@acme\">Pocket</a>");
    assertThat(f.status()).as(f.evidence()).isEqualTo(Status.FAIL);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<div class=a2a_kit><a class=a2a_button_pocket></a></div>",
        "<a href=\"https://getpocket.com/edit?url=https%3A%2F%2Fexample.com\">Pocket</a>",
        "<button class=share-button aria-label=\"Share on Pinterest\"></button>"
      })
  void bookmark_saveServicesAmongTheShareButtons(String body) {
    Finding f = finding("bookmark", body);
    assertThat(f.status()).as(f.evidence()).isEqualTo(Status.PASS);
  }

  @Test
  void imagesAlt_noscriptFallbacksAndPixels_areNotCounted() {
    Finding f =
        finding(
            "images.alt",
            "<img src=a.jpg alt=A><img src=b.jpg alt=B>"
                + "<noscript><img src=\"https://sb.scorecardresearch.com/p?c1=2\"></noscript>"
                + "<noscript><img src=c.jpg></noscript>"
                + "<img src=\"https://ads.example/px.gif\" style=\"display: none !important\">");
    assertThat(f.status()).as(f.evidence()).isEqualTo(Status.PASS);
    assertThat(f.evidence()).isEqualTo("2 of 2 images have alt text");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<iframe src=\"https://share.transistor.fm/e/70c487ed\"></iframe>",
        "<iframe src=\"//radio.example.net/player/player2101.html\"></iframe>",
        "<iframe src=\"//example.com/videos/embed/588dd2e5\"></iframe>",
        "<iframe src=\"https://players.brightcove.net/1/default_default/index.html\"></iframe>"
      })
  void video_podcastAndOwnPlayers(String body) {
    Finding f = finding("media.video", body);
    assertThat(f.status()).as(f.evidence()).isEqualTo(Status.PASS);
  }

  static final String WORDPRESS_COMMENT_FORM =
      "<form action=\"/wp-comments-post.php\" id=commentform>"
          + "<input id=email name=email type=text><textarea name=comment></textarea>"
          + "<p id=form-allowed-tags>You may use these tags: <code>&lt;a href=&quot;&quot;"
          + " title=&quot;&quot;&gt; &lt;blockquote cite=&quot;&quot;&gt; &lt;b&gt;</code></p></form>";

  @Test
  void emailSubscribe_aCommentFormsEmailField_isNoSubscription() {
    Finding f = finding("email.subscribe", WORDPRESS_COMMENT_FORM);
    assertThat(f.status()).as(f.evidence()).isEqualTo(Status.FAIL);
  }

  @Test
  void embedWidget_theAllowedTagsNoteOfACommentForm_isNoEmbedCode() {
    Finding f = finding("embed.widget", WORDPRESS_COMMENT_FORM);
    assertThat(f.status()).as(f.evidence()).isEqualTo(Status.FAIL);
  }

  @Test
  void shareWidgets_configuredWithNetworkNames() {
    assertThat(
            networks(
                "<div class=\"sharethis-inline-share-buttons\" data-networks=\"whatsapp, viber\">"
                    + "</div>"))
        .isEqualTo("viber, whatsapp");
    // An empty data-services list falls back to the element's class names.
    assertThat(networks("<span data-services=\"\" class=\"telegram other\"></span>"))
        .isEqualTo("telegram");
    assertThat(networks("<div class=a2a_kit><p><a class=a2a_button_linkedin></a></p></div>"))
        .isEqualTo("linkedin");
    // AddToAny classes outside an AddToAny kit, and data-networks without ShareThis, are not read.
    assertThat(finding("share.buttons", "<a class=a2a_button_linkedin></a>").status())
        .isEqualTo(Status.FAIL);
    assertThat(finding("share.buttons", "<div data-networks=\"whatsapp\"></div>").status())
        .isEqualTo(Status.FAIL);
  }

  @Test
  void emailSubscribe_aLinkToASubscriptionPage_isPartialCredit_inAnyCase() {
    Finding link = finding("email.subscribe", "<a href=\"/Newsletter/Sign-Up\">News by e-mail</a>");
    assertThat(link.status()).isEqualTo(Status.WARN);
    assertThat(link.evidence()).isEqualTo("a link to /Newsletter/Sign-Up");
    assertThat(finding("email.subscribe", "<a href=\"/blog/news\">News</a>").status())
        .isEqualTo(Status.FAIL);
  }

  @Test
  void relatedLists_classNamesInAnyCase() {
    assertThat(
            finding(
                    "related.lists",
                    "<h1>Post</h1><div class=\"MostRead\"><a href=/a>A</a><a href=/b>B</a></div>")
                .status())
        .isEqualTo(Status.PASS);
  }
}
