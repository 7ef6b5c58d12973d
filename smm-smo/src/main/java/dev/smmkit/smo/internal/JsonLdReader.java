package dev.smmkit.smo.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.smmkit.smo.PageLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads a page's JSON-LD blocks leniently, within limits, into a flat list of nodes. */
public final class JsonLdReader {
  private static final JsonMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxNestingDepth(64).build())
                  .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                  .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                  .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static final Set<String> CREATIVE_WORKS =
      Set.of(
          "Article",
          "NewsArticle",
          "BlogPosting",
          "Report",
          "ScholarlyArticle",
          "TechArticle",
          "Product",
          "VideoObject",
          "PodcastEpisode",
          "Recipe",
          "Review",
          "WebPage",
          "ItemPage",
          "CreativeWork");

  private JsonLdReader() {}

  /**
   * All JSON-LD object nodes of the page: top-level objects, array items and {@code @graph}
   * members, creative works (Article, Product, ...) first.
   *
   * @param doc the document
   * @param limits limits on blocks and size
   * @param notes where notes on skipped blocks go
   * @return the nodes
   */
  public static List<JsonNode> read(Document doc, PageLimits limits, List<String> notes) {
    List<JsonNode> works = new ArrayList<>();
    List<JsonNode> others = new ArrayList<>();
    int blocks = 0;
    for (Element script : doc.select("script[type=application/ld+json]")) {
      if (++blocks > limits.maxCandidates()) {
        notes.add("JSON-LD blocks beyond the first " + limits.maxCandidates() + " ignored");
        break;
      }
      String json = script.data();
      if (json.length() > limits.maxJsonLdChars()) {
        notes.add(
            "a JSON-LD block of "
                + json.length()
                + " characters exceeds "
                + limits.maxJsonLdChars()
                + " and was ignored");
        continue;
      }
      JsonNode root;
      try {
        root = MAPPER.readTree(json.strip());
      } catch (JsonProcessingException e) {
        continue; // invalid JSON-LD is common; networks ignore it too
      }
      collect(root, works, others, 0);
    }
    works.addAll(others);
    return works;
  }

  private static void collect(JsonNode n, List<JsonNode> works, List<JsonNode> others, int depth) {
    if (n == null || depth > 4) {
      return;
    }
    if (n.isArray()) {
      for (JsonNode item : n) {
        collect(item, works, others, depth + 1);
      }
    } else if (n.isObject()) {
      String type = text(n.get("@type"));
      (type != null && CREATIVE_WORKS.contains(type) ? works : others).add(n);
      collect(n.get("@graph"), works, others, depth + 1);
      JsonNode main = n.get("mainEntity");
      if (main != null && main.isObject()) {
        collect(main, works, others, depth + 1);
      }
    }
  }

  /**
   * A node as text: a string, a number, the first item of an array.
   *
   * @param n the node
   * @return the text or null
   */
  public static String text(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : text(n.get(0));
    }
    if (n.isValueNode()) {
      String s = n.asText().trim();
      return s.isEmpty() ? null : s;
    }
    return null;
  }

  /**
   * A node as a URL: a string, an object's {@code url} or {@code @id}, the first item of an array.
   *
   * @param n the node
   * @return the URL or null
   */
  public static String url(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : url(n.get(0));
    }
    if (n.isObject()) {
      String u = text(n.get("url"));
      return u != null ? u : text(n.get("contentUrl"));
    }
    return text(n);
  }

  /**
   * A node as a name: a string, an object's {@code name}, the first item of an array.
   *
   * @param n the node
   * @return the name or null
   */
  public static String name(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : name(n.get(0));
    }
    if (n.isObject()) {
      return text(n.get("name"));
    }
    String s = text(n);
    return s == null || s.startsWith("http") ? null : s;
  }
}
