package dev.smmkit.core.internal;

import dev.smmkit.core.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;

/**
 * Runs Jakarta Bean Validation (Hibernate Validator) with SMMKit's own message bundles.
 *
 * <p>Messages come from {@code dev.smmkit.core.i18n.messages} (English, Russian, Vietnamese) with
 * {@code {attribute}} placeholders filled from the constraint; no Expression Language is used, so
 * no EL implementation is needed at run time. The messages depend on the locale's language only
 * (English, Russian, Vietnamese), so there are three validators, each created on first use and
 * shared: validators are thread-safe. There is no cache that grows with the locales callers pass.
 */
public final class BeanValidation {
  private static final ThreadLocal<Locale> CONTEXT_LOCALE = new ThreadLocal<>();

  private BeanValidation() {}

  private static final class FactoryHolder {
    static final ValidatorFactory FACTORY =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new BundleInterpolator(Locale.ENGLISH))
            .buildValidatorFactory();

    static Validator create(Locale locale) {
      return FACTORY
          .usingContext()
          .messageInterpolator(new BundleInterpolator(locale))
          .getValidator();
    }
  }

  private static final class English {
    static final Validator VALIDATOR = FactoryHolder.create(Locale.ENGLISH);
  }

  private static final class Russian {
    static final Validator VALIDATOR = FactoryHolder.create(Locale.forLanguageTag("ru"));
  }

  private static final class Vietnamese {
    static final Validator VALIDATOR = FactoryHolder.create(Locale.forLanguageTag("vi"));
  }

  /** The validator whose messages are in the locale's language, as {@link Messages} picks it. */
  private static Validator validator(Locale locale) {
    return switch (locale.getLanguage()) {
      case "ru" -> Russian.VALIDATOR;
      case "vi" -> Vietnamese.VALIDATOR;
      default -> English.VALIDATOR;
    };
  }

  /**
   * The locale for validation messages: the one set by {@link #withLocale} on this thread, or
   * English.
   *
   * @return the locale
   */
  public static Locale currentLocale() {
    Locale l = CONTEXT_LOCALE.get();
    return l == null ? Locale.ENGLISH : l;
  }

  /**
   * Runs an action with a validation locale set on this thread (used by JSON reading, which calls
   * the builders' {@code build()}).
   *
   * @param locale the locale
   * @param action the action
   * @param <T> the result type
   * @return the action's result
   */
  public static <T> T withLocale(Locale locale, java.util.function.Supplier<T> action) {
    Locale previous = CONTEXT_LOCALE.get();
    CONTEXT_LOCALE.set(locale);
    try {
      return action.get();
    } finally {
      if (previous == null) {
        CONTEXT_LOCALE.remove();
      } else {
        CONTEXT_LOCALE.set(previous);
      }
    }
  }

  /**
   * Validates an object's constraints.
   *
   * @param candidate the object, fully constructed but not yet handed out
   * @param owner the type name that prefixes each path
   * @param locale the message locale
   * @return the violations sorted by path and rule, possibly empty
   */
  public static List<Violation> validate(Object candidate, String owner, Locale locale) {
    Set<ConstraintViolation<Object>> found = validator(locale).validate(candidate);
    List<Violation> result = new ArrayList<>(found.size());
    for (ConstraintViolation<Object> v : found) {
      String rule = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
      result.add(
          new Violation(
              owner
                  + "."
                  + v.getPropertyPath()
                      .toString()
                      .replace(".<list element>", "")
                      .replace(".<iterable element>", ""),
              v.getInvalidValue(),
              rule,
              v.getMessage()));
    }
    result.sort(Comparator.comparing(Violation::path).thenComparing(Violation::rule));
    return result;
  }

  /** Interpolates {@code {key}} templates from the SMMKit bundles in a fixed locale. */
  private static final class BundleInterpolator implements MessageInterpolator {
    private final Locale locale;

    BundleInterpolator(Locale locale) {
      this.locale = locale;
    }

    @Override
    public String interpolate(String messageTemplate, Context context) {
      return interpolate(messageTemplate, context, locale);
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale ignored) {
      String template = messageTemplate;
      if (template.startsWith("{") && template.endsWith("}")) {
        String key = template.substring(1, template.length() - 1);
        template = Messages.text(locale, key, Map.of());
      }
      return Messages.substitute(template, context.getConstraintDescriptor().getAttributes());
    }
  }
}
