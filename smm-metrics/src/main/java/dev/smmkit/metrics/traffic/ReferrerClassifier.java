package dev.smmkit.metrics.traffic;

import dev.smmkit.core.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Tells which social network a visit came from, by referrer URL or by UTM parameters.
 *
 * <p>The host table is data (the bundled {@code social-referrers.properties}: facebook.com,
 * l.facebook.com, m.facebook.com, t.co, x.com, vk.com, ok.ru, t.me, instagram.com, youtube.com,
 * linkedin.com, lnkd.in, pinterest.com, reddit.com, tiktok.com and more) and open: {@link
 * #with(String, String)} adds or overrides a host. A host matches itself and its subdomains.
 * Network ids equal {@link dev.smmkit.core.Platform} ids for the built-in platforms. Immutable and
 * thread-safe.
 */
public final class ReferrerClassifier {
  private static final ReferrerClassifier DEFAULTS = new ReferrerClassifier(load());

  private final Map<String, String> hosts;

  private ReferrerClassifier(Map<String, String> hosts) {
    this.hosts = Map.copyOf(hosts);
  }

  /**
   * The classifier with the bundled host table.
   *
   * @return the default classifier
   */
  public static ReferrerClassifier defaults() {
    return DEFAULTS;
  }

  /**
   * A copy that also maps a host (and its subdomains) to a network. A leading {@code www.} is
   * dropped, as it is from the hosts looked up.
   *
   * @param host a host name such as {@code vc.ru}
   * @param network a network id such as {@code vcru}
   * @return the extended classifier
   * @throws ValidationException if the host or network is blank
   */
  public ReferrerClassifier with(String host, String network) {
    if (host == null || host.isBlank() || network == null || network.isBlank()) {
      throw ValidationException.of(
          "ReferrerClassifier." + (host == null || host.isBlank() ? "host" : "network"),
          host == null || host.isBlank() ? host : network,
          "NotBlank",
          "must not be blank");
    }
    Map<String, String> copy = new HashMap<>(hosts);
    String h = host.trim().toLowerCase(Locale.ROOT);
    // Lookups drop a leading "www." (and www.vc.ru is a subdomain of vc.ru), so store it without.
    if (h.startsWith("www.")) {
      h = h.substring(4);
    }
    copy.put(h, network.trim().toLowerCase(Locale.ROOT));
    return new ReferrerClassifier(copy);
  }

  /**
   * The network of a referrer URL.
   *
   * @param referrer the referrer, such as {@code https://l.facebook.com/l.php?u=...}; may be blank
   *     or malformed (then no network)
   * @return the network id, or empty for direct, search, unknown or malformed referrers
   */
  public Optional<String> classify(String referrer) {
    if (referrer == null || referrer.isBlank()) {
      return Optional.empty();
    }
    String host;
    try {
      URI uri = new URI(referrer.trim());
      host = uri.getHost();
      if (host == null && uri.getScheme() == null) {
        host = new URI("http://" + referrer.trim()).getHost();
      }
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    return host == null ? Optional.empty() : network(host);
  }

  /**
   * The network of a visit tagged with UTM parameters.
   *
   * @param utmSource the {@code utm_source} value, such as {@code vk}, {@code facebook} or {@code
   *     t.me}
   * @return the network id, or empty when the source is not a known social network
   */
  public Optional<String> classifyUtm(String utmSource) {
    if (utmSource == null || utmSource.isBlank()) {
      return Optional.empty();
    }
    String s = utmSource.trim().toLowerCase(Locale.ROOT);
    String alias = hosts.get("alias." + s);
    if (alias != null) {
      return Optional.of(alias);
    }
    if (hosts.containsValue(s)) {
      return Optional.of(s);
    }
    return network(s);
  }

  private Optional<String> network(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("www.")) {
      h = h.substring(4);
    }
    while (true) {
      String n = hosts.get(h);
      if (n != null) {
        return Optional.of(n);
      }
      int dot = h.indexOf('.');
      if (dot < 0 || h.indexOf('.', dot + 1) < 0) {
        return Optional.empty();
      }
      h = h.substring(dot + 1);
    }
  }

  private static Map<String, String> load() {
    Properties p = new Properties();
    try (InputStream in =
        ReferrerClassifier.class.getResourceAsStream("social-referrers.properties")) {
      if (in == null) {
        throw new IllegalStateException("social-referrers.properties is missing from smm-metrics");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> map = new HashMap<>();
    p.forEach((k, v) -> map.put(k.toString(), v.toString().trim()));
    return map;
  }
}
