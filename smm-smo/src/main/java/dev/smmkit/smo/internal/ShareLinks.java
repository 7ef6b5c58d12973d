package dev.smmkit.smo.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds share-intent links and share widgets for the networks the documents name, and the usual
 * others: a link to a network's "share this URL" endpoint, a network's own button markup, or a
 * share widget (Yandex Share, AddToAny, ShareThis) configured with network names.
 */
public final class ShareLinks {
  private static final Map<String, Pattern> LINKS = new LinkedHashMap<>();

  static {
    LINKS.put(
        "facebook",
        Pattern.compile("facebook\\.com/(sharer|share\\.php|dialog/(share|feed))|fb-share-button"));
    LINKS.put(
        "x",
        Pattern.compile(
            "(twitter|x)\\.com/(intent/(tweet|post)|share)|twitter-share-button|twitter\\.com/home\\?status"));
    LINKS.put(
        "linkedin",
        Pattern.compile("linkedin\\.com/(sharearticle|sharing/share-offsite|cws/share)"));
    LINKS.put("pinterest", Pattern.compile("pinterest\\.[a-z.]+/pin/create"));
    LINKS.put("reddit", Pattern.compile("reddit\\.com/submit"));
    LINKS.put("vkontakte", Pattern.compile("vk\\.(com|ru)/share\\.php|vkontakte\\.ru/share\\.php"));
    LINKS.put(
        "odnoklassniki",
        Pattern.compile(
            "connect\\.ok\\.ru/(offer|dk\\?.*widgetsharepreview)|odnoklassniki\\.ru/dk\\?st\\.cmd=addshare|ok\\.ru/dk\\?st\\.cmd=addshare"));
    LINKS.put("telegram", Pattern.compile("(t|telegram)\\.me/share|tg://msg_url"));
    LINKS.put(
        "whatsapp",
        Pattern.compile(
            "wa\\.me/\\?text|api\\.whatsapp\\.com/send|whatsapp://send|web\\.whatsapp\\.com/send"));
    LINKS.put("viber", Pattern.compile("viber://forward"));
    LINKS.put("tumblr", Pattern.compile("tumblr\\.com/(share|widgets/share)"));
    LINKS.put("line", Pattern.compile("social-plugins\\.line\\.me/lineit/share|line\\.me/r/msg"));
    LINKS.put("zalo", Pattern.compile("sp\\.zalo\\.me/share|zalo-share-button"));
    LINKS.put("threads", Pattern.compile("threads\\.(net|com)/intent/post"));
    LINKS.put("bluesky", Pattern.compile("bsky\\.app/intent/compose"));
    LINKS.put("email", Pattern.compile("^mailto:\\?(subject|body)="));
    LINKS.put("pocket", Pattern.compile("getpocket\\.com/(save|edit)"));
    LINKS.put("flipboard", Pattern.compile("share\\.flipboard\\.com"));
    LINKS.put("hackernews", Pattern.compile("news\\.ycombinator\\.com/submitlink"));
  }

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
  private static final String[] PREFILTER = {
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
    "tg:"
  };

  private static final Set<String> ALL = Set.copyOf(new TreeSet<>(LINKS.keySet()));

  private ShareLinks() {}

  /**
   * The networks the page offers sharing to.
   *
   * @param doc the document
   * @return network ids, sorted
   */
  public static Set<String> networks(Document doc) {
    Set<String> found = new TreeSet<>();
    for (Element e : doc.select("a[href], [data-href], [class*=share], [class*=zalo]")) {
      String probe =
          (e.attr("href") + " " + e.attr("data-href") + " " + e.className())
              .toLowerCase(Locale.ROOT);
      if (!mayShare(probe)) {
        continue;
      }
      String href = e.attr("href").toLowerCase(Locale.ROOT);
      for (Map.Entry<String, Pattern> n : LINKS.entrySet()) {
        if (found.contains(n.getKey())) {
          continue;
        }
        Pattern p = n.getValue();
        if (n.getKey().equals("email") ? p.matcher(href).find() : p.matcher(probe).find()) {
          found.add(n.getKey());
        }
      }
      if (found.size() == ALL.size()) {
        break;
      }
    }
    // Share widgets configured with network names.
    for (Element e :
        doc.select(
            ".ya-share2[data-services], [data-services], .a2a_kit a[class], .sharethis-inline-share-buttons[data-networks]")) {
      String list = e.hasAttr("data-services") ? e.attr("data-services") : e.attr("data-networks");
      if (list.isEmpty()) {
        list = e.className().replace("a2a_button_", "");
      }
      for (String name : list.toLowerCase(Locale.ROOT).split("[,\\s]+")) {
        String id = WIDGET_NAMES.get(name.trim());
        if (id != null) {
          found.add(id);
        }
      }
    }
    return found;
  }

  private static boolean mayShare(String probe) {
    for (String word : PREFILTER) {
      if (probe.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
