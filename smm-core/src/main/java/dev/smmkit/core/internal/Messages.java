package dev.smmkit.core.internal;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Looks up validation and advice texts in the bundled English, Russian and Vietnamese bundles. */
public final class Messages {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)\\}");
  private static final ResourceBundle EN = load("messages.properties", null);
  private static final ResourceBundle RU = load("messages_ru.properties", EN);
  private static final ResourceBundle VI = load("messages_vi.properties", EN);

  private Messages() {}

  /**
   * The bundle for a locale; locales other than Russian and Vietnamese get English, whatever the
   * JVM's default locale is.
   *
   * @param locale the caller's locale
   * @return the bundle
   */
  public static ResourceBundle bundle(Locale locale) {
    // Read directly, not through ResourceBundle.getBundle: a Control argument is refused in a
    // named module, and without one the JVM's default locale would leak in.
    return switch (locale.getLanguage()) {
      case "ru" -> RU;
      case "vi" -> VI;
      default -> EN;
    };
  }

  private static ResourceBundle load(String name, @Nullable ResourceBundle parent) {
    try (InputStream in = Messages.class.getResourceAsStream("/dev/smmkit/core/i18n/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource dev/smmkit/core/i18n/" + name);
      }
      return new Bundle(new InputStreamReader(in, StandardCharsets.UTF_8), parent);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Bundle extends PropertyResourceBundle {
    Bundle(InputStreamReader reader, @Nullable ResourceBundle parent) throws IOException {
      super(reader);
      if (parent != null) {
        setParent(parent);
      }
    }
  }

  /**
   * Resolves a key and replaces {@code {name}} placeholders with the given arguments.
   *
   * @param locale the caller's locale
   * @param key the message key
   * @param args placeholder values by name
   * @return the text; the key itself in braces when the bundle has no such key
   */
  public static String text(Locale locale, String key, Map<String, ?> args) {
    String template;
    try {
      template = bundle(locale).getString(key);
    } catch (MissingResourceException e) {
      return "{" + key + "}";
    }
    return substitute(template, args);
  }

  /**
   * Replaces {@code {name}} placeholders.
   *
   * @param template the template
   * @param args placeholder values by name
   * @return the substituted text
   */
  public static String substitute(String template, Map<String, ?> args) {
    // One pass over the template: a value that itself contains "{name}" (a community handle, a
    // method name) is inserted as is, never substituted again.
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder result = new StringBuilder(template.length());
    while (m.find()) {
      String name = m.group(1);
      String replacement = args.containsKey(name) ? String.valueOf(args.get(name)) : m.group();
      m.appendReplacement(result, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(result);
    return result.toString();
  }
}
