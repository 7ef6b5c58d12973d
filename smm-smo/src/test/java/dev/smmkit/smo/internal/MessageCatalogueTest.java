package dev.smmkit.smo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smmkit.smo.SmoRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders every declared message, advice, evidence text and phrase of every built-in rule, and the
 * engine's own keys, in English, Russian and Vietnamese with sample arguments of the declared
 * types. Fails on a key missing from a language's own file, a declared placeholder the text does
 * not use, a placeholder the declaration does not name, any brace left in the rendered text, and a
 * rule key in a bundle that no rule declares.
 */
class MessageCatalogueTest {
  static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
  static final Map<String, String> FILES =
      Map.of(
          "en",
          "messages.properties",
          "ru",
          "messages_ru.properties",
          "vi",
          "messages_vi.properties");

  static Properties own(String lang) {
    Properties p = new Properties();
    try (InputStream in =
        MessageCatalogueTest.class.getResourceAsStream("/dev/smmkit/smo/i18n/" + FILES.get(lang))) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** Every declared key, rules' and engine's, by key; shared keys once. */
  static Map<String, MessageKey> declared() {
    Map<String, MessageKey> all = new LinkedHashMap<>();
    for (SmoRule rule : new BuiltInRules().rules()) {
      RuleMessages m = ((BasicRules.Declared) rule).messages();
      assertThat(m.ruleId()).isEqualTo(rule.id());
      m.keys().forEach(k -> all.putIfAbsent(k.key(), k));
    }
    EngineMessages.keys().forEach(k -> all.putIfAbsent(k.key(), k));
    return all;
  }

  static Object sample(Placeholder p) {
    return switch (p.type()) {
      case TEXT -> "<" + p.name() + ">";
      case INTEGER -> 42;
      // A phrase list is rendered by its own keys, which this test renders too.
      case PHRASES -> "<" + p.name() + ">";
    };
  }

  /** The defects of one language, one line each. */
  static List<String> defects(String lang, Map<String, MessageKey> keys) {
    Properties file = own(lang);
    List<String> out = new ArrayList<>();
    for (MessageKey k : keys.values()) {
      String template = file.getProperty(k.key());
      if (template == null) {
        out.add(lang + " " + k.key() + ": missing key");
        continue;
      }
      Set<String> used = new LinkedHashSet<>();
      Matcher m = PLACEHOLDER.matcher(template);
      while (m.find()) {
        used.add(m.group(1));
      }
      Set<String> names = new LinkedHashSet<>(Placeholder.names(k.placeholders()));
      for (String n : names) {
        if (!used.contains(n)) {
          out.add(lang + " " + k.key() + ": argument {" + n + "} not used by the text");
        }
      }
      for (String u : used) {
        if (!names.contains(u)) {
          out.add(lang + " " + k.key() + ": placeholder {" + u + "} not declared");
        }
      }
      Map<String, Object> args = new LinkedHashMap<>();
      k.placeholders().forEach(p -> args.put(p.name(), sample(p)));
      String rendered = Bundles.text(Bundles.forLocale(Locale.forLanguageTag(lang)), k.key(), args);
      if (rendered == null || rendered.contains("{") || rendered.contains("}")) {
        out.add(lang + " " + k.key() + ": rendered with a brace left: " + rendered);
      }
    }
    for (String key : new TreeSet<>(file.stringPropertyNames())) {
      if (!keys.containsKey(key)) {
        out.add(lang + " " + key + ": in the bundle but declared by no rule");
      }
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ru", "vi"})
  void everyDeclaredMessage_rendersCompletely(String lang) {
    Map<String, MessageKey> keys = declared();
    List<String> defects = defects(lang, keys);
    System.out.println(
        "Messages checked in " + lang + ": " + keys.size() + ", defects: " + defects.size());
    assertThat(defects).as("defects in " + lang).isEmpty();
  }

  @Test
  void everyBuiltInRule_declaresItsMessages() {
    for (SmoRule rule : new BuiltInRules().rules()) {
      assertThat(rule).as(rule.id()).isInstanceOf(BasicRules.Declared.class);
    }
    // Every rule has at least pass, a warn or fail, and advice: more than 150 keys in all.
    assertThat(declared()).hasSizeGreaterThan(3 * new BuiltInRules().rules().size());
  }
}
