package dev.smmkit.smo.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.smmkit.smo.Page;
import dev.smmkit.smo.PageLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Facts about a page that several rules need, computed at most once per page (a race may compute
 * one twice, harmlessly) and owned by the page, so they live exactly as long as it does.
 */
public final class Facts {
  private static volatile Function<Page, Facts> access;

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
   * Called once by {@link Page} to hand out the facts it owns.
   *
   * @param pageFacts the page's facts
   */
  public static void install(Function<Page, Facts> pageFacts) {
    access = pageFacts;
  }

  static Facts of(Page page) {
    return access.apply(page);
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
