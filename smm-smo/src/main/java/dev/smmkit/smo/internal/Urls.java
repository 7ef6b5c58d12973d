package dev.smmkit.smo.internal;

import java.net.URI;
import java.net.URISyntaxException;

/** URL resolution that never throws. */
public final class Urls {
  private Urls() {}

  /**
   * Resolves a possibly relative reference against a base.
   *
   * @param base the base URI, may be empty
   * @param ref the reference
   * @return the absolute URL, or null when the reference cannot be read
   */
  public static String resolve(String base, String ref) {
    String r = ref.trim();
    if (r.isEmpty()) {
      return null;
    }
    if (r.startsWith("//")) {
      String scheme = base.startsWith("http://") ? "http:" : "https:";
      return scheme + r;
    }
    try {
      URI refUri = new URI(r.replace(" ", "%20").replace("|", "%7C"));
      if (refUri.isAbsolute()) {
        return refUri.toString();
      }
      if (base.isEmpty()) {
        return null;
      }
      return new URI(base).resolve(refUri).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The host of a URL, lower case and without a leading {@code www.}.
   *
   * @param url the URL
   * @return the host, or the empty string
   */
  public static String host(String url) {
    try {
      String h = new URI(url.trim()).getHost();
      if (h == null) {
        return "";
      }
      h = h.toLowerCase(java.util.Locale.ROOT);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (URISyntaxException e) {
      return "";
    }
  }
}
