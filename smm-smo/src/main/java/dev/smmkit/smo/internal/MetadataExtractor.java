package dev.smmkit.smo.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.smmkit.smo.MetaField;
import dev.smmkit.smo.MetaValue;
import dev.smmkit.smo.PageLimits;
import dev.smmkit.smo.ShareMetadata;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Resolves share metadata the way networks do, field by field along a fallback chain, and records
 * which source each value came from.
 */
public final class MetadataExtractor {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");
  private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");
  private static final Pattern DATE_SPACE_TIME =
      Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\s+(\\d{2}:\\d{2})");
  private static final Pattern COMPACT_OFFSET =
      Pattern.compile("(T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?[+-]\\d{2})(\\d{2})$");

  private MetadataExtractor() {}

  /**
   * Extracts the metadata of a parsed page.
   *
   * @param doc the document
   * @param url the page's address
   * @param limits bounds on candidates and JSON-LD size
   * @param notes where notes about cut-off candidates go
   * @return the metadata
   */
  public static ShareMetadata extract(
      Document doc, URI url, PageLimits limits, List<String> notes) {
    MetaTags tags = MetaTags.of(doc, limits.maxCandidates(), notes);
    JsonLd ld = JsonLd.of(doc, limits, notes);
    Map<MetaField, MetaValue> out = new EnumMap<>(MetaField.class);

    first(
        out,
        MetaField.TITLE,
        tags.value("og:title"),
        tags.value("twitter:title"),
        ld.text("headline", "json-ld headline"),
        text(doc.selectFirst("head > title, title"), "title"),
        text(doc.selectFirst("h1"), "h1"));
    first(
        out,
        MetaField.DESCRIPTION,
        tags.value("og:description"),
        tags.value("twitter:description"),
        tags.value("description"),
        ld.text("description", "json-ld description"));
    first(
        out,
        MetaField.IMAGE,
        abs(doc, tags.value("og:image:secure_url")),
        abs(doc, tags.value("og:image")),
        abs(doc, tags.value("og:image:url")),
        abs(doc, tags.value("twitter:image")),
        abs(doc, tags.value("twitter:image:src")),
        abs(doc, tags.value("image")),
        abs(doc, ld.url("image", "json-ld image")),
        abs(doc, attr(doc.selectFirst("link[rel=image_src][href]"), "href", "link[rel=image_src]")),
        abs(doc, attr(doc.selectFirst("video[poster]"), "poster", "video[poster]")),
        abs(doc, firstImage(doc, "article img[src]", "article img")),
        abs(doc, firstImage(doc, "#content img[src]", "#content img")),
        abs(doc, firstImage(doc, "img[src]:not([aria-hidden=true])", "first img")));
    first(out, MetaField.IMAGE_ALT, tags.value("og:image:alt"), tags.value("twitter:image:alt"));
    first(out, MetaField.IMAGE_WIDTH, tags.value("og:image:width"));
    first(out, MetaField.IMAGE_HEIGHT, tags.value("og:image:height"));
    first(out, MetaField.IMAGE_TYPE, tags.value("og:image:type"));
    MetaValue canonical =
        abs(doc, attr(doc.selectFirst("link[rel=canonical][href]"), "href", "link[rel=canonical]"));
    first(out, MetaField.CANONICAL, canonical);
    first(
        out,
        MetaField.URL,
        abs(doc, tags.value("og:url")),
        abs(doc, tags.value("twitter:url")),
        canonical,
        abs(doc, ld.url("url", "json-ld url")),
        new MetaValue(url.toString(), "page url"));
    first(out, MetaField.TYPE, tags.value("og:type"), ld.type());
    first(
        out,
        MetaField.SITE_NAME,
        tags.value("og:site_name"),
        tags.value("application-name"),
        ld.publisher());
    first(out, MetaField.LOCALE, tags.value("og:locale"));
    first(
        out,
        MetaField.LANG,
        lang(attr(doc.selectFirst("html[lang]"), "lang", "html[lang]")),
        lang(tags.value("og:locale")),
        lang(tags.value("content-language")),
        lang(ld.text("inLanguage", "json-ld inLanguage")));
    first(
        out,
        MetaField.AUTHOR,
        tags.value("author"),
        notUrl(tags.value("article:author")),
        ld.author(),
        notUrl(tags.value("twitter:creator")),
        text(doc.selectFirst("[rel=author]"), "a[rel=author]"),
        text(doc.selectFirst("[itemprop=author]"), "[itemprop=author]"));
    first(
        out,
        MetaField.DATE,
        date(tags.value("article:published_time")),
        date(ld.text("datePublished", "json-ld datePublished")),
        date(tags.value("date")),
        date(tags.value("pubdate")),
        date(tags.value("publish-date")),
        date(tags.value("dc.date")),
        date(tags.value("dcterms.created")),
        date(tags.value("parsely-pub-date")),
        date(tags.value("datepublished")),
        date(attr(doc.selectFirst("time[datetime]"), "datetime", "time[datetime]")),
        date(tags.value("article:modified_time")),
        date(ld.text("dateModified", "json-ld dateModified")));
    first(out, MetaField.TWITTER_CARD, tags.value("twitter:card"));
    return new ShareMetadata(out);
  }

  private static void first(Map<MetaField, MetaValue> out, MetaField field, MetaValue... chain) {
    for (MetaValue v : chain) {
      if (v != null && !v.value().isEmpty()) {
        out.put(field, v);
        return;
      }
    }
  }

  /**
   * Trims and collapses white space.
   *
   * @param s text
   * @return normalised text
   */
  public static String clean(String s) {
    return SPACES.matcher(s).replaceAll(" ").trim();
  }

  private static MetaValue text(Element e, String source) {
    return e == null ? null : new MetaValue(clean(e.text()), source);
  }

  private static MetaValue attr(Element e, String attr, String source) {
    return e == null ? null : new MetaValue(clean(e.attr(attr)), source);
  }

  /** The first image that is not a tracking pixel, a data URI or inside noscript. */
  private static MetaValue firstImage(Document doc, String selector, String source) {
    for (Element img : doc.select(selector)) {
      String src = img.attr("src").trim();
      String w = img.attr("width").trim();
      String h = img.attr("height").trim();
      if (src.isEmpty()
          || src.startsWith("data:")
          || w.equals("1")
          || w.equals("0")
          || h.equals("1")
          || h.equals("0")
          || img.closest("noscript") != null) {
        continue;
      }
      return new MetaValue(src, source);
    }
    return null;
  }

  private static MetaValue abs(Document doc, MetaValue v) {
    if (v == null) {
      return null;
    }
    String resolved = Urls.resolve(doc.baseUri(), v.value());
    return resolved == null ? null : new MetaValue(resolved, v.source());
  }

  private static MetaValue notUrl(MetaValue v) {
    if (v == null || v.value().startsWith("http://") || v.value().startsWith("https://")) {
      return null;
    }
    return v;
  }

  private static MetaValue lang(MetaValue v) {
    if (v == null) {
      return null;
    }
    String code = v.value().toLowerCase(Locale.ROOT).split("[-_]", 2)[0].trim();
    return LANG.matcher(code).matches() ? new MetaValue(code, v.source()) : null;
  }

  private static MetaValue date(MetaValue v) {
    if (v == null) {
      return null;
    }
    Instant t = parseDate(v.value());
    return t == null ? null : new MetaValue(t.toString(), v.source());
  }

  /**
   * Parses the date forms pages use: ISO-8601 with offset or zone, local date-time (read as UTC), a
   * bare date, or epoch seconds.
   *
   * @param s the text
   * @return the instant, or null when unreadable
   */
  public static Instant parseDate(String s) {
    String t = s.trim();
    if (t.isEmpty()) {
      return null;
    }
    // "2016-04-25 23:37:17" -> "2016-04-25T23:37:17"; "...-0500" -> "...-05:00".
    t = DATE_SPACE_TIME.matcher(t).replaceFirst("$1T$2");
    t = COMPACT_OFFSET.matcher(t).replaceFirst("$1:$2");
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return ZonedDateTime.parse(t).toInstant();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return OffsetDateTime.parse(t, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]Z"))
          .toInstant();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t)
          .atStartOfDay()
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return DateTimeFormatter.RFC_1123_DATE_TIME.parse(t, Instant::from);
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    if (t.matches("\\d{9,10}")) {
      return Instant.ofEpochSecond(Long.parseLong(t));
    }
    return null;
  }

  /** Meta tags by lower-cased property, name or itemprop, in document order. */
  static final class MetaTags {
    private final Map<String, List<String>> byKey = new HashMap<>();

    static MetaTags of(Document doc, int maxCandidates, List<String> notes) {
      MetaTags tags = new MetaTags();
      Map<String, Integer> dropped = new HashMap<>();
      for (Element m : doc.getElementsByTag("meta")) {
        String content = m.hasAttr("content") ? m.attr("content") : m.attr("value");
        if (content.isBlank()) {
          continue;
        }
        for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
          String key = m.attr(attr).trim().toLowerCase(Locale.ROOT);
          if (!key.isEmpty()) {
            List<String> list = tags.byKey.computeIfAbsent(key, k -> new ArrayList<>(2));
            if (list.size() < maxCandidates) {
              list.add(clean(content));
            } else {
              dropped.merge(key, 1, Integer::sum);
            }
          }
        }
      }
      dropped.forEach(
          (k, n) ->
              notes.add(
                  n + " more meta " + k + " tags beyond the first " + maxCandidates + " ignored"));
      return tags;
    }

    MetaValue value(String key) {
      List<String> list = byKey.get(key);
      return list == null ? null : new MetaValue(list.get(0), "meta " + key);
    }

    List<String> all(String key) {
      return byKey.getOrDefault(key, List.of());
    }
  }

  /**
   * Value lookups over the page's JSON-LD nodes.
   *
   * @param nodes the nodes, primary first
   */
  record JsonLd(List<JsonNode> nodes) {
    static JsonLd of(Document doc, PageLimits limits, List<String> notes) {
      return new JsonLd(JsonLdReader.read(doc, limits, notes));
    }

    MetaValue text(String key, String source) {
      for (JsonNode n : nodes) {
        String v = JsonLdReader.text(n.get(key));
        if (v != null) {
          return new MetaValue(clean(v), source);
        }
      }
      return null;
    }

    MetaValue url(String key, String source) {
      for (JsonNode n : nodes) {
        String v = JsonLdReader.url(n.get(key));
        if (v != null) {
          return new MetaValue(v.trim(), source);
        }
      }
      return null;
    }

    MetaValue type() {
      for (JsonNode n : nodes) {
        String v = JsonLdReader.text(n.get("@type"));
        if (v != null) {
          return new MetaValue(v, "json-ld @type");
        }
      }
      return null;
    }

    MetaValue author() {
      for (JsonNode n : nodes) {
        String v = JsonLdReader.name(n.get("author"));
        if (v != null) {
          return new MetaValue(clean(v), "json-ld author");
        }
      }
      return null;
    }

    MetaValue publisher() {
      for (JsonNode n : nodes) {
        String v = JsonLdReader.name(n.get("publisher"));
        if (v != null) {
          return new MetaValue(clean(v), "json-ld publisher");
        }
      }
      return null;
    }
  }
}
