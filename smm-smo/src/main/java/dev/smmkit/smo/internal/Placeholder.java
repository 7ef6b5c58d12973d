package dev.smmkit.smo.internal;

import java.util.List;
import java.util.Objects;

/**
 * A named, typed {@code {name}} placeholder of a message template.
 *
 * @param name the name, as written between the braces
 * @param type what values it takes
 */
public record Placeholder(String name, Type type) {

  /** The kinds of value a placeholder takes. */
  public enum Type {
    /** Text: a value found on the page, a list of names, an address. */
    TEXT,
    /** A whole number ({@link Integer} or {@link Long}): a count, a length, a size in pixels. */
    INTEGER,
    /**
     * Phrases from the bundle: a {@link Phrases} value, rendered in the report's language and
     * joined with commas.
     */
    PHRASES;

    /**
     * Whether a value fits this type.
     *
     * @param value the value
     * @return true when it fits
     */
    public boolean accepts(Object value) {
      return switch (this) {
        case TEXT -> value instanceof String;
        case INTEGER -> value instanceof Integer || value instanceof Long;
        case PHRASES -> value instanceof Phrases;
      };
    }
  }

  /**
   * Validates.
   *
   * @param name see the record component
   * @param type see the record component
   */
  public Placeholder {
    Objects.requireNonNull(type, "type");
    if (!name.matches("[a-zA-Z]+")) {
      throw new IllegalArgumentException("Placeholder.name: letters only (was " + name + ")");
    }
  }

  /**
   * A text placeholder.
   *
   * @param name the name
   * @return the placeholder
   */
  public static Placeholder text(String name) {
    return new Placeholder(name, Type.TEXT);
  }

  /**
   * A whole-number placeholder.
   *
   * @param name the name
   * @return the placeholder
   */
  public static Placeholder integer(String name) {
    return new Placeholder(name, Type.INTEGER);
  }

  /**
   * A placeholder for phrases of the bundle.
   *
   * @param name the name
   * @return the placeholder
   */
  public static Placeholder phrases(String name) {
    return new Placeholder(name, Type.PHRASES);
  }

  /**
   * The names of placeholders.
   *
   * @param placeholders the placeholders
   * @return their names, in order
   */
  static List<String> names(List<Placeholder> placeholders) {
    return placeholders.stream().map(Placeholder::name).toList();
  }
}
