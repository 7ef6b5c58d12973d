package dev.smmkit.core;

import dev.smmkit.core.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Every search query the customers would type, from trivial ("buy wallpaper in Moscow") to specific
 * ("what to do if linoleum wrinkles"), grouped into clusters (DOMAIN.md §3, step 2).
 *
 * <p>Queries are normalised by {@link #normalize(String, Locale)}: Unicode NFKC, case folding by
 * the core's language, white space collapsed and trimmed. Normalised duplicates are removed, within
 * a cluster and across clusters: a query belongs to the first cluster that lists it. Russian and
 * Vietnamese text keeps every letter and diacritic (only its case is folded).
 */
public final class SemanticCore {
  // Every Unicode space separator (\p{Z}: no-break, thin, em, ideographic...), the ASCII white
  // space controls, U+0085, and the zero-width space and no-break space (U+200B, U+FEFF).
  private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\u0085\\u200B\\uFEFF]+");

  @NotBlank private final String language;
  @NotEmpty private final List<QueryCluster> clusters;

  private SemanticCore(String language, List<QueryCluster> clusters) {
    this.language = language;
    this.clusters = clusters;
  }

  /**
   * Starts building a semantic core.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this core's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().language(language).clusters(clusters);
  }

  /**
   * Normalises one raw query: Unicode NFKC (so precomposed and combining Vietnamese marks, and
   * full-width or ligature letters, are the same text), then a case fold in the given locale (lower
   * case, upper case, lower case again, so that German {@code ß} and {@code SS} or Greek final and
   * medial sigma fold alike, while Turkish keeps dotted {@code i} and dotless {@code ı} apart), NFC
   * again, and runs of white space (including no-break and zero-width spaces) collapsed to one
   * space, trimmed.
   *
   * @param rawQuery the query as typed
   * @param locale the language whose case rules apply (Turkish dotless i, for example)
   * @return the normalised query, possibly empty
   */
  public static String normalize(String rawQuery, Locale locale) {
    // One pass can leave a string that a second pass changes (case mapping can produce text that
    // is not normalised, and normalising can produce new case pairs), so passes repeat until the
    // text is stable: normalize(normalize(q)) == normalize(q). Two passes are enough for every
    // text seen in the tests; the bound only guards against a pathological cycle.
    String text = rawQuery;
    for (int pass = 0; pass < 8; pass++) {
      String next = normalizeOnce(text, locale);
      if (next.equals(text)) {
        break;
      }
      text = next;
    }
    return text;
  }

  private static String normalizeOnce(String text, Locale locale) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    String folded = nfkc.toLowerCase(locale).toUpperCase(locale).toLowerCase(locale);
    String nfc = Normalizer.normalize(folded, Normalizer.Form.NFC);
    return SPACE.matcher(nfc).replaceAll(" ").strip();
  }

  /**
   * The BCP 47 language tag of the queries, such as {@code ru} or {@code vi}.
   *
   * @return the tag
   */
  public String language() {
    return language;
  }

  /**
   * The clusters, in the order given, with normalised, de-duplicated queries.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<QueryCluster> clusters() {
    return clusters;
  }

  /**
   * Finds a cluster by name.
   *
   * @param name the cluster name
   * @return the cluster or empty
   */
  public Optional<QueryCluster> cluster(String name) {
    return clusters.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /**
   * Every query of every cluster.
   *
   * @return the queries in cluster order
   */
  public List<String> allQueries() {
    List<String> all = new ArrayList<>();
    clusters.forEach(c -> all.addAll(c.queries()));
    return List.copyOf(all);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SemanticCore s
        && language.equals(s.language)
        && clusters.equals(s.clusters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(language, clusters);
  }

  @Override
  public String toString() {
    return "SemanticCore[language=" + language + ", clusters=" + clusters.size() + "]";
  }

  /** Builds a {@link SemanticCore}. Not thread-safe; reusable. */
  public static final class Builder {
    private @Nullable String language;
    private final List<QueryCluster> clusters = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the language of the queries, which decides case folding.
     *
     * @param language a BCP 47 tag such as {@code ru}
     * @return this builder
     */
    public Builder language(String language) {
      this.language = language;
      return this;
    }

    /**
     * Replaces the clusters.
     *
     * @param clusters the clusters
     * @return this builder
     * @throws ValidationException if the list is null
     */
    public Builder clusters(List<QueryCluster> clusters) {
      Checks.notNull("SemanticCore", "clusters", clusters);
      this.clusters.clear();
      this.clusters.addAll(clusters);
      return this;
    }

    /**
     * Adds a cluster of raw queries.
     *
     * @param name the cluster name
     * @param intent the intent
     * @param rawQueries the queries as typed
     * @return this builder
     */
    public Builder addCluster(String name, SearchIntent intent, List<String> rawQueries) {
      clusters.add(new QueryCluster(name, intent, rawQueries));
      return this;
    }

    /**
     * Normalises, de-duplicates, validates and builds.
     *
     * @return a new immutable semantic core
     * @throws ValidationException listing every violation
     */
    public SemanticCore build() {
      return build(Checks.of("SemanticCore").locale());
    }

    /**
     * Normalises, de-duplicates, validates and builds with messages in a locale.
     *
     * @param messageLocale the message locale
     * @return a new immutable semantic core
     * @throws ValidationException listing every violation
     */
    public SemanticCore build(Locale messageLocale) {
      Checks c = new Checks("SemanticCore", messageLocale);
      String tag = language == null ? "" : language;
      Locale queryLocale = Locale.forLanguageTag(tag);
      c.check(
          language != null && !queryLocale.getLanguage().isEmpty(),
          "language",
          language,
          "LanguageTag",
          "smm.language.tag");
      List<QueryCluster> normalised = new ArrayList<>();
      Set<String> seenQueries = new HashSet<>();
      Set<String> seenNames = new HashSet<>();
      for (int i = 0; i < clusters.size(); i++) {
        QueryCluster cluster = clusters.get(i);
        if (cluster == null) {
          c.check(
              false,
              "clusters[" + i + "]",
              null,
              "NotNull",
              "jakarta.validation.constraints.NotNull.message");
          continue;
        }
        c.check(
            seenNames.add(cluster.name()),
            "clusters[" + i + "].name",
            cluster.name(),
            "Unique",
            "smm.semanticCore.duplicateCluster");
        Set<String> queries = new LinkedHashSet<>();
        boolean anyNonEmpty = false;
        for (int j = 0; j < cluster.queries().size(); j++) {
          String raw = cluster.queries().get(j);
          String q = normalize(raw, queryLocale);
          // A query of only no-break or zero-width spaces passes QueryCluster's isBlank() check but
          // normalises to nothing.
          c.check(
              !q.isEmpty(),
              "clusters[" + i + "].queries[" + j + "]",
              raw,
              "NotBlank",
              "jakarta.validation.constraints.NotBlank.message");
          anyNonEmpty |= !q.isEmpty();
          if (!q.isEmpty() && seenQueries.add(q)) {
            queries.add(q);
          }
        }
        c.check(
            !queries.isEmpty() || !anyNonEmpty,
            "clusters[" + i + "].queries",
            cluster.queries(),
            "Distinct",
            "smm.semanticCore.allDuplicates");
        if (!queries.isEmpty()) {
          normalised.add(new QueryCluster(cluster.name(), cluster.intent(), List.copyOf(queries)));
        }
      }
      SemanticCore candidate = new SemanticCore(tag, List.copyOf(normalised));
      c.bean(candidate).throwIfAny();
      return candidate;
    }
  }
}
