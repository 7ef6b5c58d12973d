package dev.smmkit.smo.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Selector;

/**
 * Finds share-intent links and share widgets for the networks the documents name, and the usual
 * others: a link to a network's "share this URL" endpoint, a network's own button markup, or a
 * share widget (Yandex Share, AddToAny, ShareThis) configured with network names.
 */
public final class ShareLinks {
  /** Each network's share-link pattern, in the order they are tried. */
  private static final List<Map.Entry<String, Pattern>> LINKS =
      List.of(
          Map.entry(
              "facebook",
              Pattern.compile(
                  "facebook\\.com/(sharer|share\\.php|dialog/(share|feed))|fb-share-button")),
          Map.entry(
              "x",
              Pattern.compile(
                  "(twitter|x)\\.com/(intent/(tweet|post)|share)|twitter-share-button|twitter\\.com/home\\?status")),
          Map.entry(
              "linkedin",
              Pattern.compile("linkedin\\.com/(sharearticle|sharing/share-offsite|cws/share)")),
          Map.entry("pinterest", Pattern.compile("pinterest\\.[a-z.]+/pin/create")),
          Map.entry("reddit", Pattern.compile("reddit\\.com/submit")),
          Map.entry(
              "vkontakte", Pattern.compile("vk\\.(com|ru)/share\\.php|vkontakte\\.ru/share\\.php")),
          Map.entry(
              "odnoklassniki",
              Pattern.compile(
                  "connect\\.ok\\.ru/(offer|dk\\?.*widgetsharepreview)|odnoklassniki\\.ru/dk\\?st\\.cmd=addshare|ok\\.ru/dk\\?st\\.cmd=addshare")),
          Map.entry("telegram", Pattern.compile("(t|telegram)\\.me/share|tg://msg_url")),
          Map.entry(
              "whatsapp",
              Pattern.compile(
                  "wa\\.me/\\?text|api\\.whatsapp\\.com/send|whatsapp://send|web\\.whatsapp\\.com/send")),
          Map.entry("viber", Pattern.compile("viber://forward")),
          Map.entry("tumblr", Pattern.compile("tumblr\\.com/(share|widgets/share)")),
          Map.entry(
              "line", Pattern.compile("social-plugins\\.line\\.me/lineit/share|line\\.me/r/msg")),
          Map.entry("zalo", Pattern.compile("sp\\.zalo\\.me/share|zalo-share-button")),
          Map.entry("threads", Pattern.compile("threads\\.(net|com)/intent/post")),
          Map.entry("bluesky", Pattern.compile("bsky\\.app/intent/compose")),
          Map.entry("email", Pattern.compile("^mailto:\\?(subject|body)=")),
          Map.entry("pocket", Pattern.compile("getpocket\\.com/(save|edit)")),
          Map.entry("flipboard", Pattern.compile("share\\.flipboard\\.com")),
          Map.entry("hackernews", Pattern.compile("news\\.ycombinator\\.com/submitlink")));

  private static final Map<String, String> WIDGET_NAMES =
      Map.ofEntries(
          Map.entry("vkontakte", "vkontakte"),
          Map.entry("vk", "vkontakte"),
          Map.entry("odnoklassniki", "odnoklassniki"),
          Map.entry("ok", "odnoklassniki"),
          Map.entry("telegram", "telegram"),
          Map.entry("whatsapp", "whatsapp"),
          Map.entry("viber", "viber"),
          Map.entry("facebook", "facebook"),
          Map.entry("twitter", "x"),
          Map.entry("x", "x"),
          Map.entry("linkedin", "linkedin"),
          Map.entry("pinterest", "pinterest"),
          Map.entry("reddit", "reddit"),
          Map.entry("tumblr", "tumblr"),
          Map.entry("email", "email"),
          Map.entry("skype", "skype"),
          Map.entry("pocket", "pocket"),
          Map.entry("zalo", "zalo"),
          Map.entry("line", "line"));

  /**
   * Words one of which every pattern in {@link #LINKS} needs: most links on a page have none of
   * them, and a few {@code contains} calls reject those much faster than a regex alternation.
   */
  private static final List<String> PREFILTER =
      List.of(
          "share",
          "intent",
          "submit",
          "pin/create",
          "mailto:?",
          "send",
          "forward",
          "msg",
          "offer",
          "compose",
          "save",
          "status",
          "dk?",
          "zalo",
          "edit",
          "wa.me",
          "whatsapp",
          "viber",
          "tg:",
          "dialog");

  /**
   * Network names that a share control's class, id, label or data attributes may contain as part of
   * a word ({@code share-tools__service--facebook}, {@code twitterWrapper}, "Share on LinkedIn");
   * long and distinctive enough not to occur by chance.
   */
  private static final Map<String, String> NAMED_IN_WORDS =
      Map.ofEntries(
          Map.entry("facebook", "facebook"),
          Map.entry("twitter", "x"),
          Map.entry("linkedin", "linkedin"),
          Map.entry("pinterest", "pinterest"),
          Map.entry("reddit", "reddit"),
          Map.entry("tumblr", "tumblr"),
          Map.entry("whatsapp", "whatsapp"),
          Map.entry("telegram", "telegram"),
          Map.entry("vkontakte", "vkontakte"),
          Map.entry("odnoklassniki", "odnoklassniki"),
          Map.entry("viber", "viber"),
          Map.entry("flipboard", "flipboard"),
          Map.entry("email", "email"));

  /** Short network names, matched only as whole words. */
  private static final Map<String, String> NAMED_AS_WORDS =
      Map.of("vk", "vkontakte", "fb", "facebook", "mail", "email", "zalo", "zalo");

  private static final Pattern WORD_SPLIT = Pattern.compile("[^a-z0-9]+");

  private static final Evaluator ADD_TO_ANY = Selector.evaluatorOf(".a2a_kit");

  private ShareLinks() {}

  /**
   * The networks the page offers sharing to.
   *
   * @param doc the document
   * @return network ids, sorted
   */
  public static Set<String> networks(Document doc) {
    Set<String> found = new TreeSet<>();
    // One pass over the document: share links and controls, and share widgets.
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e && e.attributesSize() > 0) {
              if (mayBeShareControl(e)) {
                shareControl(e, found);
              }
              widget(e, found);
            }
            return FilterResult.CONTINUE;
          }
        },
        doc);
    return found;
  }

  /**
   * A link, or an element whose class, id, label or data attributes say "share" (or "zalo"): the
   * elements worth a closer look.
   */
  private static boolean mayBeShareControl(Element e) {
    for (Attribute a : e.attributes()) {
      String key = a.getKey();
      switch (key) {
        case "href" -> {
          if (e.nameIs("a")) {
            return true;
          }
        }
        case "data-href" -> {
          return true;
        }
        case "class" -> {
          if (Words.containsIgnoreCase(a.getValue(), "share")
              || Words.containsIgnoreCase(a.getValue(), "zalo")) {
            return true;
          }
        }
        case "id", "aria-label", "title" -> {
          if (Words.containsIgnoreCase(a.getValue(), "share")) {
            return true;
          }
        }
        default -> {
          if (key.startsWith("data-share")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static void shareControl(Element e, Set<String> found) {
    String href = e.attr("href").toLowerCase(Locale.ROOT);
    String dataHref = e.attr("data-href").toLowerCase(Locale.ROOT);
    String probe =
        (href + " " + dataHref + " " + e.attr("data-share") + " " + e.className())
            .toLowerCase(Locale.ROOT);
    if (Words.containsAny(probe, PREFILTER)) {
      for (Map.Entry<String, Pattern> n : LINKS) {
        if (found.contains(n.getKey())) {
          continue;
        }
        Pattern p = n.getValue();
        if (n.getKey().equals("email")
            ? p.matcher(href).find() || p.matcher(dataHref).find()
            : p.matcher(probe).find()) {
          found.add(n.getKey());
        }
      }
    }
    String named = namedShareControl(e, href);
    if (named != null) {
      found.add(named);
    }
  }

  /**
   * Share widgets configured with network names: Yandex Share and others with {@code
   * data-services}, ShareThis inline buttons with {@code data-networks}, AddToAny buttons ({@code
   * a2a_button_<network>} inside {@code .a2a_kit}).
   */
  private static void widget(Element e, Set<String> found) {
    String list;
    if (e.hasAttr("data-services")) {
      list = e.attr("data-services");
    } else if (e.hasAttr("data-networks") && e.hasClass("sharethis-inline-share-buttons")) {
      list = e.attr("data-networks");
    } else if (e.nameIs("a")
        && e.className().contains("a2a_button_")
        && e.closest(ADD_TO_ANY) != null) {
      list = "";
    } else {
      return;
    }
    if (list.isEmpty()) {
      list = e.className().replace("a2a_button_", "");
    }
    for (String name : list.toLowerCase(Locale.ROOT).split("[,\\s]+", -1)) {
      String id = WIDGET_NAMES.get(name.trim());
      if (id != null) {
        found.add(id);
      }
    }
  }

  /**
   * The network a share control names in its own class, id, label, title or data attributes ({@code
   * <button class="react-share__ShareButton" aria-label="facebook">}, {@code <li
   * class="share-bar__option--twitter">}), when the element says "share" there too. Null for
   * anything else, and for a link that goes somewhere ({@code <a class="share-icon"
   * href="https://twitter.com/acme">} is a follow-us link, an article's title attribute may name a
   * network): a real share link is found by its address instead.
   */
  private static String namedShareControl(Element e, String href) {
    String h = href.trim();
    if ((!h.isEmpty() && !h.startsWith("#") && !h.startsWith("javascript:"))
        || e.attr("data-share").equalsIgnoreCase("false")) {
      return null;
    }
    StringBuilder label = new StringBuilder();
    for (Attribute a : e.attributes()) {
      String key = a.getKey();
      if (key.startsWith("data-share")) {
        label.append(key).append(' ');
      }
      if (key.equals("class")
          || key.equals("id")
          || key.equals("aria-label")
          || key.equals("title")
          || (key.startsWith("data-") && a.getValue().length() <= 40)) {
        label.append(a.getValue()).append(' ');
      }
    }
    String text = label.toString().toLowerCase(Locale.ROOT);
    if (!text.contains("share")) {
      return null;
    }
    for (String word : WORD_SPLIT.split(text, -1)) {
      String id = NAMED_AS_WORDS.get(word);
      if (id != null) {
        return id;
      }
      for (Map.Entry<String, String> n : NAMED_IN_WORDS.entrySet()) {
        if (word.contains(n.getKey())) {
          return n.getValue();
        }
      }
    }
    return null;
  }
}
