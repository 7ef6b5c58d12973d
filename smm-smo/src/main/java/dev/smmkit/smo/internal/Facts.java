package dev.smmkit.smo.internal;

import dev.smmkit.smo.Page;
import dev.smmkit.smo.PageLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;

/**
 * Facts about a page that several rules need, computed at most once per page (a race may compute
 * one twice, harmlessly) and owned by the page, so they live exactly as long as it does.
 */
public final class Facts {
  private static volatile Function<Page, Facts> access;

  private final Document doc;
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
   */
  public Facts(Document doc) {
    this.doc = doc;
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
    String t = e.text();
    return t.length() > 80 ? "" : t.trim();
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
      j = List.copyOf(JsonLdReader.read(doc, PageLimits.defaults(), new ArrayList<>()));
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
