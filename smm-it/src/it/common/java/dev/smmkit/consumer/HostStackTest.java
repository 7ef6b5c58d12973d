package dev.smmkit.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.smmkit.core.Campaign;
import dev.smmkit.core.ContentPiece;
import dev.smmkit.core.Money;
import dev.smmkit.core.Persona;
import dev.smmkit.core.Platform;
import dev.smmkit.core.PlaybookAdvisor;
import dev.smmkit.core.json.SmmJson;
import dev.smmkit.metrics.Denominator;
import dev.smmkit.metrics.EngagementAccumulator;
import dev.smmkit.metrics.EngagementRate;
import dev.smmkit.metrics.EngagementSummary;
import dev.smmkit.metrics.InteractionSet;
import dev.smmkit.metrics.MoneyMetrics;
import dev.smmkit.metrics.PostStats;
import dev.smmkit.metrics.reach.AudienceOverlap;
import dev.smmkit.metrics.reach.AudienceSketch;
import dev.smmkit.metrics.reach.UniqueReach;
import dev.smmkit.smo.Page;
import dev.smmkit.smo.ScoringProfile;
import dev.smmkit.smo.SmoEngine;
import dev.smmkit.smo.SmoReport;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * What a consumer of {@code smm-bom} does first, run on a host stack's own classpath (the consumer
 * POM imports the host's dependency set before {@code smm-bom}): JSON round trips of every domain
 * type, an SMO audit, metrics and a sketch round trip. It also checks that the host's versions of
 * the shared libraries are the ones loaded, so that the SDK's own choice can never win silently.
 * Expected versions come from the consumer POM ({@code expected.*} system properties).
 */
class HostStackTest {
  private static final Path GOLDEN = Path.of(System.getProperty("smmkit.golden.dir"));

  @Test
  void theHostsLibraryVersionsAreTheOnesLoaded() throws IOException {
    assertEquals(
        System.getProperty("expected.jackson"),
        com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString(),
        "jackson-databind loaded");
    assertEquals(
        System.getProperty("expected.jackson"),
        com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString(),
        "jackson-core loaded");
    assertEquals(
        System.getProperty("expected.hibernate.validator"),
        jarVersion(org.hibernate.validator.HibernateValidator.class),
        "hibernate-validator loaded");
    // The SDK carries its DataSketches relocated: the host's own copy (Spark's) or none at all.
    assertEquals(
        System.getProperty("expected.datasketches"), hostDataSketches(), "datasketches-java");
  }

  private static String hostDataSketches() throws IOException {
    try {
      return jarVersion(Class.forName("org.apache.datasketches.hll.HllSketch"));
    } catch (ClassNotFoundException e) {
      return "none";
    }
  }

  @Test
  void everyDomainType_roundTripsThroughJson() throws IOException {
    SmmJson json = SmmJson.defaults();
    roundTrip(json, "campaign-0.1.json", Campaign.class);
    roundTrip(json, "persona-0.1.json", Persona.class);
    roundTrip(json, "content-video-0.1.json", ContentPiece.class);
    roundTrip(json, "platform-custom-0.1.json", Platform.class);
    Money money = json.read("{\"amount\":\"12345678901234567.89\",\"currency\":\"RUB\"}", Money.class);
    assertEquals(Money.of("12345678901234567.89", "RUB"), money);
    Campaign campaign = json.read(golden("campaign-0.1.json"), Campaign.class);
    assertTrue(!PlaybookAdvisor.defaults().review(campaign).isEmpty(), "playbook advice");
  }

  @Test
  void anSmoAudit_andItsJson() throws IOException {
    Page page =
        Page.parse(
            "<html><head><title>Обои для детской</title>"
                + "<meta property=\"og:image\" content=\"https://oboi.example.ru/a.jpg\">"
                + "</head><body><h1>Обои</h1><p>Моющиеся обои.</p></body></html>",
            URI.create("https://oboi.example.ru/"));
    SmoReport report = SmoEngine.defaults().audit(page);
    assertTrue(report.score() >= 0 && report.score() <= 100, "score " + report.score());
    JsonNode tree = new ObjectMapper().readTree(report.toJson());
    assertEquals(report.score(), tree.get("score").asInt());
    ScoringProfile profile = ScoringProfile.builtIn("ru-market");
    assertEquals(profile, ScoringProfile.fromJson(profile.toJson()));
  }

  @Test
  void metrics_andSketches() {
    PostStats post = PostStats.builder().likes(79).comments(4).shares(17).reach(2752).build();
    assertEquals(
        "3.633721 % (100/2752)",
        EngagementRate.of(post, InteractionSet.LIKES_COMMENTS_SHARES, Denominator.REACH)
            .toString());
    EngagementSummary summary = new EngagementAccumulator().add(100, 2752).snapshot();
    assertEquals(summary, EngagementSummary.fromJson(summary.toJson()));
    assertEquals(
        Money.of("18.75", "RUB"),
        MoneyMetrics.costPerSubscriberGross(Money.of("15000.00", "RUB"), 800).orElseThrow());
    UniqueReach reach = UniqueReach.create();
    for (long id = 0; id < 200_000; id++) {
      reach.add(id);
    }
    assertEquals(reach.estimate(), UniqueReach.fromBytes(reach.toBytes()).estimate());
    // Theta sketches (audience overlap), through the SDK's relocated DataSketches.
    AudienceSketch a = AudienceSketch.create();
    AudienceSketch b = AudienceSketch.create();
    for (long id = 0; id < 100_000; id++) {
      a.add(id);
      b.add(id + 50_000);
    }
    AudienceSketch back = AudienceSketch.fromBytes(a.toBytes());
    assertEquals(a.estimate(), back.estimate());
    double overlap = AudienceOverlap.between(back, b).overlap().estimate();
    assertTrue(overlap > 45_000 && overlap < 55_000, "overlap " + overlap);
  }

  private static <T> void roundTrip(SmmJson json, String file, Class<T> type) throws IOException {
    String text = golden(file);
    T value = json.read(text, type);
    assertEquals(text, json.write(value) + "\n", file);
  }

  private static String golden(String file) throws IOException {
    return Files.readString(GOLDEN.resolve(file), StandardCharsets.UTF_8);
  }

  /** The version in the manifest of the jar a class was loaded from. */
  private static String jarVersion(Class<?> type) throws IOException {
    Path jar;
    try {
      jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
    try (JarFile f = new JarFile(jar.toFile())) {
      var main = f.getManifest().getMainAttributes();
      String v = main.getValue("Implementation-Version");
      if (v == null) {
        v = main.getValue("Bundle-Version");
      }
      return v == null ? jar.getFileName().toString() : v;
    }
  }
}
