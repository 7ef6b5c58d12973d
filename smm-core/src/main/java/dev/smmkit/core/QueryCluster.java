package dev.smmkit.core;

import dev.smmkit.core.internal.Checks;
import java.util.List;

/**
 * A group of search queries with one intent; one useful article answers one cluster (DOMAIN.md §3,
 * steps 2 and 4).
 *
 * @param name the cluster's name, unique within a semantic core
 * @param intent why people type these queries
 * @param queries the queries, at least one; {@link SemanticCore} stores them normalised
 *     <p>Immutable and thread-safe.
 */
public record QueryCluster(String name, SearchIntent intent, List<String> queries) {

  /**
   * Validates and copies.
   *
   * @param name the name
   * @param intent the intent
   * @param queries the queries
   * @throws ValidationException listing every problem
   */
  public QueryCluster {
    Checks c = Checks.of("QueryCluster");
    c.check(
        name != null && !name.isBlank(),
        "name",
        name,
        "NotBlank",
        "jakarta.validation.constraints.NotBlank.message");
    c.check(
        intent != null,
        "intent",
        null,
        "NotNull",
        "jakarta.validation.constraints.NotNull.message");
    c.check(
        queries != null && !queries.isEmpty(),
        "queries",
        queries,
        "NotEmpty",
        "jakarta.validation.constraints.NotEmpty.message");
    if (queries != null) {
      for (int i = 0; i < queries.size(); i++) {
        String q = queries.get(i);
        c.check(
            q != null && !q.isBlank(),
            "queries[" + i + "]",
            q,
            "NotBlank",
            "jakarta.validation.constraints.NotBlank.message");
      }
    }
    c.throwIfAny();
    queries = List.copyOf(queries);
  }
}
