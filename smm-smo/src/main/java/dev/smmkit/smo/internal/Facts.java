package dev.smmkit.smo.internal;

import dev.smmkit.smo.PageLimits;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;

/**
 * Facts about a document that several rules need, computed once per document and forgotten with it.
 * Documents compare by identity, so the weak map holds one entry per parsed page.
 */
final class Facts {
  private static final Map<Document, Facts> CACHE =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final Document doc;
  private volatile Set<String> shareNetworks;
  private volatile List<JsonNode> jsonLd;
  private volatile Element[] commentForm;
  private volatile String[] embeddedComments;

  private Facts(Document doc) {
    this.doc = doc;
  }

  static Facts of(Document doc) {
    Facts f = CACHE.get(doc);
    if (f == null) {
      f = new Facts(doc);
      CACHE.put(doc, f);
    }
    return f;
  }

  Set<String> shareNetworks() {
    Set<String> s = shareNetworks;
    if (s == null) {
      s = Set.copyOf(ShareLinks.networks(doc));
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
