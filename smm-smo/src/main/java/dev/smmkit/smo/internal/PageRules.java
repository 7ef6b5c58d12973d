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

  private static final Set<String> IMAGE_TYPES =
      Set.of("image/jpeg", "image/jpg", "image/png", "image/gif", "image/webp");
  private static final Set<String> SAVE_SERVICES = Set.of("pocket", "pinterest", "flipboard");
  private static final Set<String> CARDS =
      Set.of("summary", "summary_large_image", "app", "player");

  /** Words in the lower-cased id or class of a related, popular or best-of list. */
  private static final String[] RELATED = {
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
    "populyar"
  };

  private static final Pattern RELATED_HEADING =
      Pattern.compile(
          "related|popular|most read|most popular|you may also like|read more|read next|"
              + "recommended|trending|best of|top stories|more stories|"
              + "похож|популярн|читайте также|читать также|лучшее|рекомендуем|самое читаемое|"
              + "liên quan|đọc nhiều|xem thêm|nổi bật|phổ biến",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern COMMENT_HINT =
      Pattern.compile("comment|respond|reply|коммент|отзыв|bình luận", Pattern.CASE_INSENSITIVE);
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
  private static final Pattern EMBED_TEXT =
      Pattern.compile("^(embed|встроить|код для вставки|nhúng)", Pattern.CASE_INSENSITIVE);
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
  private static final String[] SUBSCRIBE_HREF = {
    "subscribe", "newsletter", "podpis", "rassylk", "dang-ky", "list-manage.com"
  };

  /** Candidates a rule examines in depth at most, so that hostile pages cost bounded time. */
  private static final int MAX_CANDIDATES = 200;

  static List<PageRule> all() {
    List<PageRule> r = new ArrayList<>();
    // Sharing metadata: what a network shows when the page is shared.
    r.add(rule("title.present", SOCIAL_MECHANISMS, 3, List.of(), PageRules::titlePresent));
    r.add(
        rule(
            "title.length",
            SOCIAL_MECHANISMS,
            2,
            List.of(
                Parameter.of("min", 15, 1, 200, "shortest title, characters"),
                Parameter.of("max", 70, 10, 300, "longest title before networks truncate")),
            (page, p) -> length(page, MetaField.TITLE, p)));
    r.add(
        rule(
            "description.present",
            SOCIAL_MECHANISMS,
            3,
            List.of(),
            (page, p) -> present(page.metadata().get(MetaField.DESCRIPTION))));
    r.add(
        rule(
            "description.length",
            SOCIAL_MECHANISMS,
            1,
            List.of(
                Parameter.of("min", 50, 1, 500, "shortest description, characters"),
                Parameter.of("max", 200, 20, 1000, "longest description before truncation")),
            (page, p) -> length(page, MetaField.DESCRIPTION, p)));
    r.add(metaRule("og.title", 2, "og:title"));
    r.add(metaRule("og.description", 2, "og:description"));
    r.add(rule("og.image", SOCIAL_MECHANISMS, 3, List.of(), PageRules::ogImage));
    r.add(
        rule(
            "og.image.size",
            SOCIAL_MECHANISMS,
            2,
            List.of(
                Parameter.of("minWidth", 600, 1, 10000, "smallest width for a large preview"),
                Parameter.of("minHeight", 315, 1, 10000, "smallest height for a large preview"),
                Parameter.of("recommendedWidth", 1200, 1, 10000, "recommended width"),
                Parameter.of("recommendedHeight", 630, 1, 10000, "recommended height")),
            PageRules::ogImageSize));
    r.add(rule("og.image.type", SOCIAL_MECHANISMS, 0.5, List.of(), PageRules::ogImageType));
    r.add(
        rule(
            "og.image.alt",
            SOCIAL_MECHANISMS,
            1,
            List.of(),
            (page, p) ->
                ogImage(page).isEmpty()
                    ? Outcome.notApplicable("no og:image")
                    : present(page.metadata().get(MetaField.IMAGE_ALT))));
    r.add(metaRule("og.url", 2, "og:url"));
    r.add(metaRule("og.type", 1, "og:type"));
    r.add(metaRule("og.site_name", 1, "og:site_name"));
    r.add(metaRule("og.locale", 0.5, "og:locale"));
    r.add(rule("twitter.card", SOCIAL_MECHANISMS, 2, List.of(), PageRules::twitterCard));
    r.add(rule("canonical.present", LINKABILITY, 2, List.of(), PageRules::canonicalPresent));
    r.add(rule("canonical.consistent", LINKABILITY, 2, List.of(), PageRules::canonicalConsistent));
    r.add(
        rule(
            "permalink.shape",
            LINKABILITY,
            1,
            List.of(Parameter.of("maxLength", 120, 20, 2000, "longest permalink, characters")),
            PageRules::permalinkShape));
    r.add(rule("lang.declared", USABILITY, 1, List.of(), PageRules::langDeclared));
    r.add(rule("icons", SOCIAL_MECHANISMS, 1, List.of(), PageRules::icons));
    r.add(rule("jsonld.present", MASHUP, 1, List.of(), PageRules::jsonLdPresent));
    r.add(rule("jsonld.article", SOCIAL_MECHANISMS, 1, List.of(), PageRules::jsonLdArticle));
    r.add(rule("jsonld.product", SOCIAL_MECHANISMS, 1, List.of(), PageRules::jsonLdProduct));
    r.add(
        rule(
            "jsonld.organization", SOCIAL_MECHANISMS, 1, List.of(), PageRules::jsonLdOrganization));
    r.add(
        rule(
            "oembed.discovery",
            MASHUP,
            0.5,
            List.of(),
            (page, p) ->
                found(
                    first(
                        Facts.of(page).metaLinks(),
                        "link[rel=alternate][type=application/json+oembed],"
                            + " link[rel=alternate][type=text/xml+oembed]"),
                    "href")));
    // Help content travel, outgoing channels.
    r.add(
        rule(
            "feed.link",
            CONTENT_TRAVEL,
            2,
            List.of(),
            (page, p) ->
                found(
                    first(
                        Facts.of(page).metaLinks(),
                        "link[rel=alternate][type=application/rss+xml],"
                            + " link[rel=alternate][type=application/atom+xml],"
                            + " link[rel=alternate][type=application/feed+json]"),
                    "href")));
    r.add(rule("email.subscribe", OUTGOING_CHANNELS, 1, List.of(), PageRules::emailSubscribe));
    r.add(
        rule(
            "share.buttons",
            CONTENT_TRAVEL,
            3,
            List.of(Parameter.of("minNetworks", 3, 1, 12, "networks with a share link")),
            PageRules::shareButtons));
    r.add(
        rule(
            "share.messengers",
            OUTGOING_CHANNELS,
            1,
            List.of(),
            (page, p) ->
                shareAny(page, Set.of("telegram", "whatsapp", "viber", "zalo", "line", "email"))));
    r.add(
        rule(
            "share.ru_networks",
            CONTENT_TRAVEL,
            0,
            List.of(),
            (page, p) -> shareAny(page, Set.of("vkontakte", "odnoklassniki", "telegram"))));
    r.add(
        rule(
            "share.vi_networks",
            CONTENT_TRAVEL,
            0,
            List.of(),
            (page, p) -> shareAny(page, Set.of("facebook", "zalo"))));
    r.add(rule("print.version", CONTENT_TRAVEL, 0.5, List.of(), PageRules::printVersion));
    r.add(rule("embed.widget", MASHUP, 0.5, List.of(), PageRules::embedWidget));
    // Linkability, inbound links, licences.
    r.add(
        rule(
            "webmention",
            INBOUND_LINKS,
            0.5,
            List.of(),
            (page, p) ->
                found(
                    first(
                        Facts.of(page).metaLinks(), "link[rel~=(?i)^(webmention|pingback)$][href]"),
                    "href")));
    r.add(rule("license", MASHUP, 0.5, List.of(), PageRules::license));
    // Tagging and bookmarking.
    r.add(rule("tags", TAGGING_AND_BOOKMARKING, 1, List.of(), PageRules::tags));
    r.add(rule("bookmark", TAGGING_AND_BOOKMARKING, 0.5, List.of(), PageRules::bookmark));
    // Fewer bounces.
    r.add(rule("related.lists", FEWER_BOUNCES, 2, List.of(), PageRules::relatedLists));
    r.add(
        rule(
            "internal.links",
            FEWER_BOUNCES,
            1,
            List.of(Parameter.of("min", 10, 1, 1000, "internal links expected")),
            PageRules::internalLinks));
    // Discussion.
    r.add(rule("comments", DISCUSSION, 1, List.of(), PageRules::comments));
    r.add(rule("comments.spam", DISCUSSION, 0.5, List.of(), PageRules::commentSpam));
    r.add(rule("comments.threading", DISCUSSION, 0.5, List.of(), PageRules::commentThreading));
    // Atmosphere and usability.
    r.add(
        rule(
            "images.alt",
            ATMOSPHERE,
            1,
            List.of(Parameter.of("minShare", 0.9, 0, 1, "share of images with alt text")),
            PageRules::imagesAlt));
    r.add(rule("illustrations", ATMOSPHERE, 1, List.of(), PageRules::illustrations));
    r.add(rule("media.video", ATMOSPHERE, 0.5, List.of(), PageRules::video));
    r.add(rule("viewport", USABILITY, 2, List.of(), PageRules::viewport));
    r.add(rule("headline.present", USABILITY, 1, List.of(), PageRules::headlinePresent));
    r.add(
        rule(
            "headline.length",
            USABILITY,
            1,
            List.of(
                Parameter.of("min", 10, 1, 200, "shortest headline, characters"),
                Parameter.of("max", 70, 10, 300, "longest readable headline, characters")),
            PageRules::headlineLength));
    return r;
  }

  private static PageRule rule(
      String id,
      Category category,
      double weight,
      List<Parameter> params,
      BiFunction<Page, Parameters, Outcome> fn) {
    return new BasicRules.PageFn(id, category, weight, params, fn);
  }

  private static PageRule metaRule(String id, double weight, String property) {
    return rule(
        id,
        SOCIAL_MECHANISMS,
        weight,
        List.of(),
        (page, p) ->
            metaValue(page, property)
                .map(v -> Outcome.pass(v, "value", v))
                .orElseGet(() -> Outcome.fail("no meta " + property)));
  }

  /**
   * The first non-blank value of a meta tag, by property or name, from {@code content} or {@code
   * value}: the same reading as the metadata extractor's.
   */
  private static Optional<String> metaValue(Page page, String key) {
    for (Element m : Facts.of(page).metaLinks()) {
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

  private static Outcome present(Optional<MetaValue> v) {
    return v.map(x -> Outcome.pass(x.toString(), "value", x.value(), "source", x.source()))
        .orElseGet(() -> Outcome.fail("none found"));
  }

  private static Outcome found(Element e, String attr) {
    return e == null
        ? Outcome.fail("none found")
        : Outcome.pass(e.tagName() + " " + attr + "=" + e.attr(attr), "value", e.attr(attr));
  }

  private static Outcome titlePresent(Page page, Parameters p) {
    return present(page.metadata().get(MetaField.TITLE));
  }

  private static Outcome length(Page page, MetaField field, Parameters p) {
    Optional<MetaValue> v = page.metadata().get(field);
    if (v.isEmpty()) {
      return Outcome.notApplicable("no " + field.name().toLowerCase(Locale.ROOT));
    }
    String s = v.get().value();
    int n = s.codePointCount(0, s.length());
    int min = p.getInt("min");
    int max = p.getInt("max");
    String evidence = n + " characters: " + s;
    if (n >= min && n <= max) {
      return Outcome.pass(evidence, "length", n, "min", min, "max", max);
    }
    return Outcome.warn(0.5, evidence, "length", n, "min", min, "max", max);
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
      return Outcome.fail("no og:image");
    }
    String url = img.get();
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      return Outcome.fail(url, "value", url);
    }
    return Outcome.pass(url, "value", url);
  }

  private static Outcome ogImageSize(Page page, Parameters p) {
    if (ogImage(page).isEmpty()) {
      return Outcome.notApplicable("no og:image");
    }
    Optional<String> w = page.metadata().value(MetaField.IMAGE_WIDTH);
    Optional<String> h = page.metadata().value(MetaField.IMAGE_HEIGHT);
    if (w.isEmpty() || h.isEmpty()) {
      return Outcome.warn(
          0.5, "og:image:width and og:image:height not declared", "width", "?", "height", "?");
    }
    int width;
    int height;
    try {
      width = Integer.parseInt(w.get().trim());
      height = Integer.parseInt(h.get().trim());
    } catch (NumberFormatException e) {
      return Outcome.fail(w.get() + " x " + h.get(), "width", w.get(), "height", h.get());
    }
    String evidence = width + " x " + height;
    Object[] args = {
      "width",
      width,
      "height",
      height,
      "minWidth",
      p.getInt("minWidth"),
      "minHeight",
      p.getInt("minHeight"),
      "recommendedWidth",
      p.getInt("recommendedWidth"),
      "recommendedHeight",
      p.getInt("recommendedHeight")
    };
    if (width < p.getInt("minWidth") || height < p.getInt("minHeight")) {
      return Outcome.fail(evidence, args);
    }
    if (width < p.getInt("recommendedWidth") || height < p.getInt("recommendedHeight")) {
      return Outcome.warn(0.7, evidence, args);
    }
    return Outcome.pass(evidence, args);
  }

  private static Outcome ogImageType(Page page, Parameters p) {
    Optional<String> img = ogImage(page);
    if (img.isEmpty()) {
      return Outcome.notApplicable("no og:image");
    }
    Optional<String> type = page.metadata().value(MetaField.IMAGE_TYPE);
    String path = img.get().toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "");
    if (type.isPresent()) {
      String t = type.get().toLowerCase(Locale.ROOT);
      return IMAGE_TYPES.contains(t) ? Outcome.pass(t, "value", t) : Outcome.fail(t, "value", t);
    }
    if (path.endsWith(".svg") || path.endsWith(".svgz")) {
      return Outcome.fail("an SVG image: " + img.get(), "value", "image/svg+xml");
    }
    return Outcome.warn(0.5, "og:image:type not declared", "value", "?");
  }

  private static Outcome twitterCard(Page page, Parameters p) {
    Optional<String> card = page.metadata().value(MetaField.TWITTER_CARD);
    if (card.isEmpty()) {
      return Outcome.fail("no twitter:card");
    }
    String c = card.get().toLowerCase(Locale.ROOT);
    return CARDS.contains(c)
        ? Outcome.pass(c, "value", c)
        : Outcome.warn(0.5, "unknown card type " + c, "value", c);
  }

  private static Outcome canonicalPresent(Page page, Parameters p) {
    Element e = first(Facts.of(page).metaLinks(), "link[rel=canonical]");
    if (e == null) {
      return Outcome.fail("no link rel=canonical");
    }
    String abs = Urls.resolve(page.document().baseUri(), e.attr("href"));
    if (abs == null || !(abs.startsWith("http://") || abs.startsWith("https://"))) {
      return Outcome.fail("unusable href=" + e.attr("href"), "value", e.attr("href"));
    }
    return Outcome.pass(abs, "value", abs);
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
    Element og = first(Facts.of(page).metaLinks(), "meta[property=og:url][content]");
    if (canonical.isEmpty() || og == null) {
      return Outcome.notApplicable("needs both link rel=canonical and og:url");
    }
    String ogUrl = Urls.resolve(page.document().baseUri(), og.attr("content"));
    String evidence = "canonical " + canonical.get() + ", og:url " + ogUrl;
    if (ogUrl != null && normal(ogUrl).equals(normal(canonical.get()))) {
      return Outcome.pass(evidence, "canonical", canonical.get(), "ogUrl", ogUrl);
    }
    return Outcome.fail(evidence, "canonical", canonical.get(), "ogUrl", String.valueOf(ogUrl));
  }

  private static Outcome permalinkShape(Page page, Parameters p) {
    String url = page.metadata().value(MetaField.CANONICAL).orElse(page.url().toString());
    List<String> problems = new ArrayList<>();
    int q = url.indexOf('?');
    if (q >= 0) {
      String query = url.substring(q + 1).replaceFirst("#.*$", "").toLowerCase(Locale.ROOT);
      if (SESSION_PARAMS.matcher(query).find()) {
        problems.add("session or tracking parameters");
      }
      if (query.split("&").length > 2) {
        problems.add("more than 2 query parameters");
      }
    }
    if (url.contains("#")) {
      problems.add("a fragment");
    }
    if (url.length() > p.getInt("maxLength")) {
      problems.add(url.length() + " characters, over " + p.getInt("maxLength"));
    }
    if (problems.isEmpty()) {
      return Outcome.pass(url, "value", url);
    }
    String list = String.join(", ", problems);
    return problems.size() == 1
        ? Outcome.warn(0.5, url + ": " + list, "value", url, "problems", list)
        : Outcome.fail(url + ": " + list, "value", url, "problems", list);
  }

  private static Outcome langDeclared(Page page, Parameters p) {
    Element html = page.document().selectFirst("html");
    String lang = html == null ? "" : html.attr("lang").trim();
    if (lang.isEmpty()) {
      return Outcome.fail("no html lang");
    }
    return lang.matches("(?i)[a-z]{2,3}([-_][a-z0-9]{2,8})*")
        ? Outcome.pass("lang=" + lang, "value", lang)
        : Outcome.fail("invalid lang=" + lang, "value", lang);
  }

  private static Outcome icons(Page page, Parameters p) {
    Element icon =
        first(
            Facts.of(page).metaLinks(),
            "link[rel~=(?i)^icon$][href], link[rel=shortcut icon][href]");
    Element touch =
        first(Facts.of(page).metaLinks(), "link[rel~=(?i)^apple-touch-icon(-precomposed)?$][href]");
    if (icon != null && touch != null) {
      return Outcome.pass("icon " + icon.attr("href") + ", touch icon " + touch.attr("href"));
    }
    if (icon != null || touch != null) {
      Element e = icon != null ? icon : touch;
      return Outcome.warn(
          0.7,
          e.attr("rel") + " " + e.attr("href"),
          "missing",
          icon == null ? "icon" : "apple-touch-icon");
    }
    return Outcome.fail("no icon links");
  }

  private static Outcome jsonLdPresent(Page page, Parameters p) {
    Elements scripts = page.document().select("script[type=application/ld+json]");
    if (scripts.isEmpty()) {
      return Outcome.fail("no JSON-LD");
    }
    List<String> types = new ArrayList<>();
    for (JsonNode n : Facts.of(page).jsonLd()) {
      String t = JsonLdReader.text(n.get("@type"));
      if (t != null) {
        types.add(t);
      }
    }
    return types.isEmpty()
        ? Outcome.fail(
            scripts.size() + " JSON-LD blocks, none readable with a @type", "count", scripts.size())
        : Outcome.pass(String.join(", ", types), "types", String.join(", ", types));
  }

  private static Outcome jsonLdArticle(Page page, Parameters p) {
    for (JsonNode n : Facts.of(page).jsonLd()) {
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
        if (missing.isEmpty()) {
          return Outcome.pass(
              type + " with headline, author, datePublished, publisher, image", "type", type);
        }
        String list = String.join(", ", missing);
        return missing.size() == 5
            ? Outcome.fail(type + " without " + list, "type", type, "missing", list)
            : Outcome.warn(
                (5 - missing.size()) / 5.0,
                type + " without " + list,
                "type",
                type,
                "missing",
                list);
      }
    }
    return Outcome.notApplicable("no schema.org Article in JSON-LD");
  }

  private static Outcome completeness(String type, List<String> missing, int fields) {
    String list = String.join(", ", missing);
    if (missing.isEmpty()) {
      return Outcome.pass(type + " complete", "type", type, "missing", "");
    }
    return missing.size() == fields
        ? Outcome.fail(type + " without " + list, "type", type, "missing", list)
        : Outcome.warn(
            (fields - missing.size()) / (double) fields,
            type + " without " + list,
            "type",
            type,
            "missing",
            list);
  }

  private static Outcome jsonLdProduct(Page page, Parameters p) {
    for (JsonNode n : Facts.of(page).jsonLd()) {
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
        return completeness(type, missing, 5);
      }
    }
    return Outcome.notApplicable("no schema.org Product in JSON-LD");
  }

  private static Outcome jsonLdOrganization(Page page, Parameters p) {
    for (JsonNode n : Facts.of(page).jsonLd()) {
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
          missing.add("sameAs (profiles on social networks)");
        }
        return completeness(type, missing, 4);
      }
    }
    return Outcome.notApplicable("no schema.org Organization in JSON-LD");
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
      return Outcome.pass("form " + where + " with an e-mail field", "value", where);
    }
    Element link = null;
    for (Element a : Facts.of(page).anchors()) {
      if (a.nameIs("a")
          && Words.containsAny(a.attr("href").toLowerCase(Locale.ROOT), SUBSCRIBE_HREF)) {
        link = a;
        break;
      }
    }
    if (link != null) {
      return Outcome.warn(0.6, "a link to " + link.attr("href"), "value", link.attr("href"));
    }
    return Outcome.fail("no e-mail subscription form");
  }

  private static Outcome shareButtons(Page page, Parameters p) {
    Set<String> networks = Facts.of(page).shareNetworks();
    int min = p.getInt("minNetworks");
    String list = String.join(", ", networks);
    if (networks.size() >= min) {
      return Outcome.pass(list, "count", networks.size(), "min", min, "networks", list);
    }
    if (networks.isEmpty()) {
      return Outcome.fail(
          "no share links or share widgets", "count", 0, "min", min, "networks", "");
    }
    return Outcome.warn(
        networks.size() / (double) min,
        list,
        "count",
        networks.size(),
        "min",
        min,
        "networks",
        list);
  }

  private static Outcome shareAny(Page page, Set<String> wanted) {
    Set<String> found = new TreeSet<>(Facts.of(page).shareNetworks());
    found.retainAll(wanted);
    String want = String.join(", ", new TreeSet<>(wanted));
    return found.isEmpty()
        ? Outcome.fail("none of " + want, "wanted", want)
        : Outcome.pass(
            String.join(", ", found), "networks", String.join(", ", found), "wanted", want);
  }

  private static Outcome printVersion(Page page, Parameters p) {
    Element e =
        first(
            Facts.of(page).metaLinks(),
            "link[rel=alternate][media=print], link[rel=alternate][type=application/pdf]");
    if (e != null) {
      return Outcome.pass(e.tagName() + " " + e.attr("href"));
    }
    String host = Urls.host(page.url().toString());
    for (Element a : Facts.of(page).anchors()) {
      if (a.attr("onclick").contains("window.print")) {
        return Outcome.pass(a.tagName() + " " + a.attr("onclick"));
      }
      String href = a.attr("href");
      String text = Facts.text(a);
      // A PDF is this page's PDF version only when it says so; a cited report is not.
      if (PDF_HREF.matcher(href).find()
          && PDF_LABEL
              .matcher(
                  text + " " + a.attr("title") + " " + a.attr("aria-label") + " " + a.className())
              .find()) {
        return Outcome.pass(a.tagName() + " " + href);
      }
      // "print" as a path segment or parameter of this site: not "/printers/", not another site's.
      if (PRINT_HREF.matcher(href).find() && sameSite(page, href, host)) {
        return Outcome.pass(a.tagName() + " " + href);
      }
      if (PRINT_TEXT.matcher(text).matches()) {
        return Outcome.pass(a.tagName() + " \"" + a.text().trim() + "\"");
      }
    }
    return Outcome.fail("no print or PDF version");
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
        return Outcome.pass(e.tagName() + " with embed code");
      }
    }
    for (Element a : Facts.of(page).anchors()) {
      if (EMBED_TEXT.matcher(Facts.text(a)).find()) {
        return Outcome.pass(a.tagName() + " \"" + a.text().trim() + "\"");
      }
    }
    Element oembed =
        first(
            Facts.of(page).metaLinks(),
            "link[type=application/json+oembed], link[type=text/xml+oembed]");
    return oembed != null
        ? Outcome.pass("oEmbed endpoint " + oembed.attr("href"))
        : Outcome.fail("no embed code or widget");
  }

  private static Outcome license(Page page, Parameters p) {
    Element e = page.document().selectFirst("[rel~=(?i)^license$][href]");
    if (e != null) {
      return Outcome.pass(e.attr("href"), "value", e.attr("href"));
    }
    for (JsonNode n : Facts.of(page).jsonLd()) {
      String l = JsonLdReader.url(n.get("license"));
      if (l != null) {
        return Outcome.pass("json-ld license " + l, "value", l);
      }
    }
    return Outcome.fail("no rel=license");
  }

  private static Outcome tags(Page page, Parameters p) {
    Elements articleTags = Facts.of(page).metaLinks().select("meta[property=article:tag][content]");
    Elements relTags = Facts.of(page).anchors().select("a[rel~=(?i)^tag$]");
    if (!articleTags.isEmpty() || !relTags.isEmpty()) {
      List<String> names = new ArrayList<>();
      articleTags.forEach(e -> names.add(e.attr("content")));
      relTags.forEach(e -> names.add(e.text()));
      String list = String.join(", ", names.subList(0, Math.min(10, names.size())));
      return Outcome.pass(list, "count", names.size(), "tags", list);
    }
    Element keywords = first(Facts.of(page).metaLinks(), "meta[name=keywords][content]");
    if (keywords != null && !keywords.attr("content").isBlank()) {
      return Outcome.warn(
          0.5, "only meta keywords: " + keywords.attr("content"), "tags", keywords.attr("content"));
    }
    return Outcome.fail("no article:tag or rel=tag");
  }

  private static Outcome bookmark(Page page, Parameters p) {
    Document d = page.document();
    // Save-for-later services found as share links or widgets; a link to a profile on one is not.
    Set<String> savers = new TreeSet<>(Facts.of(page).shareNetworks());
    savers.retainAll(SAVE_SERVICES);
    if (!savers.isEmpty()) {
      return Outcome.pass("save to " + String.join(", ", savers));
    }
    Element e =
        d.selectFirst(
            "a[rel~=(?i)^bookmark$], [data-pin-do], script[src*=pinit], a[href*=//pocket.co/]");
    return e != null
        ? Outcome.pass(e.tagName() + " " + (e.hasAttr("href") ? e.attr("href") : e.attr("src")))
        : Outcome.fail("no bookmark or save hints");
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
        return Outcome.pass(
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
          return Outcome.pass(h.tagName() + " \"" + text + "\"");
        }
      }
    }
    return Outcome.fail("no related, popular or best-of list");
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
    for (Element a : Facts.of(page).anchors()) {
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
      return Outcome.pass(count + " internal links", "count", count, "min", min);
    }
    return count == 0
        ? Outcome.fail("no internal links", "count", 0, "min", min)
        : Outcome.warn(
            Math.max(0.1, count / (double) min),
            count + " internal links",
            "count",
            count,
            "min",
            min);
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
    Element form = Facts.of(page).commentForm(PageRules::ownCommentForm);
    if (form != null) {
      return Outcome.pass("comment form " + form.cssSelector(), "value", "form");
    }
    String embedded = Facts.of(page).embeddedComments(CommentSystems::find);
    return embedded != null
        ? Outcome.pass("embedded comments " + embedded, "value", embedded)
        : Outcome.fail("no comment form or comment system");
  }

  private static Outcome commentSpam(Page page, Parameters p) {
    Document d = page.document();
    Element form = Facts.of(page).commentForm(PageRules::ownCommentForm);
    if (form == null) {
      String embedded = Facts.of(page).embeddedComments(CommentSystems::find);
      return embedded != null
          ? Outcome.pass("spam handled by the comment system " + embedded)
          : Outcome.notApplicable("no comments on the page");
    }
    Element captcha =
        d.selectFirst(
            ".g-recaptcha, .h-captcha, .cf-turnstile, .smart-captcha, [data-sitekey],"
                + " script[src~=(?i)(recaptcha|hcaptcha|turnstile|captcha)]");
    if (captcha != null) {
      return Outcome.pass("captcha " + captcha.cssSelector());
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
        return Outcome.pass("honeypot field " + in.attr("name"));
      }
    }
    return Outcome.fail("a comment form without captcha or honeypot");
  }

  private static Outcome commentThreading(Page page, Parameters p) {
    Document d = page.document();
    Element form = Facts.of(page).commentForm(PageRules::ownCommentForm);
    String embedded = Facts.of(page).embeddedComments(CommentSystems::find);
    if (form == null && embedded == null) {
      return Outcome.notApplicable("no comments on the page");
    }
    if (embedded != null && form == null) {
      return Outcome.pass("threads handled by the comment system " + embedded);
    }
    Element reply =
        d.selectFirst(
            "a.comment-reply-link, [class~=(?i)reply], ol.children, ul.children, input[name=comment_parent]");
    if (reply != null) {
      return Outcome.pass(reply.cssSelector());
    }
    for (Element a : Facts.of(page).anchors()) {
      if (REPLY_TEXT.matcher(Facts.text(a)).matches()) {
        return Outcome.pass(a.tagName() + " \"" + a.text().trim() + "\"");
      }
    }
    return Outcome.fail("comments without replies or threads");
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
      return Outcome.notApplicable("no images");
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
    String evidence =
        withAlt
            + " of "
            + images.size()
            + " images have alt text"
            + (firstMissing == null ? "" : "; first without: " + firstMissing);
    Object[] args = {"with", withAlt, "total", images.size(), "percent", Math.round(share * 100)};
    if (share >= p.get("minShare")) {
      return Outcome.pass(evidence, args);
    }
    return share >= 0.5 ? Outcome.warn(share, evidence, args) : Outcome.fail(evidence, args);
  }

  private static Outcome illustrations(Page page, Parameters p) {
    int n =
        contentImages(page.document()).size()
            + page.document().select("body picture, body svg[role=img], body figure").size();
    return n > 0
        ? Outcome.pass(n + " illustrations", "count", n)
        : Outcome.fail("no images in the page", "count", 0);
  }

  private static Outcome video(Page page, Parameters p) {
    Document d = page.document();
    Element v = d.selectFirst("video, audio");
    if (v != null) {
      return Outcome.pass(v.tagName());
    }
    for (Element f : d.select("iframe[src], embed[src], object[data]")) {
      String src = f.hasAttr("src") ? f.attr("src") : f.attr("data");
      if (VIDEO_HOSTS.matcher(src).find()) {
        return Outcome.pass(f.tagName() + " " + src);
      }
    }
    if (first(
            Facts.of(page).metaLinks(),
            "meta[property=og:video], meta[property=og:video:url], meta[property=og:audio]")
        != null) {
      return Outcome.pass("og:video or og:audio");
    }
    return Outcome.fail("no video or audio");
  }

  private static Outcome viewport(Page page, Parameters p) {
    Element e = first(Facts.of(page).metaLinks(), "meta[name=viewport][content]");
    if (e == null) {
      return Outcome.fail("no meta viewport");
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
      return Outcome.warn(0.5, c, "value", c);
    }
    String scalable = kv.getOrDefault("user-scalable", "yes");
    double maxScale;
    try {
      maxScale = Double.parseDouble(kv.getOrDefault("maximum-scale", "10"));
    } catch (NumberFormatException ex) {
      maxScale = 10;
    }
    if (scalable.equals("no") || scalable.equals("0") || maxScale <= 1.0) {
      return Outcome.warn(0.7, c + " (zoom disabled)", "value", c);
    }
    return Outcome.pass(c, "value", c);
  }

  private static Outcome headlinePresent(Page page, Parameters p) {
    Elements h1 = page.document().select("h1");
    if (h1.isEmpty()) {
      return Outcome.fail("no h1", "count", 0);
    }
    String text = MetadataExtractor.clean(h1.first().text());
    return h1.size() == 1
        ? Outcome.pass(text, "count", 1, "value", text)
        : Outcome.warn(
            0.7, h1.size() + " h1 elements; first: " + text, "count", h1.size(), "value", text);
  }

  private static Outcome headlineLength(Page page, Parameters p) {
    Element h1 = page.document().selectFirst("h1");
    if (h1 == null) {
      return Outcome.notApplicable("no h1");
    }
    String text = MetadataExtractor.clean(h1.text());
    int n = text.codePointCount(0, text.length());
    int min = p.getInt("min");
    int max = p.getInt("max");
    String evidence = n + " characters: " + text;
    return n >= min && n <= max
        ? Outcome.pass(evidence, "length", n, "min", min, "max", max)
        : Outcome.warn(0.5, evidence, "length", n, "min", min, "max", max);
  }
}
