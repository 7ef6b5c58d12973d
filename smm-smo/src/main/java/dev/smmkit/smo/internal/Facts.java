package dev.smmkit.smo.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.smmkit.smo.PageLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Facts about a page that several rules need, computed at most once per page (a race may compute
 * one twice, harmlessly) and owned by the page's document, so they live exactly as long as it does.
 *
 * <p>The page attaches its facts to its document (as jsoup user data, which is never written out)
 * while it is being built, before any other thread can see it; rules find them there with {@link
 * #of(Document)}. There is no process-wide hook: each page carries its own facts, so no caller can
 * change what another page's rules see. Thread-safe: each fact is computed from the document, which
 * nobody modifies, and published through a volatile field.
 */
public final class Facts {
  private static final String KEY = "dev.smmkit.smo.internal.Facts";

  private final Document doc;
  private final PageLimits limits;
  private volatile Set<String> shareNetworks;
  private volatile org.jsoup.select.Elements metaLinks;
  private volatile org.jsoup.select.Elements anchors;
  private volatile List<JsonNode> jsonLd;
  private volatile Element[] commentForm;
  private volatile String[] embeddedComments;

  /**
   * Facts about a parsed document, computed on first use.
   *
   * @param doc the document
   * @param limits the page's limits, which the facts respect too
   */
  public Facts(Document doc, PageLimits limits) {
    this.doc = doc;
    this.limits = limits;
  }

  /**
   * Attaches facts to a document that is still being built into a page and not yet shared.
   *
   * @param doc the page's document
   * @param limits the page's limits
   */
  public static void attach(Document doc, PageLimits limits) {
    doc.attributes().userData(KEY, new Facts(doc, limits));
  }

  /**
   * The facts attached to a page's document. A document without them (one a caller built or
   * stripped of its attributes, against the page's contract) gets fresh facts under the default
   * limits, computed anew on every call and never stored.
   *
   * @param doc the page's document
   * @return its facts
   */
  static Facts of(Document doc) {
    if (doc.attributes().userData(KEY) instanceof Facts facts) {
      return facts;
    }
    return new Facts(doc, PageLimits.defaults());
  }

  /** Every meta and link element, found in one pass; select within them, not the document. */
  org.jsoup.select.Elements metaLinks() {
    org.jsoup.select.Elements e = metaLinks;
    if (e == null) {
      e = doc.select("meta, link");
      metaLinks = e;
    }
    return e;
  }

  /** Every a and button element, found in one pass. */
  org.jsoup.select.Elements anchors() {
    org.jsoup.select.Elements e = anchors;
    if (e == null) {
      e = doc.select("a, button");
      anchors = e;
    }
    return e;
  }

  /**
   * The trimmed text of a short element such as a link or button; long elements (more than 80
   * characters of text) give the empty string, since no label the rules look for is that long.
   */
  static String text(Element e) {
    if (e.childrenSize() > 4) {
      return "";
    }
    String t = boundedText(e, 81);
    return t.length() > 80 ? "" : t.trim();
  }

  /**
   * The element's text, white space collapsed, read only until {@code max} characters: the cost is
   * bounded however much text the element holds.
   */
  static String boundedText(Element e, int max) {
    StringBuilder b = new StringBuilder();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              b.append(t.text()).append(' ');
            }
            return b.length() > max ? FilterResult.STOP : FilterResult.CONTINUE;
          }
        },
        e);
    String t = MetadataExtractor.clean(b.toString());
    return t.length() > max ? t.substring(0, max) : t;
  }

  /** Whether the element holds at least {@code n} links with an href; stops at the n-th. */
  static boolean hasLinks(Element e, int n) {
    int[] count = {0};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element a && a.nameIs("a") && a.hasAttr("href")) {
              count[0]++;
            }
            return count[0] >= n ? FilterResult.STOP : FilterResult.CONTINUE;
          }
        },
        e);
    return count[0] >= n;
  }

  Set<String> shareNetworks() {
    Set<String> s = shareNetworks;
    if (s == null) {
      s =
          java.util.Collections.unmodifiableSortedSet(
              new java.util.TreeSet<>(ShareLinks.networks(doc)));
      shareNetworks = s;
    }
    return s;
  }

  List<JsonNode> jsonLd() {
    List<JsonNode> j = jsonLd;
    if (j == null) {
      j = List.copyOf(JsonLdReader.read(doc, limits, new ArrayList<>()));
      jsonLd = j;
    }
    return j;
  }

  Element commentForm(java.util.function.Function<Document, Element> finder) {
    Element[] f = commentForm;
    if (f == null) {
      f = new Element[] {finder.apply(doc)};
      commentForm = f;
    }
    return f[0];
  }

  String embeddedComments(java.util.function.Function<Document, String> finder) {
    String[] e = embeddedComments;
    if (e == null) {
      e = new String[] {finder.apply(doc)};
      embeddedComments = e;
    }
    return e[0];
  }
}
