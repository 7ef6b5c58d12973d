package dev.smmkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smmkit.core.CurrencyMismatchException;
import dev.smmkit.core.Money;
import dev.smmkit.core.ValidationException;
import dev.smmkit.core.Violations;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders every smm-core message in English, Russian and Vietnamese, and checks that every key the
 * core's code names is in the bundles: no missing key, the same placeholders in every language, and
 * no brace left once the placeholders are filled.
 */
class CoreMessageCatalogueTest {
  static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
  static final Pattern KEY_IN_CODE =
      Pattern.compile(
          "\"(smm\\.[a-zA-Z]+(?:\\.[a-zA-Z0-9]+)+|jakarta\\.validation\\.constraints\\.[A-Za-z]+\\.message)\"");

  static Properties own(String file) {
    Properties p = new Properties();
    try (InputStream in =
        CoreMessageCatalogueTest.class.getResourceAsStream("/dev/smmkit/core/i18n/" + file)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  static Set<String> placeholders(String s) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(s);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The message keys that smm-core's own sources name. */
  static Set<String> keysInCode() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = KEY_IN_CODE.matcher(Files.readString(f));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
    return keys;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"messages.properties", "messages_ru.properties", "messages_vi.properties"})
  void everyMessage_rendersCompletely_withTheEnglishPlaceholders(String file) throws IOException {
    Properties en = own("messages.properties");
    Properties p = own(file);
    List<String> defects = new ArrayList<>();
    Set<String> wanted = new TreeSet<>(en.stringPropertyNames());
    wanted.addAll(keysInCode());
    for (String key : wanted) {
      String template = p.getProperty(key);
      if (template == null) {
        defects.add(file + " " + key + ": missing key");
        continue;
      }
      Set<String> names = placeholders(template);
      String english = en.getProperty(key);
      if (english != null && !names.equals(placeholders(english))) {
        defects.add(
            file
                + " "
                + key
                + ": placeholders "
                + names
                + ", English has "
                + placeholders(english));
      }
      Map<String, Object> args = new LinkedHashMap<>();
      names.forEach(n -> args.put(n, "<" + n + ">"));
      String rendered = Messages.substitute(template, args);
      if (rendered.contains("{") || rendered.contains("}")) {
        defects.add(file + " " + key + ": brace left: " + rendered);
      }
    }
    for (String key : p.stringPropertyNames()) {
      if (!en.containsKey(key)) {
        defects.add(file + " " + key + ": not in the English bundle");
      }
    }
    System.out.println(
        file + ": " + wanted.size() + " messages checked, defects: " + defects.size());
    assertThat(defects).isEmpty();
    assertThat(keysInCode()).hasSizeGreaterThan(20);
  }

  @Test
  void currencyMismatch_isInTheValidationLocale() {
    Money rub = Money.of("100", "RUB");
    Money usd = Money.of("1", "USD");
    assertThatThrownBy(
            () -> BeanValidation.withLocale(Locale.forLanguageTag("ru"), () -> rub.plus(usd)))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage(
            "Money.plus: валюты должны совпадать, пересчёт не выполняется (были RUB и USD)");
    assertThatThrownBy(
            () -> BeanValidation.withLocale(Locale.forLanguageTag("vi"), () -> rub.plus(usd)))
        .hasMessage(
            "Money.plus: các loại tiền tệ phải trùng nhau, không thực hiện quy đổi (là RUB và USD)");
  }

  @Test
  void violationsNotNull_isInTheValidationLocale() {
    assertThatThrownBy(
            () ->
                BeanValidation.withLocale(
                    Locale.forLanguageTag("ru"),
                    () -> {
                      new Violations("Thing").notNull("name", null).throwIfAny();
                      return null;
                    }))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(
            "Thing.name: "
                + own("messages_ru.properties")
                    .getProperty("jakarta.validation.constraints.NotNull.message"));
  }
}
