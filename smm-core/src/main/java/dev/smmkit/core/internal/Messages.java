package dev.smmkit.core.internal;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up validation and advice texts in the bundled English, Russian and Vietnamese bundles. */
public final class Messages {
  private static final String BUNDLE = "dev.smmkit.core.i18n.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  /**
   * The bundle for a locale; locales other than Russian and Vietnamese get English, whatever the
   * JVM's default locale is.
   *
   * @param locale the caller's locale
   * @return the bundle
   */
  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
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
    String result = template;
    for (Map.Entry<String, ?> e : args.entrySet()) {
      result = result.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()));
    }
    return result;
  }
}
