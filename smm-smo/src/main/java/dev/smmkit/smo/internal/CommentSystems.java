package dev.smmkit.smo.internal;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds an embedded comment system (Disqus, VK, Facebook, Coral, OpenWeb, ...) in one pass over the
 * document: by the element it renders into, else by its script or a preloaded link, else by an
 * inline configuration.
 */
final class CommentSystems {
  /** How a comment system marks its element. */
  private enum Kind {
    ID,
    ID_PREFIX,
    CLASS,
    TAG,
    ATTRIBUTE
  }

  /** One mark, read as a CSS selector in the evidence. */
  private record Mark(Kind kind, String name) {
    String selector() {
      return switch (kind) {
        case ID -> "#" + name;
        case ID_PREFIX -> "[id^=" + name + "]";
        case CLASS -> "." + name;
        case TAG -> name;
        case ATTRIBUTE -> "[" + name + "]";
      };
    }

    /**
     * As the selector would match: ids exactly, id prefixes and classes without case.
     *
     * @param e the element
     * @param id its id
     * @param lowerId its id in lower case
     */
    boolean matches(Element e, String id, String lowerId) {
      return switch (kind) {
        case ID -> id.equals(name);
        case ID_PREFIX -> lowerId.startsWith(name);
        case CLASS -> e.hasClass(name);
        case TAG -> e.nameIs(name);
        case ATTRIBUTE -> e.hasAttr(name);
      };
    }
  }

  /** In a fixed order: the first that matches names the system, the same in every run. */
  private static final List<Mark> MARKS =
      List.of(
          new Mark(Kind.ID, "disqus_thread"),
          new Mark(Kind.CLASS, "fb-comments"),
          new Mark(Kind.ID, "vk_comments"),
          new Mark(Kind.ID_PREFIX, "vk_comments"),
          new Mark(Kind.ID, "hypercomments_widget"),
          new Mark(Kind.ID, "mc-container"),
          new Mark(Kind.ID, "commento"),
          new Mark(Kind.ID, "remark42"),
          new Mark(Kind.CLASS, "giscus"),
          new Mark(Kind.CLASS, "utterances"),
          new Mark(Kind.ID, "hyvor-talk-view"),
          new Mark(Kind.TAG, "hyvor-talk-comments"),
          new Mark(Kind.ID, "coral_thread"),
          new Mark(Kind.ID_PREFIX, "spot-im"),
          new Mark(Kind.ATTRIBUTE, "data-spotim-module"),
          new Mark(Kind.ID, "vuukle_div"),
          new Mark(Kind.ID, "vuukle-comments"),
          new Mark(Kind.ID_PREFIX, "livefyre"),
          new Mark(Kind.TAG, "vf-conversations"));

  /** Words in the address of a comment system's script or stream, in lower case. */
  private static final List<String> SCRIPT_WORDS =
      List.of(
          "disqus.com",
          "hypercomments",
          "cackle.me",
          "commento",
          "remark42",
          "giscus",
          "utteranc",
          "hyvor",
          "coralproject",
          "spot.im",
          "openweb",
          "vuukle",
          "viafoura",
          "livefyre",
          "fyre.co");

  private CommentSystems() {}

  /**
   * The comment system a page embeds.
   *
   * @param doc the document
   * @return the mark as a selector (such as {@code #disqus_thread}), the script or link address,
   *     {@code VK.Widgets.Comments} or {@code disqus_config} for an inline configuration, or null
   */
  static String find(Document doc) {
    String[] found = new String[3]; // element mark, script or link address, inline configuration
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e)) {
              return FilterResult.CONTINUE;
            }
            String id = e.id();
            String lowerId = id.toLowerCase(Locale.ROOT);
            for (Mark m : MARKS) {
              if (m.matches(e, id, lowerId)) {
                found[0] = m.selector();
                return FilterResult.STOP;
              }
            }
            if (found[1] == null) {
              if (e.nameIs("script")) {
                if (e.hasAttr("src")) {
                  found[1] = address(e.attr("src"));
                } else if (found[2] == null) {
                  found[2] = inlineConfig(e);
                }
              } else if (e.nameIs("link")) {
                // A page may only preload the comment system's stream.
                found[1] = address(e.attr("href"));
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        doc);
    // An element wins over a script, a script over an inline configuration.
    for (String f : found) {
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  private static String address(String url) {
    if (url.isEmpty()) {
      return null;
    }
    return Words.containsAny(url.toLowerCase(Locale.ROOT), SCRIPT_WORDS) ? url : null;
  }

  /** Reads the script's data in place: no copy of what can be megabytes of inline JSON. */
  private static String inlineConfig(Element script) {
    for (DataNode data : script.dataNodes()) {
      String text = data.getWholeData();
      if (text.contains("VK.Widgets.Comments")) {
        return "VK.Widgets.Comments";
      }
      if (text.contains("disqus_config")) {
        return "disqus_config";
      }
    }
    return null;
  }
}
