package dev.smmkit.metrics.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smmkit.core.Platform;
import dev.smmkit.core.ValidationException;
import dev.smmkit.metrics.Rate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SocialTrafficTest {
  private static final ReferrerClassifier C = ReferrerClassifier.defaults();

  @ParameterizedTest
  @CsvSource({
    "https://www.facebook.com/oboi.moskva, facebook",
    "https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org, facebook",
    "https://m.facebook.com/story.php, facebook",
    "https://t.co/AbCdEf, x",
    "https://x.com/someone/status/1, x",
    "https://vk.com/away.php?to=x, vkontakte",
    "https://m.vk.com/wall-1_2, vkontakte",
    "https://ok.ru/group/123, odnoklassniki",
    "https://t.me/oboi_channel/15, telegram",
    "https://www.instagram.com/, instagram",
    "https://l.instagram.com/?u=x, instagram",
    "https://www.youtube.com/watch?v=1, youtube",
    "https://www.linkedin.com/feed/, linkedin",
    "https://lnkd.in/abc, linkedin",
    "https://www.pinterest.com/pin/1/, pinterest",
    "https://old.reddit.com/r/x, reddit",
    "https://www.tiktok.com/@a, tiktok",
    "android-app://org.telegram.messenger, ",
    "https://www.google.com/search?q=oboi, ",
    "https://facebook.com.evil.example/, ",
    "not a url at all %%%, ",
    "vk.com/wall-1, vkontakte"
  })
  void referrers_areClassified(String referrer, String network) {
    assertThat(C.classify(referrer).orElse(null)).isEqualTo(network);
  }

  @Test
  void networkIds_matchTheBuiltInPlatformIds() {
    for (String id :
        new String[] {
          "facebook",
          "instagram",
          "x",
          "youtube",
          "vkontakte",
          "odnoklassniki",
          "telegram",
          "tiktok",
          "linkedin",
          "pinterest",
          "tumblr",
          "snapchat"
        }) {
      assertThat(Platform.builtIn(id)).as(id).isPresent();
    }
  }

  @Test
  void utmSources_andAliases_andBlankInput() {
    assertThat(C.classifyUtm("vk")).contains("vkontakte");
    assertThat(C.classifyUtm("Facebook")).contains("facebook");
    assertThat(C.classifyUtm("t.me")).contains("telegram");
    assertThat(C.classifyUtm("newsletter")).isEmpty();
    assertThat(C.classifyUtm(" ")).isEmpty();
    assertThat(C.classify("")).isEmpty();
  }

  @Test
  void classifier_isExtensible_andValidatesItsInput() {
    ReferrerClassifier mine = C.with("vc.ru", "vcru");
    assertThat(mine.classify("https://vc.ru/marketing/1")).contains("vcru");
    assertThat(C.classify("https://vc.ru/marketing/1")).isEmpty();
    assertThatThrownBy(() -> C.with(" ", "x"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ReferrerClassifier.host: must not be blank (was \" \")");
    assertThatThrownBy(() -> C.with("a.b", ""))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ReferrerClassifier.network: must not be blank (was \"\")");
  }

  @Test
  void socialShareOfSessions_perNetwork_andMerge() {
    SocialTraffic a = new SocialTraffic(C);
    a.addReferrer("https://vk.com/wall-1");
    a.addReferrer("https://www.google.com/");
    a.addReferrer("");
    SocialTraffic b = new SocialTraffic(C);
    assertThat(b.add("vk", "https://www.google.com/")).contains("vkontakte");
    assertThat(b.add("", "https://t.me/x")).contains("telegram");
    a.merge(b);
    assertThat(a.sessions()).isEqualTo(5);
    assertThat(a.sessionsByNetwork()).isEqualTo(Map.of("vkontakte", 2L, "telegram", 1L));
    assertThat(a.socialShare()).isEqualTo(Rate.of(3, 5));
    assertThat(a.share("vkontakte")).isEqualTo(Rate.of(2, 5));
    assertThat(a.share("pinterest")).isEqualTo(Rate.of(0, 5));
    assertThat(new SocialTraffic(C).socialShare().isDefined()).isFalse();
    assertThatThrownBy(() -> a.share(""))
        .isInstanceOf(ValidationException.class)
        .hasMessage("SocialTraffic.network: must not be blank (was \"\")");
  }
}
