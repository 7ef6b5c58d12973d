package dev.smmkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smmkit.core.Campaign;
import dev.smmkit.core.ValidationException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SmmJsonConcurrencyTest {
  @Test
  void sharedInstances_inTwoLocales_readWriteAndReportInTheirOwnLocale_fromManyThreads()
      throws Exception {
    String sample;
    try (InputStream in = getClass().getResourceAsStream("wallpaper-campaign.json")) {
      sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String noPains =
        sample.replace(
            "\"pains\" : [ \"the landlord forbids painting walls\" ]", "\"pains\" : [ ]");
    SmmJson english = SmmJson.defaults();
    SmmJson russian = SmmJson.builder().locale(Locale.forLanguageTag("ru")).build();
    Campaign expected = english.read(sample, Campaign.class);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        boolean ru = i % 2 == 0;
        boolean valid = i % 3 != 0;
        results.add(
            pool.submit(
                () -> {
                  SmmJson json = ru ? russian : english;
                  if (valid) {
                    Campaign c = json.read(sample, Campaign.class);
                    // the invariant: a round trip gives the same value and the same text
                    return c.equals(expected) && json.write(c).equals(sample) ? "ok" : "changed";
                  }
                  try {
                    json.read(noPains, Campaign.class);
                    return "accepted an invalid campaign";
                  } catch (ValidationException e) {
                    boolean inRussian = e.getMessage().contains("должна быть хотя бы одна боль");
                    boolean inEnglish = e.getMessage().contains("needs at least one pain");
                    return (ru ? inRussian && !inEnglish : inEnglish && !inRussian)
                        ? "ok"
                        : "wrong locale: " + e.getMessage();
                  }
                }));
      }
      for (Future<String> f : results) {
        assertThat(f.get()).isEqualTo("ok");
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
