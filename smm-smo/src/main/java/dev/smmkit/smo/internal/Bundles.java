package dev.smmkit.smo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The engine's English, Russian and Vietnamese message bundles, read as UTF-8 from this module's
 * resources. Loaded directly rather than through {@code ResourceBundle.getBundle}, so that the
 * JVM's default locale never leaks in and the same code works on the class path and the module
 * path.
 */
public final class Bundles {
  private static final ResourceBundle EN = load("messages.properties", null);
  private static final ResourceBundle RU = load("messages_ru.properties", EN);
  private static final ResourceBundle VI = load("messages_vi.properties", EN);

  private Bundles() {}

  /**
   * The bundle for a locale: Russian, Vietnamese, or English for every other language.
   *
   * @param locale the locale
   * @return the bundle
   */
  public static ResourceBundle forLocale(Locale locale) {
    return switch (locale.getLanguage()) {
      case "ru" -> RU;
      case "vi" -> VI;
      default -> EN;
    };
  }

  /**
   * A template with {@code {name}} placeholders replaced. A {@link Phrases} value is rendered as
   * its phrases' templates from the same bundle, filled from the same arguments, joined with
   * commas.
   *
   * @param bundle the bundle
   * @param key the key
   * @param args placeholder values
   * @return the text, or {@code null} when the bundle has no such key
   */
  public static String text(ResourceBundle bundle, String key, Map<String, ?> args) {
    String template;
    try {
      template = bundle.getString(key);
    } catch (MissingResourceException e) {
      return null;
    }
    // One pass over the template: values are inserted as they are, never expanded again, so text
    // from a page that happens to contain "{evidence}" stays literal.
    StringBuilder out = new StringBuilder(template.length() + 64);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i + 1) : -1;
      if (close > i && args.containsKey(template.substring(i + 1, close))) {
        Object v = args.get(template.substring(i + 1, close));
        if (v instanceof Phrases p) {
          StringBuilder list = new StringBuilder();
          for (String k : p.keys()) {
            String phrase = text(bundle, k, withoutPhrases(args));
            list.append(list.length() == 0 ? "" : ", ").append(phrase == null ? k : phrase);
          }
          v = list;
        }
        out.append(v);
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static Map<String, ?> withoutPhrases(Map<String, ?> args) {
    Map<String, Object> m = new java.util.LinkedHashMap<>(args);
    m.values().removeIf(v -> v instanceof Phrases);
    return m;
  }

  private static ResourceBundle load(String name, ResourceBundle parent) {
    try (InputStream in = Bundles.class.getResourceAsStream("/dev/smmkit/smo/i18n/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource dev/smmkit/smo/i18n/" + name);
      }
      return new Child(new InputStreamReader(in, StandardCharsets.UTF_8), parent);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Child extends PropertyResourceBundle {
    Child(InputStreamReader reader, ResourceBundle parent) throws IOException {
      super(reader);
      if (parent != null) {
        setParent(parent);
      }
    }
  }
}
