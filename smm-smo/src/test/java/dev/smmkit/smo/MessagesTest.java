package dev.smmkit.smo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Russian and Vietnamese bundles translate every English key, with the same placeholders. */
class MessagesTest {
  static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

  static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/dev/smmkit/smo/i18n/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
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

  @ParameterizedTest
  @ValueSource(strings = {"messages_ru.properties", "messages_vi.properties"})
  void everyKeyIsTranslated_withTheSamePlaceholders(String bundle) throws IOException {
    Properties en = load("messages.properties");
    Properties other = load(bundle);
    assertThat(other.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    for (String key : en.stringPropertyNames()) {
      assertThat(placeholders(other.getProperty(key)))
          .as(bundle + " " + key)
          .isEqualTo(placeholders(en.getProperty(key)));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"messages_ru.properties", "messages_vi.properties"})
  void everyRuleHasMessagesAndAdvice(String bundle) throws IOException {
    Properties p = load(bundle);
    Properties en = load("messages.properties");
    for (SmoRule rule : SmoEngine.defaults().rules()) {
      String prefix = "rule." + rule.id() + ".";
      assertThat(en.getProperty(prefix + "pass")).as(prefix + "pass").isNotBlank();
      assertThat(en.getProperty(prefix + "advice")).as(prefix + "advice").isNotBlank();
      assertThat(p.getProperty(prefix + "advice"))
          .as(bundle + " " + prefix + "advice")
          .isNotBlank();
    }
  }
}
