package dev.smmkit.smo.internal;

import java.util.List;

/**
 * A message argument made of phrases of the bundle, such as the problems found in an address: each
 * key is rendered in the report's language with the outcome's arguments, and the phrases are joined
 * with commas.
 *
 * @param keys the phrases' keys, in order
 */
public record Phrases(List<String> keys) {
  /**
   * Copies.
   *
   * @param keys see the record component
   */
  public Phrases {
    keys = List.copyOf(keys);
  }

  @Override
  public String toString() {
    return String.join(", ", keys);
  }
}
