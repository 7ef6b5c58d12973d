package dev.smmkit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smmkit.core.Campaign;
import dev.smmkit.core.Demographics;
import dev.smmkit.core.Persona;
import dev.smmkit.core.ValidationException;
import dev.smmkit.core.json.SmmJson;
import dev.smmkit.metrics.Denominator;
import dev.smmkit.metrics.EngagementRate;
import dev.smmkit.metrics.InteractionSet;
import dev.smmkit.metrics.PostStats;
import dev.smmkit.metrics.reach.UniqueReach;
import dev.smmkit.metrics.traffic.ReferrerClassifier;
import dev.smmkit.smo.Finding;
import dev.smmkit.smo.Page;
import dev.smmkit.smo.PageRule;
import dev.smmkit.smo.ScoringProfile;
import dev.smmkit.smo.SmoEngine;
import dev.smmkit.smo.SmoReport;
import dev.smmkit.smo.Status;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * SMMKit on the module path: this test class is patched into the named module {@code
 * dev.smmkit.it}, the library jars are named modules, and every call below goes through their
 * module descriptors (exports, opens, uses/provides, resources), as in a modular application.
 */
class ModulePathIT {
  static final Locale RU = Locale.forLanguageTag("ru");

  @Test
  void everythingRunsAsNamedModules() {
    assertThat(ModulePathIT.class.getModule().getName()).isEqualTo("dev.smmkit.it");
    assertThat(Campaign.class.getModule().getName()).isEqualTo("dev.smmkit.core");
    assertThat(EngagementRate.class.getModule().getName()).isEqualTo("dev.smmkit.metrics");
    assertThat(SmoEngine.class.getModule().getName()).isEqualTo("dev.smmkit.smo");
  }

  @Test
  void onlyThePublicApiPackagesAreExported() {
    assertThat(exports(Campaign.class.getModule()))
        .containsExactlyInAnyOrder("dev.smmkit.core", "dev.smmkit.core.json");
    assertThat(exports(EngagementRate.class.getModule()))
        .containsExactlyInAnyOrder(
            "dev.smmkit.metrics",
            "dev.smmkit.metrics.io",
            "dev.smmkit.metrics.traffic",
            "dev.smmkit.metrics.reach",
            "dev.smmkit.metrics.virality");
    assertThat(exports(SmoEngine.class.getModule()))
        .containsExactlyInAnyOrder("dev.smmkit.smo", "dev.smmkit.smo.fetch");
    for (Module m :
        List.of(
            Campaign.class.getModule(),
            EngagementRate.class.getModule(),
            SmoEngine.class.getModule())) {
      List<String> internal =
          m.getPackages().stream().filter(p -> p.endsWith(".internal")).toList();
      assertThat(internal).as(m.getName() + " has internal packages").isNotEmpty();
      internal.forEach(
          p -> assertThat(m.isExported(p, ModulePathIT.class.getModule())).as(p).isFalse());
    }
  }

  static Set<String> exports(Module m) {
    return m.getDescriptor().exports().stream()
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
  }

  @Test
  void core_validatesInRussian_andWritesAndReadsJson() {
    // Hibernate Validator reads the fields through the module's opens clause, and the Russian
    // messages come from smm-core's own resources.
    assertThatThrownBy(() -> Campaign.builder().build(RU))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .isNotEmpty()
                    .allSatisfy(v -> assertThat(v.message()).containsPattern("\\p{IsCyrillic}")));
    Persona persona =
        Persona.builder()
            .name("Young couple")
            .demographics(Demographics.ages(22, 32))
            .desires(List.of("a stylish flat on a small budget"))
            .pains(List.of("the landlord forbids painting walls"))
            .build();
    String json = SmmJson.defaults().write(persona);
    assertThat(SmmJson.defaults().read(json, Persona.class)).isEqualTo(persona);
  }

  @Test
  void metrics_computeAndLoadTheirResources() {
    PostStats post = PostStats.builder().likes(79).comments(4).shares(17).reach(2752).build();
    assertThat(
            EngagementRate.of(post, InteractionSet.LIKES_COMMENTS_SHARES, Denominator.REACH)
                .toString())
        .isEqualTo("3.633721 % (100/2752)");
    // DataSketches, an automatic module, is used past the exact threshold.
    UniqueReach reach = UniqueReach.create();
    for (long id = 0; id < 200_000; id++) {
      reach.add(id);
    }
    assertThat(reach.isExact()).isFalse();
    assertThat(reach.estimate().estimate()).isBetween(190_000.0, 210_000.0);
    // Serialising a sketch needs no JVM option (failsafe passes none).
    UniqueReach back = UniqueReach.fromBytes(reach.toBytes());
    assertThat(back.estimate()).isEqualTo(reach.estimate());
    assertThat(ReferrerClassifier.defaults().classify("https://vk.com/wall-1_2")).isPresent();
  }

  @Test
  void smo_findsBuiltInAndThirdPartyRulesThroughTheServiceLoader() {
    SmoEngine engine = SmoEngine.defaults();
    assertThat(engine.rules().stream().filter(r -> r instanceof PageRule).count())
        .isGreaterThanOrEqualTo(31);
    assertThat(engine.rules()).anyMatch(r -> r.id().equals(GeneratorRules.ID));
  }

  @Test
  void smo_auditsInRussian_withProfilesAndMessagesFromTheirModules() {
    Page page =
        Page.parse(
            "<html lang=ru><head><title>Обои для детской</title>"
                + "<meta name=generator content=Hugo></head><body><h1>Обои</h1></body></html>",
            URI.create("https://oboi.example.ru/blog/oboi"));
    SmoReport report =
        SmoEngine.defaults()
            .withProfile(ScoringProfile.builtIn("ru-market"))
            .withLocale(RU)
            .audit(page);
    assertThat(report.profile()).isEqualTo("ru-market");
    assertThat(report.score()).isBetween(0, 100);
    assertThat(report.topFixes(1).get(0).advice()).containsPattern("\\p{IsCyrillic}");
    Finding ours = report.finding(GeneratorRules.ID).orElseThrow();
    assertThat(ours.status()).isEqualTo(Status.PASS);
    assertThat(ours.message()).isEqualTo("Генератор: Hugo");
    assertThat(report.toJson()).contains("\"" + GeneratorRules.ID + "\"");
  }
}
