package dev.smmkit.metrics.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Defects found in the review of the smm-metrics public API; each test reproduces one. */
class ReviewFindingsTest {

  @Test
  void sessionsByNetwork_isSortedByNetworkId_asDocumented() {
    SocialTraffic t = new SocialTraffic(ReferrerClassifier.defaults());
    List<String> referrers =
        List.of(
            "https://www.youtube.com/",
            "https://vk.com/",
            "https://t.me/x",
            "https://ok.ru/",
            "https://www.instagram.com/",
            "https://facebook.com/",
            "https://x.com/",
            "https://www.linkedin.com/",
            "https://www.reddit.com/",
            "https://www.pinterest.com/");
    referrers.forEach(t::addReferrer);
    assertThat(t.sessionsByNetwork()).hasSize(10);
    assertThat(List.copyOf(t.sessionsByNetwork().keySet())).isSorted();
  }

  @Test
  void with_aWwwHost_isMatched() {
    // lookups drop a leading "www.", so a host added with it was never found
    ReferrerClassifier c = ReferrerClassifier.defaults().with("www.vc.ru", "vcru");
    assertThat(c.classify("https://www.vc.ru/marketing/1")).contains("vcru");
    assertThat(c.classify("https://vc.ru/marketing/1")).contains("vcru");
  }

  @Test
  void constructor_nullClassifier_failsAtOnceNamingIt() {
    assertThatThrownBy(() -> new SocialTraffic(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("classifier");
  }
}
