package dev.smmkit.smo.internal;

import java.util.List;
import java.util.Objects;

/**
 * A bundle key and the placeholders its text uses, in every language.
 *
 * @param key the full key, such as {@code rule.og.image.size.warn}
 * @param placeholders the placeholders the text must use, each once at least; no others
 */
public record MessageKey(String key, List<Placeholder> placeholders) {
  /**
   * Validates and copies.
   *
   * @param key see the record component
   * @param placeholders see the record component
   */
  public MessageKey {
    Objects.requireNonNull(key, "key");
    placeholders = List.copyOf(placeholders);
    if (Placeholder.names(placeholders).stream().distinct().count() != placeholders.size()) {
      throw new IllegalArgumentException(key + ": a placeholder is declared twice");
    }
  }

  /**
   * A key.
   *
   * @param key the full key
   * @param placeholders the placeholders
   * @return the key
   */
  public static MessageKey of(String key, Placeholder... placeholders) {
    return new MessageKey(key, List.of(placeholders));
  }
}
