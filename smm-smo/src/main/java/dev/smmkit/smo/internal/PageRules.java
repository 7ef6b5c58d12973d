package dev.smmkit.smo.internal;

import static dev.smmkit.smo.Category.ATMOSPHERE;
import static dev.smmkit.smo.Category.CONTENT_TRAVEL;
import static dev.smmkit.smo.Category.DISCUSSION;
import static dev.smmkit.smo.Category.FEWER_BOUNCES;
import static dev.smmkit.smo.Category.INBOUND_LINKS;
import static dev.smmkit.smo.Category.LINKABILITY;
import static dev.smmkit.smo.Category.MASHUP;
import static dev.smmkit.smo.Category.OUTGOING_CHANNELS;
import static dev.smmkit.smo.Category.SOCIAL_MECHANISMS;
import static dev.smmkit.smo.Category.TAGGING_AND_BOOKMARKING;
import static dev.smmkit.smo.Category.USABILITY;
import static dev.smmkit.smo.internal.Placeholder.integer;
import static dev.smmkit.smo.internal.Placeholder.phrases;
import static dev.smmkit.smo.internal.Placeholder.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.smmkit.smo.Category;
import dev.smmkit.smo.MetaField;
import dev.smmkit.smo.MetaValue;
import dev.smmkit.smo.Outcome;
import dev.smmkit.smo.Page;
import dev.smmkit.smo.PageRule;
import dev.smmkit.smo.Parameter;
import dev.smmkit.smo.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** The built-in page rules. */
final class PageRules {
  private PageRules() {}

  private static final MessageKey NONE = Evidence.NONE;
  private static final MessageKey VALUE = Evidence.VALUE;
  private static final MessageKey META = Evidence.META_VALUE;
  private static final MessageKey ELEMENT = Evidence.ELEMENT;

  private static final Set<String> IMAGE_TYPES =
      Set.of("image/jpeg", "image/jpg", "image/png", "image/gif", "image/webp");
  private static final Set<String> SAVE_SERVICES = Set.of("pocket", "pinterest", "flipboard");
  private static final Set<String> CARDS =
      Set.of("summary", "summary_large_image", "app", "player");

  /** Words in the lower-cased id or class of a related, popular or best-of list. */
  private static final List<String> RELATED =
      List.of(
          "related",
          "popular",
          "mostread",
          "most-read",
          "bestof",
          "best-of",
          "trending",
          "recommend",
          "topstories",
          "top-stories",
          "readmore",
          "read-more",
          "also",
          "similar",
          "morestories",
          "more-stories",
          "pohozh",
          "populyar");

  private static final Pattern RELATED_HEADING =
      Pattern.compile(
          "related|popular|most read|most popular|you may also like|read more|read next|"
              + "recommended|trending|best of|top stories|more stories|"
              + "похож|популярн|читайте также|читать также|лучшее|рекомендуем|самое читаемое|"
              + "liên quan|đọc nhiều|xem thêm|nổi bật|phổ biến",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  static final Pattern COMMENT_HINT =
      Pattern.compile(
          "comment|respond|reply|коммент|отзыв|bình luận",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern REPLY_TEXT =
      Pattern.compile(
          "^(reply|ответить|trả lời)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PRINT_TEXT =
      Pattern.compile(
          "^(print|printable|pdf|download pdf|печать|распечатать|версия для печати|in|in bài)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PDF_HREF = Pattern.compile("(?i)\\.pdf($|[?#])");
  private static final Pattern PDF_LABEL =
      Pattern.compile(
          "pdf|print|download|печат|скача|tải", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PRINT_HREF = Pattern.compile("(?i)[?&/=]print(able)?([/?&#=.]|$)");
  static final Pattern EMBED_TEXT =
      Pattern.compile(
          "^(embed|встроить|код для вставки|nhúng)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern VIDEO_HOSTS =
      Pattern.compile(
          "youtube\\.com|youtube-nocookie\\.com|youtu\\.be|vimeo\\.com|rutube\\.ru|vk\\.com/video|"
              + "vkvideo\\.ru|dailymotion\\.com|tiktok\\.com/embed|coub\\.com|ok\\.ru/videoembed|"
              // Video platforms and podcast or audio players.
              + "players\\.brightcove\\.net|jwplatform\\.com|jwplayer\\.com|wistia\\.(com|net)|"
              + "soundcloud\\.com|open\\.spotify\\.com/embed|embed\\.podcasts\\.apple\\.com|"
              + "transistor\\.fm|buzzsprout\\.com|libsyn\\.com|podbean\\.com|simplecast\\.com|"
              + "megaphone\\.fm|anchor\\.fm|castbox\\.fm|"
              // A site's own player: /videos/embed/..., /player/...
              + "/(videos?|player)/");
  private static final Pattern SESSION_PARAMS =
      Pattern.compile("(^|&)(sid|sessionid|phpsessid|jsessionid|utm_[a-z]+|fbclid|gclid)=");

  /** Words in the address of a subscription page, in lower case. */
  private static final List<String> SUBSCRIBE_HREF =
      List.of("subscribe", "newsletter", "podpis", "rassylk", "dang-ky", "list-manage.com");

  /** Candidates a rule examines in depth at most, so that hostile pages cost bounded time. */
  private static final int MAX_CANDIDATES = 200;

  // Each rule's messages: the keys it renders and their placeholders.
  private static final RuleMessages TITLE_PRESENT =
      RuleMessages.of("title.present").pass(text("value")).fail().advice().uses(META, NONE).build();
  private static final RuleMessages TITLE_LENGTH = lengthMessages("title.length", "na");
  private static final RuleMessages DESCRIPTION_PRESENT =
      RuleMessages.of("description.present").pass().fail().advice().uses(META, NONE).build();
  private static final RuleMessages DESCRIPTION_LENGTH = lengthMessages("description.length", "na");
  private static final RuleMessages OG_IMAGE =
      RuleMessages.of("og.image").pass(text("value")).fail().advice().uses(VALUE, NONE).build();
  private static final RuleMessages OG_IMAGE_SIZE =
      RuleMessages.of("og.image.size")
          .pass(integer("width"), integer("height"))
          .warn(integer("recommendedWidth"), integer("recommendedHeight"))
          .fail(integer("width"), integer("height"), integer("minWidth"), integer("minHeight"))
          .advice(integer("recommendedWidth"), integer("recommendedHeight"))
          .evidence("size", integer("width"), integer("height"))
          .evidence("undeclared")
          .evidence("unreadable", text("declared"))
          .uses(Evidence.NA_NO_OG_IMAGE)
          .build();
  private static final RuleMessages OG_IMAGE_TYPE =
      RuleMessages.of("og.image.type")
          .pass(text("value"))
          .warn()
          .fail(text("value"))
          .advice()
          .evidence("svg", text("url"))
          .evidence("undeclared")
          .uses(VALUE, Evidence.NA_NO_OG_IMAGE)
          .build();
  private static final RuleMessages OG_IMAGE_ALT =
      RuleMessages.of("og.image.alt")
          .pass()
          .fail()
          .advice()
          .uses(META, NONE, Evidence.NA_NO_OG_IMAGE)
          .build();
  private static final RuleMessages TWITTER_CARD =
      RuleMessages.of("twitter.card")
          .pass(text("value"))
          .warn(text("value"))
          .fail()
          .advice()
          .uses(VALUE, NONE)
          .build();
  private static final RuleMessages CANONICAL_PRESENT =
      RuleMessages.of("canonical.present")
          .pass(text("value"))
          .fail()
          .advice()
          .evidence("unusable", text("value"))
          .uses(VALUE, NONE)
          .build();
  private static final RuleMessages CANONICAL_CONSISTENT =
      RuleMessages.of("canonical.consistent")
          .pass()
          .fail(text("canonical"), text("ogUrl"))
          .advice()
          .evidence("both", text("canonical"), text("ogUrl"))
          .evidence("na")
          .build();
  private static final RuleMessages PERMALINK_SHAPE =
      RuleMessages.of("permalink.shape")
          .pass()
          .warn(phrases("problems"))
          .fail(phrases("problems"))
          .advice()
          .phrase("session")
          .phrase("params")
          .phrase("fragment")
          .phrase("length", integer("length"), integer("maxLength"))
          .uses(VALUE)
          .build();
  private static final RuleMessages LANG_DECLARED =
      RuleMessages.of("lang.declared")
          .pass(text("value"))
          .fail()
          .advice()
          .evidence("invalid", text("value"))
          .uses(VALUE, NONE)
          .build();
  private static final RuleMessages ICONS =
      RuleMessages.of("icons")
          .pass()
          .warn(text("missing"))
          .fail()
          .advice()
          .evidence("both", text("icon"), text("touch"))
          .evidence("one", text("rel"), text("href"))
          .uses(NONE)
          .build();
  private static final RuleMessages JSONLD_PRESENT =
      RuleMessages.of("jsonld.present")
          .pass(text("types"))
          .fail()
          .advice()
          .evidence("types", text("types"))
          .evidence("unreadable", integer("count"))
          .uses(NONE)
          .build();
  private static final RuleMessages JSONLD_ARTICLE =
      RuleMessages.of("jsonld.article")
          .pass(text("type"))
          .warn(text("type"), text("missing"))
          .fail(text("type"), text("missing"))
          .advice(text("type"))
          .evidence("na")
          .uses(NONE)
          .build();
  private static final RuleMessages JSONLD_PRODUCT = completenessMessages("jsonld.product");
  private static final RuleMessages JSONLD_ORGANIZATION =
      completenessMessages("jsonld.organization");
  private static final RuleMessages OEMBED_DISCOVERY = foundMessages("oembed.discovery", false);
  private static final RuleMessages FEED_LINK = foundMessages("feed.link", true);
  private static final RuleMessages WEBMENTION = foundMessages("webmention", false);
  private static final RuleMessages EMAIL_SUBSCRIBE =
      RuleMessages.of("email.subscribe")
          .pass()
          .warn(text("value"))
          .fail()
          .advice()
          .evidence("form", text("value"))
          .evidence("link", text("value"))
          .uses(NONE)
          .build();
  private static final RuleMessages SHARE_BUTTONS =
      RuleMessages.of("share.buttons")
          .pass(integer("count"), text("networks"))
          .warn(integer("count"), text("networks"), integer("min"))
          .fail()
          .advice(integer("min"))
          .uses(Evidence.NETWORKS, NONE)
          .build();
  private static final RuleMessages SHARE_MESSENGERS = shareAnyMessages("share.messengers");
  private static final RuleMessages SHARE_RU = shareAnyMessages("share.ru_networks");
  private static final RuleMessages SHARE_VI = shareAnyMessages("share.vi_networks");
  private static final RuleMessages PRINT_VERSION =
      RuleMessages.of("print.version").pass().fail().advice().uses(ELEMENT, NONE).build();
  private static final RuleMessages EMBED_WIDGET =
      RuleMessages.of("embed.widget")
          .pass()
          .fail()
          .advice()
          .evidence("code", text("element"))
          .evidence("oembed", text("href"))
          .uses(ELEMENT, NONE)
          .build();
  private static final RuleMessages LICENSE =
      RuleMessages.of("license")
          .pass()
          .fail()
          .advice()
          .evidence("jsonld", text("value"))
          .uses(VALUE, NONE)
          .build();
  private static final RuleMessages TAGS =
      RuleMessages.of("tags")
          .pass(text("tags"))
          .warn(text("tags"))
          .fail()
          .advice()
          .evidence("found", integer("count"), text("tags"))
          .uses(NONE)
          .build();
  private static final RuleMessages BOOKMARK =
      RuleMessages.of("bookmark")
          .pass()
          .fail()
          .advice()
          .evidence("save", text("services"))
          .uses(ELEMENT, NONE)
          .build();
  private static final RuleMessages RELATED_LISTS =
      RuleMessages.of("related.lists").pass().fail().advice().uses(ELEMENT, NONE).build();
  private static final RuleMessages INTERNAL_LINKS =
      RuleMessages.of("internal.links")
          .pass(integer("count"))
          .warn(integer("count"), integer("min"))
          .fail()
          .advice()
          .uses(NONE)
          .build();
  private static final RuleMessages COMMENTS =
      RuleMessages.of("comments")
          .pass()
          .fail()
          .advice()
          .evidence("form", text("element"))
          .evidence("embedded", text("system"))
          .uses(NONE)
          .build();
  private static final RuleMessages COMMENTS_SPAM =
      RuleMessages.of("comments.spam")
          .pass()
          .fail()
          .advice()
          .evidence("system", text("system"))
          .evidence("captcha", text("element"))
          .evidence("honeypot", text("name"))
          .uses(NONE, Evidence.NA_NO_COMMENTS)
          .build();
  private static final RuleMessages COMMENTS_THREADING =
      RuleMessages.of("comments.threading")
          .pass()
          .fail()
          .advice()
          .evidence("system", text("system"))
          .uses(ELEMENT, NONE, Evidence.NA_NO_COMMENTS)
          .build();
  private static final RuleMessages IMAGES_ALT =
      RuleMessages.of("images.alt")
          .pass(integer("with"), integer("total"))
          .warn(integer("with"), integer("total"), integer("percent"))
          .fail(integer("with"), integer("total"), integer("percent"))
          .advice()
          .evidence("first_missing", integer("with"), integer("total"), text("src"))
          .uses(Evidence.ALT_COUNT, Evidence.NA_NO_IMAGES)
          .build();
  private static final RuleMessages ILLUSTRATIONS =
      RuleMessages.of("illustrations").pass(integer("count")).fail().advice().uses(NONE).build();
  private static final RuleMessages MEDIA_VIDEO =
      RuleMessages.of("media.video").pass().fail().advice().uses(ELEMENT, NONE).build();
  private static final RuleMessages VIEWPORT =
      RuleMessages.of("viewport")
          .pass()
          .warn(text("value"))
          .fail()
          .advice()
          .evidence("zoom", text("value"))
          .uses(VALUE, NONE)
          .build();
  private static final RuleMessages HEADLINE_PRESENT =
      RuleMessages.of("headline.present")
          .pass(text("value"))
          .warn(integer("count"))
          .fail()
          .advice()
          .evidence("many", integer("count"), text("value"))
          .uses(VALUE, NONE)
          .build();
  private static final RuleMessages HEADLINE_LENGTH =
      RuleMessages.of("headline.length")
          .pass(integer("length"), integer("min"), integer("max"))
          .warn(integer("length"), integer("min"), integer("max"))
          .advice(integer("min"), integer("max"))
          .uses(Evidence.LENGTH, Evidence.NA_NO_H1)
          .build();
  private static final RuleMessages OG_TITLE = metaMessages("og.title");
  private static final RuleMessages OG_DESCRIPTION = metaMessages("og.description");
  private static final RuleMessages OG_URL = metaMessages("og.url");
  private static final RuleMessages OG_TYPE = metaMessages("og.type");
  private static final RuleMessages OG_SITE_NAME = metaMessages("og.site_name");
  private static final RuleMessages OG_LOCALE = metaMessages("og.locale");

  private static RuleMessages lengthMessages(String id, String na) {
    return RuleMessages.of(id)
        .pass(integer("length"), integer("min"), integer("max"))
        .warn(integer("length"), integer("min"), integer("max"))
        .advice(integer("min"), integer("max"))
        .evidence(na)
        .uses(Evidence.LENGTH)
        .build();
  }

  private static RuleMessages metaMessages(String id) {
    return RuleMessages.of(id).pass().fail().advice().uses(VALUE, NONE).build();
  }

  private static RuleMessages foundMessages(String id, boolean passShowsValue) {
    RuleMessages.Builder b = RuleMessages.of(id);
    return (passShowsValue ? b.pass(text("value")) : b.pass())
        .fail()
        .advice()
        .uses(VALUE, NONE)
        .build();
  }

  private static RuleMessages completenessMessages(String id) {
    return RuleMessages.of(id)
        .pass(text("type"))
        .warn(text("type"), text("missing"))
        .fail(text("type"), text("missing"))
        .advice()
        .evidence("na")
        .uses(NONE)
        .build();
  }

  private static RuleMessages shareAnyMessages(String id) {
    return RuleMessages.of(id)
        .pass(text("networks"))
        .fail()
        .advice()
        .uses(Evidence.NETWORKS, Evidence.NONE_OF)
        .build();
  }

  static List<PageRule> all() {
    List<PageRule> r = new ArrayList<>();
    // Sharing metadata: what a network shows when the page is shared.
    r.add(
        rule(
            TITLE_PRESENT,
            SOCIAL_MECHANISMS,
            3,
            List.of(),
            (page, p) -> present(TITLE_PRESENT, page.metadata().get(MetaField.TITLE))));
    r.add(
        rule(
            TITLE_LENGTH,
            SOCIAL_MECHANISMS,
            2,
            List.of(
                Parameter.of("min", 15, 1, 200, "shortest title, characters"),
                Parameter.of("max", 70, 10, 300, "longest title before networks truncate")),
            (page, p) -> length(TITLE_LENGTH, page, MetaField.TITLE, p)));
    r.add(
        rule(
            DESCRIPTION_PRESENT,
            SOCIAL_MECHANISMS,
            3,
            List.of(),
            (page, p) -> present(DESCRIPTION_PRESENT, page.metadata().get(MetaField.DESCRIPTION))));
    r.add(
        rule(
            DESCRIPTION_LENGTH,
            SOCIAL_MECHANISMS,
            1,
            List.of(
                Parameter.of("min", 50, 1, 500, "shortest description, characters"),
                Parameter.of("max", 200, 20, 1000, "longest description before truncation")),
            (page, p) -> length(DESCRIPTION_LENGTH, page, MetaField.DESCRIPTION, p)));
    r.add(metaRule(OG_TITLE, 2, "og:title"));
    r.add(metaRule(OG_DESCRIPTION, 2, "og:description"));
    r.add(rule(OG_IMAGE, SOCIAL_MECHANISMS, 3, List.of(), PageRules::ogImage));
    r.add(
        rule(
            OG_IMAGE_SIZE,
            SOCIAL_MECHANISMS,
            2,
            List.of(
                Parameter.of("minWidth", 600, 1, 10000, "smallest width for a large preview"),
                Parameter.of("minHeight", 315, 1, 10000, "smallest height for a large preview"),
                Parameter.of("recommendedWidth", 1200, 1, 10000, "recommended width"),
                Parameter.of("recommendedHeight", 630, 1, 10000, "recommended height")),
            PageRules::ogImageSize));
    r.add(rule(OG_IMAGE_TYPE, SOCIAL_MECHANISMS, 0.5, List.of(), PageRules::ogImageType));
    r.add(
        rule(
            OG_IMAGE_ALT,
            SOCIAL_MECHANISMS,
            1,
            List.of(),
            (page, p) ->
                ogImage(page).isEmpty()
                    ? OG_IMAGE_ALT.notApplicable(Evidence.NA_NO_OG_IMAGE.key())
                    : present(OG_IMAGE_ALT, page.metadata().get(MetaField.IMAGE_ALT))));
    r.add(metaRule(OG_URL, 2, "og:url"));
    r.add(metaRule(OG_TYPE, 1, "og:type"));
    r.add(metaRule(OG_SITE_NAME, 1, "og:site_name"));
    r.add(metaRule(OG_LOCALE, 0.5, "og:locale"));
    r.add(rule(TWITTER_CARD, SOCIAL_MECHANISMS, 2, List.of(), PageRules::twitterCard));
    r.add(rule(CANONICAL_PRESENT, LINKABILITY, 2, List.of(), PageRules::canonicalPresent));
    r.add(rule(CANONICAL_CONSISTENT, LINKABILITY, 2, List.of(), PageRules::canonicalConsistent));
    r.add(
        rule(
            PERMALINK_SHAPE,
            LINKABILITY,
            1,
            List.of(Parameter.of("maxLength", 120, 20, 2000, "longest permalink, characters")),
            PageRules::permalinkShape));
    r.add(rule(LANG_DECLARED, USABILITY, 1, List.of(), PageRules::langDeclared));
    r.add(rule(ICONS, SOCIAL_MECHANISMS, 1, List.of(), PageRules::icons));
    r.add(rule(JSONLD_PRESENT, MASHUP, 1, List.of(), PageRules::jsonLdPresent));
    r.add(rule(JSONLD_ARTICLE, SOCIAL_MECHANISMS, 1, List.of(), PageRules::jsonLdArticle));
    r.add(rule(JSONLD_PRODUCT, SOCIAL_MECHANISMS, 1, List.of(), PageRules::jsonLdProduct));
    r.add(
        rule(JSONLD_ORGANIZATION, SOCIAL_MECHANISMS, 1, List.of(), PageRules::jsonLdOrganization));
    r.add(
        rule(
            OEMBED_DISCOVERY,
            MASHUP,
            0.5,
            List.of(),
            (page, p) ->
                found(
                    OEMBED_DISCOVERY,
                    first(
                        Facts.of(page.document()).metaLinks(),
                        "link[rel=alternate][type=application/json+oembed],"
                            + " link[rel=alternate][type=text/xml+oembed]"),
                    "href")));
    // Help content travel, outgoing channels.
    r.add(
        rule(
            FEED_LINK,
            CONTENT_TRAVEL,
            2,
            List.of(),
            (page, p) ->
                found(
                    FEED_LINK,
                    first(
                        Facts.of(page.document()).metaLinks(),
                        "link[rel=alternate][type=application/rss+xml],"
                            + " link[rel=alternate][type=application/atom+xml],"
                            + " link[rel=alternate][type=application/feed+json]"),
                    "href")));
    r.add(rule(EMAIL_SUBSCRIBE, OUTGOING_CHANNELS, 1, List.of(), PageRules::emailSubscribe));
    r.add(
        rule(
            SHARE_BUTTONS,
            CONTENT_TRAVEL,
            3,
            List.of(Parameter.of("minNetworks", 3, 1, 12, "networks with a share link")),
            PageRules::shareButtons));
    r.add(
        rule(
            SHARE_MESSENGERS,
            OUTGOING_CHANNELS,
            1,
            List.of(),
            (page, p) ->
                shareAny(
                    SHARE_MESSENGERS,
                    page,
                    Set.of("telegram", "whatsapp", "viber", "zalo", "line", "email"))));
    r.add(
        rule(
            SHARE_RU,
            CONTENT_TRAVEL,
            0,
            List.of(),
            (page, p) ->
                shareAny(SHARE_RU, page, Set.of("vkontakte", "odnoklassniki", "telegram"))));
    r.add(
        rule(
            SHARE_VI,
            CONTENT_TRAVEL,
            0,
            List.of(),
            (page, p) -> shareAny(SHARE_VI, page, Set.of("facebook", "zalo"))));
    r.add(rule(PRINT_VERSION, CONTENT_TRAVEL, 0.5, List.of(), PageRules::printVersion));
    r.add(rule(EMBED_WIDGET, MASHUP, 0.5, List.of(), PageRules::embedWidget));
    // Linkability, inbound links, licences.
    r.add(
        rule(
            WEBMENTION,
            INBOUND_LINKS,
            0.5,
            List.of(),
            (page, p) ->
                found(
                    WEBMENTION,
                    first(
                        Facts.of(page.document()).metaLinks(),
                        "link[rel~=(?i)^(webmention|pingback)$][href]"),
                    "href")));
    r.add(rule(LICENSE, MASHUP, 0.5, List.of(), PageRules::license));
    // Tagging and bookmarking.
    r.add(rule(TAGS, TAGGING_AND_BOOKMARKING, 1, List.of(), PageRules::tags));
    r.add(rule(BOOKMARK, TAGGING_AND_BOOKMARKING, 0.5, List.of(), PageRules::bookmark));
    // Fewer bounces.
    r.add(rule(RELATED_LISTS, FEWER_BOUNCES, 2, List.of(), PageRules::relatedLists));
    r.add(
        rule(
            INTERNAL_LINKS,
            FEWER_BOUNCES,
            1,
            List.of(Parameter.of("min", 10, 1, 1000, "internal links expected")),
            PageRules::internalLinks));
    // Discussion.
    r.add(rule(COMMENTS, DISCUSSION, 1, List.of(), PageRules::comments));
    r.add(rule(COMMENTS_SPAM, DISCUSSION, 0.5, List.of(), PageRules::commentSpam));
    r.add(rule(COMMENTS_THREADING, DISCUSSION, 0.5, List.of(), PageRules::commentThreading));
    // Atmosphere and usability.
    r.add(
        rule(
            IMAGES_ALT,
            ATMOSPHERE,
            1,
            List.of(Parameter.of("minShare", 0.9, 0, 1, "share of images with alt text")),
            PageRules::imagesAlt));
    r.add(rule(ILLUSTRATIONS, ATMOSPHERE, 1, List.of(), PageRules::illustrations));
    r.add(rule(MEDIA_VIDEO, ATMOSPHERE, 0.5, List.of(), PageRules::video));
    r.add(rule(VIEWPORT, USABILITY, 2, List.of(), PageRules::viewport));
    r.add(rule(HEADLINE_PRESENT, USABILITY, 1, List.of(), PageRules::headlinePresent));
    r.add(
        rule(
            HEADLINE_LENGTH,
            USABILITY,
            1,
            List.of(
                Parameter.of("min", 10, 1, 200, "shortest headline, characters"),
                Parameter.of("max", 70, 10, 300, "longest readable headline, characters")),
            PageRules::headlineLength));
    return r;
  }

  private static PageRule rule(
      RuleMessages messages,
      Category category,
      double weight,
      List<Parameter> params,
      BiFunction<Page, Parameters, Outcome> fn) {
    return new BasicRules.PageFn(messages, category, weight, params, fn);
  }

  private static PageRule metaRule(RuleMessages m, double weight, String property) {
    return rule(
        m,
        SOCIAL_MECHANISMS,
        weight,
        List.of(),
        (page, p) ->
            metaValue(page, property)
                .map(v -> m.pass(VALUE.key(), "value", v))
                .orElseGet(() -> m.fail(NONE.key())));
  }

  /**
   * The first non-blank value of a meta tag, by property or name, from {@code content} or {@code
   * value}: the same reading as the metadata extractor's.
   */
  private static Optional<String> metaValue(Page page, String key) {
    for (Element m : Facts.of(page.document()).metaLinks()) {
      if (!m.nameIs("meta")) {
        continue;
      }
      if (key.equalsIgnoreCase(m.attr("property").trim())
          || key.equalsIgnoreCase(m.attr("name").trim())) {
        String v = m.hasAttr("content") ? m.attr("content") : m.attr("value");
        if (!v.isBlank()) {
          return Optional.of(MetadataExtractor.clean(v));
        }
      }
    }
    return Optional.empty();
  }

  private static Element first(Elements within, String query) {
    return within.select(query).first();
  }

  private static Outcome present(RuleMessages m, Optional<MetaValue> v) {
    return v.map(x -> m.pass(META.key(), "value", x.value(), "source", x.source()))
        .orElseGet(() -> m.fail(NONE.key()));
  }

  private static Outcome found(RuleMessages m, Element e, String attr) {
    return e == null ? m.fail(NONE.key()) : m.pass(VALUE.key(), "value", e.attr(attr));
  }

  private static Outcome length(RuleMessages m, Page page, MetaField field, Parameters p) {
    Optional<MetaValue> v = page.metadata().get(field);
    if (v.isEmpty()) {
      return m.notApplicable("na");
    }
    String s = v.get().value();
    int n = s.codePointCount(0, s.length());
    int min = p.getInt("min");
    int max = p.getInt("max");
    String ev = Evidence.LENGTH.key();
    if (n >= min && n <= max) {
      return m.pass(ev, "length", n, "min", min, "max", max, "text", s);
    }
    return m.warn(0.5, ev, "length", n, "min", min, "max", max, "text", s);
  }

  private static Optional<String> ogImage(Page page) {
    for (String key : List.of("og:image:secure_url", "og:image", "og:image:url")) {
      Optional<String> v = metaValue(page, key);
      if (v.isPresent()) {
        String abs = Urls.resolve(page.document().baseUri(), v.get());
        if (abs != null) {
          return Optional.of(abs);
        }
      }
    }
    return Optional.empty();
  }

  private static Outcome ogImage(Page page, Parameters p) {
    Optional<String> img = ogImage(page);
    if (img.isEmpty()) {
      return OG_IMAGE.fail(NONE.key());
    }
    String url = img.get();
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      return OG_IMAGE.fail(VALUE.key(), "value", url);
    }
    return OG_IMAGE.pass(VALUE.key(), "value", url);
  }

  private static Outcome ogImageSize(Page page, Parameters p) {
    RuleMessages m = OG_IMAGE_SIZE;
    if (ogImage(page).isEmpty()) {
      return m.notApplicable(Evidence.NA_NO_OG_IMAGE.key());
    }
    int rw = p.getInt("recommendedWidth");
    int rh = p.getInt("recommendedHeight");
    Optional<String> w = page.metadata().value(MetaField.IMAGE_WIDTH);
    Optional<String> h = page.metadata().value(MetaField.IMAGE_HEIGHT);
    if (w.isEmpty() || h.isEmpty()) {
      return m.warn(0.5, "undeclared", "recommendedWidth", rw, "recommendedHeight", rh);
    }
    int width;
    int height;
    try {
      width = Integer.parseInt(w.get().trim());
      height = Integer.parseInt(h.get().trim());
    } catch (NumberFormatException e) {
      // Networks ignore a size they cannot read: the same as no size.
      return m.warn(
          0.5,
          "unreadable",
          "declared",
          w.get() + " x " + h.get(),
          "recommendedWidth",
          rw,
          "recommendedHeight",
          rh);
    }
    int minW = p.getInt("minWidth");
    int minH = p.getInt("minHeight");
    if (width < minW || height < minH) {
      return m.fail(
          "size",
          "width",
          width,
          "height",
          height,
          "minWidth",
          minW,
          "minHeight",
          minH,
          "recommendedWidth",
          rw,
          "recommendedHeight",
          rh);
    }
    if (width < rw || height < rh) {
      return m.warn(
          0.7,
          "size",
          "width",
          width,
          "height",
          height,
          "recommendedWidth",
          rw,
          "recommendedHeight",
          rh);
    }
    return m.pass("size", "width", width, "height", height);
  }

  private static Outcome ogImageType(Page page, Parameters p) {
    Optional<String> img = ogImage(page);
    RuleMessages m = OG_IMAGE_TYPE;
    if (img.isEmpty()) {
      return m.notApplicable(Evidence.NA_NO_OG_IMAGE.key());
    }
    Optional<String> type = page.metadata().value(MetaField.IMAGE_TYPE);
    String path = img.get().toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "");
    if (type.isPresent()) {
      String t = type.get().toLowerCase(Locale.ROOT);
      return IMAGE_TYPES.contains(t)
          ? m.pass(VALUE.key(), "value", t)
          : m.fail(VALUE.key(), "value", t);
    }
    if (path.endsWith(".svg") || path.endsWith(".svgz")) {
      return m.fail("svg", "url", img.get(), "value", "image/svg+xml");
    }
    return m.warn(0.5, "undeclared");
  }

  private static Outcome twitterCard(Page page, Parameters p) {
    Optional<String> card = page.metadata().value(MetaField.TWITTER_CARD);
    if (card.isEmpty()) {
      return TWITTER_CARD.fail(NONE.key());
    }
    String c = card.get().toLowerCase(Locale.ROOT);
    return CARDS.contains(c)
        ? TWITTER_CARD.pass(VALUE.key(), "value", c)
        : TWITTER_CARD.warn(0.5, VALUE.key(), "value", c);
  }

  private static Outcome canonicalPresent(Page page, Parameters p) {
    Element e = first(Facts.of(page.document()).metaLinks(), "link[rel=canonical]");
    if (e == null) {
      return CANONICAL_PRESENT.fail(NONE.key());
    }
    String abs = Urls.resolve(page.document().baseUri(), e.attr("href"));
    if (abs == null || !(abs.startsWith("http://") || abs.startsWith("https://"))) {
      return CANONICAL_PRESENT.fail("unusable", "value", e.attr("href"));
    }
    return CANONICAL_PRESENT.pass(VALUE.key(), "value", abs);
  }

  private static String normal(String url) {
    String u = url.trim().replaceFirst("^https?://(www\\.)?", "").replaceFirst("#.*$", "");
    int slash = u.indexOf('/');
    String host = slash < 0 ? u : u.substring(0, slash);
    String rest = slash < 0 ? "/" : u.substring(slash);
    if (rest.endsWith("/") && rest.length() > 1) {
      rest = rest.substring(0, rest.length() - 1);
    }
    return host.toLowerCase(Locale.ROOT) + rest;
  }

  private static Outcome canonicalConsistent(Page page, Parameters p) {
    Optional<String> canonical = page.metadata().value(MetaField.CANONICAL);
    Element og = first(Facts.of(page.document()).metaLinks(), "meta[property=og:url][content]");
    RuleMessages m = CANONICAL_CONSISTENT;
    if (canonical.isEmpty() || og == null) {
      return m.notApplicable("na");
    }
    String ogUrl = Urls.resolve(page.document().baseUri(), og.attr("content"));
    if (ogUrl != null && normal(ogUrl).equals(normal(canonical.get()))) {
      return m.pass("both", "canonical", canonical.get(), "ogUrl", ogUrl);
    }
    String shown = ogUrl == null ? og.attr("content") : ogUrl;
    return m.fail("both", "canonical", canonical.get(), "ogUrl", shown);
  }

  private static Outcome permalinkShape(Page page, Parameters p) {
    String url = page.metadata().value(MetaField.CANONICAL).orElse(page.url().toString());
    RuleMessages m = PERMALINK_SHAPE;
    List<String> problems = new ArrayList<>();
    int q = url.indexOf('?');
    if (q >= 0) {
      String query = url.substring(q + 1).replaceFirst("#.*$", "").toLowerCase(Locale.ROOT);
      if (SESSION_PARAMS.matcher(query).find()) {
        problems.add("session");
      }
      if (query.split("&").length > 2) {
        problems.add("params");
      }
    }
    if (url.contains("#")) {
      problems.add("fragment");
    }
    List<Object> args = new ArrayList<>(List.of("value", url));
    if (url.length() > p.getInt("maxLength")) {
      problems.add("length");
      args.addAll(List.of("length", url.length(), "maxLength", p.getInt("maxLength")));
    }
    if (problems.isEmpty()) {
      return m.pass(VALUE.key(), "value", url);
    }
    args.addAll(List.of("problems", m.phrases(problems)));
    return problems.size() == 1
        ? m.warn(0.5, VALUE.key(), args.toArray())
        : m.fail(VALUE.key(), args.toArray());
  }

  private static Outcome langDeclared(Page page, Parameters p) {
    Element html = page.document().selectFirst("html");
    String lang = html == null ? "" : html.attr("lang").trim();
    if (lang.isEmpty()) {
      return LANG_DECLARED.fail(NONE.key());
    }
    return lang.matches("(?i)[a-z]{2,3}([-_][a-z0-9]{2,8})*")
        ? LANG_DECLARED.pass(VALUE.key(), "value", lang)
        : LANG_DECLARED.fail("invalid", "value", lang);
  }

  private static Outcome icons(Page page, Parameters p) {
    Element icon =
        first(
            Facts.of(page.document()).metaLinks(),
            "link[rel~=(?i)^icon$][href], link[rel=shortcut icon][href]");
    Element touch =
        first(
            Facts.of(page.document()).metaLinks(),
            "link[rel~=(?i)^apple-touch-icon(-precomposed)?$][href]");
    if (icon != null && touch != null) {
      return ICONS.pass("both", "icon", icon.attr("href"), "touch", touch.attr("href"));
    }
    if (icon != null || touch != null) {
      Element e = icon != null ? icon : touch;
      return ICONS.warn(
          0.7,
          "one",
          "rel",
          e.attr("rel"),
          "href",
          e.attr("href"),
          "missing",
          icon == null ? "icon" : "apple-touch-icon");
    }
    return ICONS.fail(NONE.key());
  }

  private static Outcome jsonLdPresent(Page page, Parameters p) {
    Elements scripts = page.document().select("script[type=application/ld+json]");
    if (scripts.isEmpty()) {
      return JSONLD_PRESENT.fail(NONE.key());
    }
    List<String> types = new ArrayList<>();
    for (JsonNode n : Facts.of(page.document()).jsonLd()) {
      String t = JsonLdReader.text(n.get("@type"));
      if (t != null) {
        types.add(t);
      }
    }
    return types.isEmpty()
        ? JSONLD_PRESENT.fail("unreadable", "count", scripts.size())
        : JSONLD_PRESENT.pass("types", "types", String.join(", ", types));
  }

  private static Outcome jsonLdArticle(Page page, Parameters p) {
    for (JsonNode n : Facts.of(page.document()).jsonLd()) {
      String type = JsonLdReader.text(n.get("@type"));
      if (type != null
          && type.matches("Article|NewsArticle|BlogPosting|TechArticle|ScholarlyArticle|Report")) {
        List<String> missing = new ArrayList<>();
        if (JsonLdReader.text(n.get("headline")) == null) {
          missing.add("headline");
        }
        if (JsonLdReader.name(n.get("author")) == null) {
          missing.add("author");
        }
        if (JsonLdReader.text(n.get("datePublished")) == null) {
          missing.add("datePublished");
        }
        if (JsonLdReader.name(n.get("publisher")) == null) {
          missing.add("publisher");
        }
        if (JsonLdReader.url(n.get("image")) == null) {
          missing.add("image");
        }
        return completeness(JSONLD_ARTICLE, type, missing, 5);
      }
    }
    return JSONLD_ARTICLE.notApplicable("na");
  }

  private static Outcome completeness(
      RuleMessages m, String type, List<String> missing, int fields) {
    String list = String.join(", ", missing);
    if (missing.isEmpty()) {
      return m.pass(NONE.key(), "type", type);
    }
    return missing.size() == fields
        ? m.fail(NONE.key(), "type", type, "missing", list)
        : m.warn(
            (fields - missing.size()) / (double) fields, NONE.key(), "type", type, "missing", list);
  }

  private static Outcome jsonLdProduct(Page page, Parameters p) {
    for (JsonNode n : Facts.of(page.document()).jsonLd()) {
      String type = JsonLdReader.text(n.get("@type"));
      if ("Product".equals(type)) {
        List<String> missing = new ArrayList<>();
        if (JsonLdReader.text(n.get("name")) == null) {
          missing.add("name");
        }
        if (JsonLdReader.url(n.get("image")) == null) {
          missing.add("image");
        }
        if (JsonLdReader.text(n.get("description")) == null) {
          missing.add("description");
        }
        JsonNode offers = n.get("offers");
        JsonNode offer =
            offers != null && offers.isArray() && !offers.isEmpty() ? offers.get(0) : offers;
        if (offer == null
            || (JsonLdReader.text(offer.get("price")) == null
                && JsonLdReader.text(offer.get("lowPrice")) == null)
            || JsonLdReader.text(offer.get("priceCurrency")) == null) {
          missing.add("offers (price, priceCurrency)");
        }
        if (JsonLdReader.name(n.get("brand")) == null) {
          missing.add("brand");
        }
        return completeness(JSONLD_PRODUCT, type, missing, 5);
      }
    }
    return JSONLD_PRODUCT.notApplicable("na");
  }

  private static Outcome jsonLdOrganization(Page page, Parameters p) {
    for (JsonNode n : Facts.of(page.document()).jsonLd()) {
      String type = JsonLdReader.text(n.get("@type"));
      if (type != null
          && type.matches(
              "Organization|Corporation|LocalBusiness|Store|NewsMediaOrganization|OnlineStore")) {
        List<String> missing = new ArrayList<>();
        if (JsonLdReader.text(n.get("name")) == null) {
          missing.add("name");
        }
        if (JsonLdReader.url(n.get("logo")) == null) {
          missing.add("logo");
        }
        if (JsonLdReader.text(n.get("url")) == null) {
          missing.add("url");
        }
        if (JsonLdReader.url(n.get("sameAs")) == null) {
          missing.add("sameAs");
        }
        return completeness(JSONLD_ORGANIZATION, type, missing, 4);
      }
    }
    return JSONLD_ORGANIZATION.notApplicable("na");
  }

  private static Outcome emailSubscribe(Page page, Parameters p) {
    Document d = page.document();
    Element input = null;
    for (Element in : d.getElementsByTag("input")) {
      String hint =
          (in.attr("type") + " " + in.attr("name") + " " + in.id()).toLowerCase(Locale.ROOT);
      Element form = in.closest("form");
      // A form with a text area is a comment or contact form: its e-mail field subscribes nobody.
      if ((hint.contains("email") || hint.contains("e-mail"))
          && form != null
          && form.getElementsByTag("textarea").isEmpty()) {
        input = in;
        break;
      }
    }
    if (input != null) {
      Element form = input.closest("form");
      String where = form == null ? "" : form.attr("action");
      return EMAIL_SUBSCRIBE.pass("form", "value", where);
    }
    Element link = null;
    for (Element a : Facts.of(page.document()).anchors()) {
      if (a.nameIs("a")
          && Words.containsAny(a.attr("href").toLowerCase(Locale.ROOT), SUBSCRIBE_HREF)) {
        link = a;
        break;
      }
    }
    if (link != null) {
      return EMAIL_SUBSCRIBE.warn(0.6, "link", "value", link.attr("href"));
    }
    return EMAIL_SUBSCRIBE.fail(NONE.key());
  }

  private static Outcome shareButtons(Page page, Parameters p) {
    Set<String> networks = Facts.of(page.document()).shareNetworks();
    int min = p.getInt("minNetworks");
    String list = String.join(", ", networks);
    String ev = Evidence.NETWORKS.key();
    if (networks.size() >= min) {
      return SHARE_BUTTONS.pass(ev, "count", networks.size(), "networks", list);
    }
    if (networks.isEmpty()) {
      return SHARE_BUTTONS.fail(NONE.key(), "min", min);
    }
    return SHARE_BUTTONS.warn(
        networks.size() / (double) min, ev, "count", networks.size(), "min", min, "networks", list);
  }

  private static Outcome shareAny(RuleMessages m, Page page, Set<String> wanted) {
    Set<String> found = new TreeSet<>(Facts.of(page.document()).shareNetworks());
    found.retainAll(wanted);
    String want = String.join(", ", new TreeSet<>(wanted));
    return found.isEmpty()
        ? m.fail(Evidence.NONE_OF.key(), "wanted", want)
        : m.pass(Evidence.NETWORKS.key(), "networks", String.join(", ", found));
  }

  private static Outcome printVersion(Page page, Parameters p) {
    Element e =
        first(
            Facts.of(page.document()).metaLinks(),
            "link[rel=alternate][media=print], link[rel=alternate][type=application/pdf]");
    if (e != null) {
      return PRINT_VERSION.pass(ELEMENT.key(), "element", e.tagName() + " " + e.attr("href"));
    }
    String host = Urls.host(page.url().toString());
    for (Element a : Facts.of(page.document()).anchors()) {
      if (a.attr("onclick").contains("window.print")) {
        return PRINT_VERSION.pass(ELEMENT.key(), "element", a.tagName() + " " + a.attr("onclick"));
      }
      String href = a.attr("href");
      String text = Facts.text(a);
      // A PDF is this page's PDF version only when it says so; a cited report is not.
      if (PDF_HREF.matcher(href).find()
          && PDF_LABEL
              .matcher(
                  text + " " + a.attr("title") + " " + a.attr("aria-label") + " " + a.className())
              .find()) {
        return PRINT_VERSION.pass(ELEMENT.key(), "element", a.tagName() + " " + href);
      }
      // "print" as a path segment or parameter of this site: not "/printers/", not another site's.
      if (PRINT_HREF.matcher(href).find() && sameSite(page, href, host)) {
        return PRINT_VERSION.pass(ELEMENT.key(), "element", a.tagName() + " " + href);
      }
      if (PRINT_TEXT.matcher(text).matches()) {
        return PRINT_VERSION.pass(
            ELEMENT.key(), "element", a.tagName() + " \"" + a.text().trim() + "\"");
      }
    }
    return PRINT_VERSION.fail(NONE.key());
  }

  private static boolean sameSite(Page page, String href, String host) {
    String abs = Urls.resolve(page.document().baseUri(), href);
    if (abs == null) {
      return false;
    }
    String h = Urls.host(abs);
    return h.equals(host) || h.endsWith("." + host) || host.endsWith("." + h);
  }

  private static Outcome embedWidget(Page page, Parameters p) {
    Document d = page.document();
    int checked = 0;
    for (Element e : d.select("textarea, input[value], code, pre")) {
      if (++checked > MAX_CANDIDATES) {
        break;
      }
      // Own text only: nested pre/code would otherwise be read again for every ancestor.
      String v = e.tagName().equals("input") ? e.attr("value") : e.wholeOwnText();
      // Embed code loads something from somewhere; a list of allowed tags ("<blockquote cite="">")
      // names no address.
      if ((v.contains("<iframe") || v.contains("<script") || v.contains("<blockquote"))
          && v.contains("//")) {
        return EMBED_WIDGET.pass("code", "element", e.tagName());
      }
    }
    for (Element a : Facts.of(page.document()).anchors()) {
      if (EMBED_TEXT.matcher(Facts.text(a)).find()) {
        return EMBED_WIDGET.pass(
            ELEMENT.key(), "element", a.tagName() + " \"" + a.text().trim() + "\"");
      }
    }
    Element oembed =
        first(
            Facts.of(page.document()).metaLinks(),
            "link[type=application/json+oembed], link[type=text/xml+oembed]");
    return oembed != null
        ? EMBED_WIDGET.pass("oembed", "href", oembed.attr("href"))
        : EMBED_WIDGET.fail(NONE.key());
  }

  private static Outcome license(Page page, Parameters p) {
    Element e = page.document().selectFirst("[rel~=(?i)^license$][href]");
    if (e != null) {
      return LICENSE.pass(VALUE.key(), "value", e.attr("href"));
    }
    for (JsonNode n : Facts.of(page.document()).jsonLd()) {
      String l = JsonLdReader.url(n.get("license"));
      if (l != null) {
        return LICENSE.pass("jsonld", "value", l);
      }
    }
    return LICENSE.fail(NONE.key());
  }

  private static Outcome tags(Page page, Parameters p) {
    Elements articleTags =
        Facts.of(page.document()).metaLinks().select("meta[property=article:tag][content]");
    Elements relTags = Facts.of(page.document()).anchors().select("a[rel~=(?i)^tag$]");
    if (!articleTags.isEmpty() || !relTags.isEmpty()) {
      List<String> names = new ArrayList<>();
      articleTags.forEach(e -> names.add(e.attr("content")));
      relTags.forEach(e -> names.add(e.text()));
      String list = String.join(", ", names.subList(0, Math.min(10, names.size())));
      return TAGS.pass("found", "count", names.size(), "tags", list);
    }
    Element keywords = first(Facts.of(page.document()).metaLinks(), "meta[name=keywords][content]");
    if (keywords != null && !keywords.attr("content").isBlank()) {
      return TAGS.warn(0.5, NONE.key(), "tags", keywords.attr("content"));
    }
    return TAGS.fail(NONE.key());
  }

  private static Outcome bookmark(Page page, Parameters p) {
    Document d = page.document();
    // Save-for-later services found as share links or widgets; a link to a profile on one is not.
    Set<String> savers = new TreeSet<>(Facts.of(page.document()).shareNetworks());
    savers.retainAll(SAVE_SERVICES);
    if (!savers.isEmpty()) {
      return BOOKMARK.pass("save", "services", String.join(", ", savers));
    }
    Element e =
        d.selectFirst(
            "a[rel~=(?i)^bookmark$], [data-pin-do], script[src*=pinit], a[href*=//pocket.co/]");
    return e != null
        ? BOOKMARK.pass(
            ELEMENT.key(),
            "element",
            e.tagName() + " " + (e.hasAttr("href") ? e.attr("href") : e.attr("src")))
        : BOOKMARK.fail(NONE.key());
  }

  private static Outcome relatedLists(Page page, Parameters p) {
    Document d = page.document();
    Elements aroundH1 = null;
    for (Element e :
        d.select(
            "div[id], div[class], section, aside, ul[id], ul[class], ol[id], ol[class], nav")) {
      String idClass = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
      if (Words.containsAny(idClass, RELATED) && Facts.hasLinks(e, 2)) {
        if (aroundH1 == null) {
          Element h1 = d.selectFirst("h1");
          aroundH1 = h1 == null ? new Elements() : h1.parents();
        }
        // The article itself (a wrapper with a flag such as "disableReadMore") is no list.
        if (aroundH1.contains(e)) {
          continue;
        }
        return RELATED_LISTS.pass(
            ELEMENT.key(),
            "element",
            e.tagName()
                + (e.id().isEmpty() ? "." + e.className().split(" ", -1)[0] : "#" + e.id()));
      }
    }
    int checked = 0;
    for (Element h : d.select("h2, h3, h4, h5, aside header, nav header")) {
      String text = Facts.boundedText(h, 120);
      if (RELATED_HEADING.matcher(text).find()) {
        if (++checked > MAX_CANDIDATES) {
          break;
        }
        if (listUnder(h)) {
          return RELATED_LISTS.pass(ELEMENT.key(), "element", h.tagName() + " \"" + text + "\"");
        }
      }
    }
    return RELATED_LISTS.fail(NONE.key());
  }

  /**
   * Whether links follow a heading: in its parent, or next to the wrapper or the wrapper's wrapper
   * it sits in ({@code <div class=title><h4>Most popular</h4></div><div class=list>...}).
   */
  private static boolean listUnder(Element h) {
    Element parent = h.parent();
    if (parent == null) {
      return false;
    }
    if (Facts.hasLinks(parent, 2)) {
      return true;
    }
    Element wrapper = parent;
    for (int level = 0; level < 2 && wrapper != null; level++) {
      Element next = wrapper.nextElementSibling();
      if (next != null && Facts.hasLinks(next, 2)) {
        return true;
      }
      wrapper = wrapper.parent();
    }
    return false;
  }

  private static Outcome internalLinks(Page page, Parameters p) {
    String host = Urls.host(page.url().toString());
    int count = 0;
    for (Element a : Facts.of(page.document()).anchors()) {
      if (!a.hasAttr("href")) {
        continue;
      }
      String href = a.attr("href").trim();
      if (href.startsWith("#") || href.startsWith("javascript:") || href.startsWith("mailto:")) {
        continue;
      }
      String abs = Urls.resolve(page.document().baseUri(), href);
      if (abs != null && Urls.host(abs).equals(host)) {
        count++;
      }
    }
    int min = p.getInt("min");
    if (count >= min) {
      return INTERNAL_LINKS.pass(NONE.key(), "count", count);
    }
    return count == 0
        ? INTERNAL_LINKS.fail(NONE.key())
        : INTERNAL_LINKS.warn(
            Math.max(0.1, count / (double) min), NONE.key(), "count", count, "min", min);
  }

  /**
   * A comment form, or a comment box that a script posts without a form ({@code <textarea
   * placeholder="Add a comment">} outside any form).
   */
  private static Element ownCommentForm(Document d) {
    for (Element ta : d.getElementsByTag("textarea")) {
      String taHint =
          ta.attr("name") + " " + ta.id() + " " + ta.attr("placeholder") + " " + ta.className();
      Element form = ta.closest("form");
      String hint =
          form == null
              ? ""
              : form.id()
                  + " "
                  + form.className()
                  + " "
                  + form.attr("action")
                  + " "
                  + form.attr("name");
      if (COMMENT_HINT.matcher(hint + " " + taHint).find()) {
        return form == null ? ta : form;
      }
    }
    return null;
  }

  private static Outcome comments(Page page, Parameters p) {
    Element form = Facts.of(page.document()).commentForm(PageRules::ownCommentForm);
    if (form != null) {
      return COMMENTS.pass("form", "element", form.cssSelector());
    }
    String embedded = Facts.of(page.document()).embeddedComments(CommentSystems::find);
    return embedded != null
        ? COMMENTS.pass("embedded", "system", embedded)
        : COMMENTS.fail(NONE.key());
  }

  private static Outcome commentSpam(Page page, Parameters p) {
    Document d = page.document();
    Element form = Facts.of(page.document()).commentForm(PageRules::ownCommentForm);
    if (form == null) {
      String embedded = Facts.of(page.document()).embeddedComments(CommentSystems::find);
      return embedded != null
          ? COMMENTS_SPAM.pass("system", "system", embedded)
          : COMMENTS_SPAM.notApplicable(Evidence.NA_NO_COMMENTS.key());
    }
    Element captcha =
        d.selectFirst(
            ".g-recaptcha, .h-captcha, .cf-turnstile, .smart-captcha, [data-sitekey],"
                + " script[src~=(?i)(recaptcha|hcaptcha|turnstile|captcha)]");
    if (captcha != null) {
      return COMMENTS_SPAM.pass("captcha", "element", captcha.cssSelector());
    }
    for (Element in : form.select("input")) {
      String hint =
          (in.attr("name") + " " + in.id() + " " + in.className()).toLowerCase(Locale.ROOT);
      boolean hidden =
          in.attr("style").replace(" ", "").contains("display:none")
              || in.hasAttr("hidden")
              || (in.attr("tabindex").equals("-1") && in.attr("autocomplete").equals("off"));
      if (hint.contains("honeypot")
          || hint.contains("ak_hp")
          || hint.contains("akismet")
          || (hidden && !in.attr("type").equals("hidden"))) {
        return COMMENTS_SPAM.pass("honeypot", "name", in.attr("name"));
      }
    }
    return COMMENTS_SPAM.fail(NONE.key());
  }

  private static Outcome commentThreading(Page page, Parameters p) {
    Document d = page.document();
    Element form = Facts.of(page.document()).commentForm(PageRules::ownCommentForm);
    String embedded = Facts.of(page.document()).embeddedComments(CommentSystems::find);
    if (form == null && embedded == null) {
      return COMMENTS_THREADING.notApplicable(Evidence.NA_NO_COMMENTS.key());
    }
    if (embedded != null && form == null) {
      return COMMENTS_THREADING.pass("system", "system", embedded);
    }
    Element reply =
        d.selectFirst(
            "a.comment-reply-link, [class~=(?i)reply], ol.children, ul.children, input[name=comment_parent]");
    if (reply != null) {
      return COMMENTS_THREADING.pass(ELEMENT.key(), "element", reply.cssSelector());
    }
    for (Element a : Facts.of(page.document()).anchors()) {
      if (REPLY_TEXT.matcher(Facts.text(a)).matches()) {
        return COMMENTS_THREADING.pass(
            ELEMENT.key(), "element", a.tagName() + " \"" + a.text().trim() + "\"");
      }
    }
    return COMMENTS_THREADING.fail(NONE.key());
  }

  private static List<Element> contentImages(Document d) {
    List<Element> images = new ArrayList<>();
    Element body = d.body();
    if (body == null) {
      return images;
    }
    for (Element img : body.select("img")) {
      String w = img.attr("width").trim();
      String h = img.attr("height").trim();
      boolean pixel = w.equals("1") || w.equals("0") || h.equals("1") || h.equals("0");
      boolean hidden =
          img.attr("aria-hidden").equals("true")
              || img.attr("role").equals("presentation")
              || img.attr("style").replace(" ", "").contains("display:none");
      // A noscript copy is a fallback (or a tracking pixel) that script-running visitors never see.
      if (!pixel && !hidden && img.closest("noscript") == null) {
        images.add(img);
      }
    }
    return images;
  }

  private static Outcome imagesAlt(Page page, Parameters p) {
    List<Element> images = contentImages(page.document());
    if (images.isEmpty()) {
      return IMAGES_ALT.notApplicable(Evidence.NA_NO_IMAGES.key());
    }
    int withAlt = 0;
    String firstMissing = null;
    for (Element img : images) {
      if (img.hasAttr("alt")) {
        withAlt++;
      } else if (firstMissing == null) {
        firstMissing = img.attr("src");
      }
    }
    double share = withAlt / (double) images.size();
    RuleMessages m = IMAGES_ALT;
    String ev = firstMissing == null ? Evidence.ALT_COUNT.key() : "first_missing";
    List<Object> args = new ArrayList<>(List.of("with", withAlt, "total", images.size()));
    if (firstMissing != null) {
      args.addAll(List.of("src", firstMissing));
    }
    if (share >= p.get("minShare")) {
      return m.pass(ev, args.toArray());
    }
    args.addAll(List.of("percent", Math.round(share * 100)));
    return share >= 0.5 ? m.warn(share, ev, args.toArray()) : m.fail(ev, args.toArray());
  }

  private static Outcome illustrations(Page page, Parameters p) {
    int n =
        contentImages(page.document()).size()
            + page.document().select("body picture, body svg[role=img], body figure").size();
    return n > 0 ? ILLUSTRATIONS.pass(NONE.key(), "count", n) : ILLUSTRATIONS.fail(NONE.key());
  }

  private static Outcome video(Page page, Parameters p) {
    Document d = page.document();
    Element v = d.selectFirst("video, audio");
    if (v != null) {
      return MEDIA_VIDEO.pass(ELEMENT.key(), "element", v.tagName());
    }
    for (Element f : d.select("iframe[src], embed[src], object[data]")) {
      String src = f.hasAttr("src") ? f.attr("src") : f.attr("data");
      if (VIDEO_HOSTS.matcher(src).find()) {
        return MEDIA_VIDEO.pass(ELEMENT.key(), "element", f.tagName() + " " + src);
      }
    }
    if (first(
            Facts.of(page.document()).metaLinks(),
            "meta[property=og:video], meta[property=og:video:url], meta[property=og:audio]")
        != null) {
      return MEDIA_VIDEO.pass(ELEMENT.key(), "element", "meta og:video / og:audio");
    }
    return MEDIA_VIDEO.fail(NONE.key());
  }

  private static Outcome viewport(Page page, Parameters p) {
    Element e = first(Facts.of(page.document()).metaLinks(), "meta[name=viewport][content]");
    if (e == null) {
      return VIEWPORT.fail(NONE.key());
    }
    String c = e.attr("content").toLowerCase(Locale.ROOT).replace(" ", "");
    java.util.Map<String, String> kv = new java.util.HashMap<>();
    for (String part : c.split("[,;]", -1)) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        kv.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
    if (!"device-width".equals(kv.get("width"))) {
      return VIEWPORT.warn(0.5, VALUE.key(), "value", c);
    }
    String scalable = kv.getOrDefault("user-scalable", "yes");
    double maxScale;
    try {
      maxScale = Double.parseDouble(kv.getOrDefault("maximum-scale", "10"));
    } catch (NumberFormatException ex) {
      maxScale = 10;
    }
    if (scalable.equals("no") || scalable.equals("0") || maxScale <= 1.0) {
      return VIEWPORT.warn(0.7, "zoom", "value", c);
    }
    return VIEWPORT.pass(VALUE.key(), "value", c);
  }

  private static Outcome headlinePresent(Page page, Parameters p) {
    Elements h1 = page.document().select("h1");
    if (h1.isEmpty()) {
      return HEADLINE_PRESENT.fail(NONE.key());
    }
    String text = MetadataExtractor.clean(h1.first().text());
    return h1.size() == 1
        ? HEADLINE_PRESENT.pass(VALUE.key(), "value", text)
        : HEADLINE_PRESENT.warn(0.7, "many", "count", h1.size(), "value", text);
  }

  private static Outcome headlineLength(Page page, Parameters p) {
    Element h1 = page.document().selectFirst("h1");
    if (h1 == null) {
      return HEADLINE_LENGTH.notApplicable(Evidence.NA_NO_H1.key());
    }
    String text = MetadataExtractor.clean(h1.text());
    int n = text.codePointCount(0, text.length());
    int min = p.getInt("min");
    int max = p.getInt("max");
    String ev = Evidence.LENGTH.key();
    return n >= min && n <= max
        ? HEADLINE_LENGTH.pass(ev, "length", n, "min", min, "max", max, "text", text)
        : HEADLINE_LENGTH.warn(0.5, ev, "length", n, "min", min, "max", max, "text", text);
  }
}
