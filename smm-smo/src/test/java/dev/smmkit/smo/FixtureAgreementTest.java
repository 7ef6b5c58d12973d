package dev.smmkit.smo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our extractor against the metadata metascraper's own test snapshots expect, over the 46 real
 * pages of its integration tests (see {@code social-meta/SOURCE.md}). Prints per-field agreement
 * and every disagreement; asserts at least 95 % on title, description, image and URL, and that
 * every disagreement is one of the known ones listed in {@link #KNOWN} with its reason.
 */
class FixtureAgreementTest {
  static final JsonMapper JSON = JsonMapper.builder().build();

  /** The fields compared: ours, and the name in the expected JSON. */
  enum Compared {
    TITLE(MetaField.TITLE, "title"),
    DESCRIPTION(MetaField.DESCRIPTION, "description"),
    IMAGE(MetaField.IMAGE, "image"),
    URL(MetaField.URL, "url"),
    SITE_NAME(MetaField.SITE_NAME, "publisher"),
    LANG(MetaField.LANG, "lang"),
    AUTHOR(MetaField.AUTHOR, "author"),
    DATE(MetaField.DATE, "date");

    final MetaField field;
    final String expectedKey;

    Compared(MetaField field, String expectedKey) {
      this.field = field;
      this.expectedKey = expectedKey;
    }
  }

  /** Disagreements we accept, by "page field", with the reason. */
  static final Map<String, String> KNOWN = new TreeMap<>();

  static {
    String poster =
        "the page declares og:image, which Facebook, VKontakte and X show; metascraper's snapshot"
            + " has the poster of an embedded video instead, from its video package. Its image"
            + " package alone returns og:image here, as we do (smm-benchmarks/metascraper,"
            + " bench.mjs --check). We follow the networks.";
    KNOWN.put("learnnode image", poster);
    KNOWN.put("the-verge image", poster);
    KNOWN.put("usa-today image", poster);
    String excerpt =
        "the page has no description meta tag or JSON-LD description; metascraper makes one from"
            + " the article text. A network shows no description here, so we report none.";
    KNOWN.put("softwarefordays description", excerpt);
    KNOWN.put("wikipedia description", excerpt);
  }

  static List<String> names() {
    try (InputStream in = FixtureAgreementTest.class.getResourceAsStream("/social-meta/")) {
      List<String> names = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.endsWith(".input.json")) {
          names.add(line.substring(0, line.length() - ".input.json".length()));
        }
      }
      names.sort(null);
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(String path) {
    try (InputStream in = FixtureAgreementTest.class.getResourceAsStream("/social-meta/" + path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String norm(Compared c, String v) {
    if (v == null) {
      return null;
    }
    // Plain normalisation: entities decoded, white space (NBSP too) collapsed, and typographic
    // quotes and ellipses folded, because metascraper rewrites straight quotes as curly ones.
    String s =
        Parser.unescapeEntities(v, false)
            .replaceAll("[\\s\\u00a0]+", " ")
            .replace('\u2019', '\'')
            .replace('\u2018', '\'')
            .replace('\u201c', '"')
            .replace('\u201d', '"')
            .replace("\u2026", "...")
            .trim();
    switch (c) {
      case URL, IMAGE -> {
        // URLs: scheme and www. ignored, percent-encoding decoded until stable.
        s = s.replaceFirst("^https?://(www\\.)?", "").replaceFirst("/$", "");
        for (int i = 0; i < 3 && s.contains("%"); i++) {
          s = decode(s);
        }
      }
      case DATE -> {
        Instant t = dev.smmkit.smo.internal.MetadataExtractor.parseDate(s);
        return t == null ? s : t.toString();
      }
      case LANG -> {
        return s.toLowerCase(Locale.ROOT);
      }
      default -> {
        // text fields: compare case-sensitively after white space normalisation
      }
    }
    return s.isEmpty() ? null : s;
  }

  static String decode(String s) {
    try {
      return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  static Map<Compared, int[]> agreement = new EnumMap<>(Compared.class);
  static List<String> disagreements = new ArrayList<>();
  static int pages;

  @BeforeAll
  static void run() throws IOException {
    for (Compared c : Compared.values()) {
      agreement.put(c, new int[2]);
    }
    for (String name : names()) {
      JsonNode input = JSON.readTree(bytes(name + ".input.json"));
      JsonNode expected = JSON.readTree(bytes(name + ".expected.json"));
      Page page = Page.parse(bytes(name + ".html"), URI.create(input.get("url").asText()), null);
      pages++;
      List<String> omitted = new ArrayList<>();
      input.path("omittedFields").forEach(n -> omitted.add(n.asText()));
      for (Compared c : Compared.values()) {
        if (omitted.contains(c.expectedKey)) {
          continue;
        }
        JsonNode e = expected.get(c.expectedKey);
        String want = e == null || e.isNull() ? null : norm(c, e.asText());
        String got = norm(c, page.metadata().value(c.field).orElse(null));
        int[] a = agreement.get(c);
        a[1]++;
        if (want == null ? got == null : want.equals(got)) {
          a[0]++;
        } else {
          String key = name + " " + c.name().toLowerCase(Locale.ROOT);
          disagreements.add(
              key
                  + ": expected "
                  + want
                  + " | got "
                  + got
                  + " (from "
                  + page.metadata().get(c.field).map(MetaValue::source).orElse("-")
                  + ")"
                  + (KNOWN.containsKey(key) ? " -- known: " + KNOWN.get(key) : ""));
        }
      }
    }
    System.out.println("Agreement with metascraper's expected metadata over " + pages + " pages:");
    agreement.forEach(
        (c, a) ->
            System.out.printf(
                Locale.ROOT, "  %-12s %2d / %2d  %5.1f %%%n", c, a[0], a[1], 100.0 * a[0] / a[1]));
    disagreements.forEach(d -> System.out.println("  " + d));
  }

  @Test
  void thereAre46Pages() {
    assertThat(pages).isEqualTo(46);
  }

  @Test
  void titleDescriptionAndUrl_agreeOnAtLeast95Percent() {
    for (Compared c : List.of(Compared.TITLE, Compared.DESCRIPTION, Compared.URL)) {
      int[] a = agreement.get(c);
      assertThat(100.0 * a[0] / a[1]).as(c + " agreement").isGreaterThanOrEqualTo(95.0);
    }
  }

  @Test
  void image_agreesExceptWhereWeFollowTheNetworksOnPurpose() {
    int[] a = agreement.get(Compared.IMAGE);
    long deliberate = KNOWN.keySet().stream().filter(k -> k.endsWith(" image")).count();
    assertThat(a[0]).as("image agreements").isEqualTo(a[1] - (int) deliberate);
    assertThat(100.0 * a[0] / (a[1] - deliberate)).isEqualTo(100.0);
  }

  /**
   * The reason given for each known image disagreement is checked, not just stated: we report the
   * page's own {@code og:image}, and the value metascraper expects is the poster of a {@code
   * <video>} on the same page (its video package supplies images before its image package does).
   */
  @Test
  void knownImageDisagreements_areOgImageVersusAVideoPoster() throws IOException {
    List<String> pagesWithPosterMiss =
        KNOWN.keySet().stream()
            .filter(k -> k.endsWith(" image"))
            .map(k -> k.substring(0, k.indexOf(' ')))
            .toList();
    assertThat(pagesWithPosterMiss).hasSize(3);
    for (String name : pagesWithPosterMiss) {
      JsonNode input = JSON.readTree(bytes(name + ".input.json"));
      JsonNode expected = JSON.readTree(bytes(name + ".expected.json"));
      Page page = Page.parse(bytes(name + ".html"), URI.create(input.get("url").asText()), null);
      MetaValue ours = page.metadata().get(MetaField.IMAGE).orElseThrow();
      assertThat(ours.source()).as(name).isEqualTo("meta og:image");
      String ogImage = page.document().selectFirst("meta[property=og:image]").absUrl("content");
      assertThat(norm(Compared.IMAGE, ours.value()))
          .as(name)
          .isEqualTo(norm(Compared.IMAGE, ogImage));
      List<String> posters =
          page.document().select("video[poster]").stream()
              .map(v -> norm(Compared.IMAGE, v.absUrl("poster")))
              .toList();
      assertThat(posters)
          .as(name + ": metascraper's image is a video poster on the page")
          .contains(norm(Compared.IMAGE, expected.get("image").asText()));
    }
  }

  @Test
  void everyDisagreementOnTitleDescriptionImageAndUrl_isKnownWithItsReason() {
    List<String> unexplained =
        disagreements.stream()
            .filter(
                d ->
                    d.matches("\\S+ (title|description|image|url):.*")
                        && !d.contains(" -- known: "))
            .toList();
    assertThat(unexplained).isEmpty();
  }
}
