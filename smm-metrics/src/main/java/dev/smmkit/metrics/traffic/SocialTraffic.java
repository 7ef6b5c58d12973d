package dev.smmkit.metrics.traffic;

import dev.smmkit.core.ValidationException;
import dev.smmkit.metrics.Rate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Counts site sessions by social network: the SMO success metric (click-throughs from social
 * networks to the site).
 *
 * <p>Formulas: social share of sessions = {@code sessions from any social network / all sessions};
 * a network's share = {@code its sessions / all sessions}; its share of social traffic = {@code its
 * sessions / social sessions}. Zero case: no sessions gives undefined rates. Not thread-safe; merge
 * one counter per thread with {@link #merge(SocialTraffic)}.
 */
public final class SocialTraffic {
  private final ReferrerClassifier classifier;
  private final Map<String, Long> byNetwork = new TreeMap<>();
  private long sessions;

  /**
   * A counter using a classifier.
   *
   * @param classifier the classifier, such as {@link ReferrerClassifier#defaults()}
   */
  public SocialTraffic(ReferrerClassifier classifier) {
    this.classifier = Objects.requireNonNull(classifier, "SocialTraffic.classifier");
  }

  /**
   * Counts one session by its referrer.
   *
   * @param referrer the referrer URL, possibly blank for direct visits
   * @return the network it was attributed to, or empty
   */
  public Optional<String> addReferrer(String referrer) {
    return count(classifier.classify(referrer));
  }

  /**
   * Counts one session by its UTM source, falling back to the referrer when the UTM source is not a
   * social network.
   *
   * @param utmSource the {@code utm_source}, possibly blank
   * @param referrer the referrer, possibly blank
   * @return the network it was attributed to, or empty
   */
  public Optional<String> add(String utmSource, String referrer) {
    Optional<String> n = classifier.classifyUtm(utmSource);
    return count(n.isPresent() ? n : classifier.classify(referrer));
  }

  private Optional<String> count(Optional<String> network) {
    sessions++;
    network.ifPresent(n -> byNetwork.merge(n, 1L, Math::addExact));
    return network;
  }

  /**
   * Adds another counter's sessions.
   *
   * @param other another counter
   * @return this counter
   */
  public SocialTraffic merge(SocialTraffic other) {
    sessions = Math.addExact(sessions, other.sessions);
    other.byNetwork.forEach((k, v) -> byNetwork.merge(k, v, Math::addExact));
    return this;
  }

  /**
   * All sessions counted.
   *
   * @return the count
   */
  public long sessions() {
    return sessions;
  }

  /**
   * Sessions per network, sorted by network id.
   *
   * @return an unmodifiable copy
   */
  public Map<String, Long> sessionsByNetwork() {
    // Map.copyOf would drop the order; an unmodifiable view of a sorted copy keeps it.
    return Collections.unmodifiableSortedMap(new TreeMap<>(byNetwork));
  }

  /**
   * Social share of all sessions.
   *
   * @return social sessions over all sessions; undefined with no sessions
   */
  public Rate socialShare() {
    return Rate.of(byNetwork.values().stream().mapToLong(Long::longValue).sum(), sessions);
  }

  /**
   * One network's share of all sessions.
   *
   * @param network the network id
   * @return its sessions over all sessions; undefined with no sessions
   * @throws ValidationException if the network is blank
   */
  public Rate share(String network) {
    if (network == null || network.isBlank()) {
      throw ValidationException.of(
          "SocialTraffic.network", network, "NotBlank", "must not be blank");
    }
    return Rate.of(byNetwork.getOrDefault(network, 0L), sessions);
  }
}
