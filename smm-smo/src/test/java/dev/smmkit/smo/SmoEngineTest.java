package dev.smmkit.smo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smmkit.core.ValidationException;
import java.net.URI;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SmoEngineTest {
  static final Page PAGE =
      Page.parse(
          "<html><head><title>A page title of fair length</title></head></html>",
          URI.create("https://example.com/a"));

  /** A test rule with a fixed outcome. */
  record Fixed(String id, Category category, double defaultWeight, Outcome outcome)
      implements PageRule {
    @Override
    public Outcome check(Page page, Parameters parameters) {
      return outcome;
    }
  }

  /** A rule that always throws. */
  record Throwing(String id) implements PageRule {
    @Override
    public Category category() {
      return Category.MASHUP;
    }

    @Override
    public double defaultWeight() {
      return 1;
    }

    @Override
    public Outcome check(Page page, Parameters parameters) {
      throw new IllegalStateException("boom");
    }
  }

  @Test
  void defaults_loadTheBuiltInRulesThroughTheServiceLoader() {
    SmoEngine engine = SmoEngine.defaults();
    assertThat(engine.rules().stream().filter(r -> r instanceof PageRule).count())
        .isGreaterThanOrEqualTo(30);
    assertThat(engine.rules().stream().filter(r -> r instanceof ContentRule).count())
        .isGreaterThanOrEqualTo(10);
    assertThat(engine.rules()).extracting(SmoRule::id).doesNotHaveDuplicates();
    assertThat(engine.profile().name()).isEqualTo("global");
  }

  @Test
  void score_isTheWeightedShareOfPointsKept() {
    SmoEngine engine =
        SmoEngine.builder()
            .rule(new Fixed("a.pass", Category.MASHUP, 1, Outcome.pass("ok")))
            .rule(new Fixed("b.fail", Category.LINKABILITY, 3, Outcome.fail("missing")))
            .rule(new Fixed("c.warn", Category.LINKABILITY, 2, Outcome.warn(0.5, "half")))
            .rule(new Fixed("d.na", Category.DISCUSSION, 5, Outcome.notApplicable("no comments")))
            .build();
    SmoReport r = engine.audit(PAGE);
    // (1 x 1 + 3 x 0 + 2 x 0.5) / (1 + 3 + 2) = 2 / 6
    assertThat(r.exactScore()).isCloseTo(100.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(r.score()).isEqualTo(33);
    assertThat(r.findings())
        .extracting(Finding::ruleId)
        .containsExactly("b.fail", "c.warn", "a.pass", "d.na");
    assertThat(r.findings().get(0).pointsLost())
        .isCloseTo(50.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(r.topFixes(3)).extracting(Finding::ruleId).containsExactly("b.fail", "c.warn");
    assertThat(r.gain(3)).isCloseTo(100 - 100.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(r.categoryScores()).containsOnlyKeys(Category.MASHUP, Category.LINKABILITY);
    assertThat(r.categoryScores().get(Category.LINKABILITY)).isEqualTo(20.0);
    assertThat(r.toText()).contains("Fix these 2 first: +66.7 points");
  }

  @Test
  void noApplicableRule_scores100() {
    SmoReport r =
        SmoEngine.builder()
            .rule(new Fixed("only.na", Category.MASHUP, 1, Outcome.notApplicable("n/a")))
            .build()
            .audit(PAGE);
    assertThat(r.score()).isEqualTo(100);
    assertThat(r.topFixes(3)).isEmpty();
  }

  @Test
  void duplicateIds_areRejectedWhenTheEngineIsBuilt() {
    SmoEngine.Builder b =
        SmoEngine.builder()
            .loadRules()
            .rule(new Fixed("og.image", Category.MASHUP, 1, Outcome.pass("")));
    assertThatThrownBy(b::build)
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith(
            "SmoEngine.rules.og.image: a rule with this id is already registered");
  }

  @Test
  void aRuleThatThrows_becomesAnErrorFinding_andTheOthersStillRun() {
    SmoReport r =
        SmoEngine.builder()
            .rule(new Throwing("bad.rule"))
            .rule(new Fixed("good.rule", Category.MASHUP, 1, Outcome.pass("ok")))
            .build()
            .audit(PAGE);
    assertThat(r.finding("bad.rule").orElseThrow().status()).isEqualTo(Status.ERROR);
    assertThat(r.finding("bad.rule").orElseThrow().message())
        .isEqualTo("The rule bad.rule failed: IllegalStateException: boom");
    assertThat(r.finding("good.rule").orElseThrow().status()).isEqualTo(Status.PASS);
    assertThat(r.score()).isEqualTo(100);
    assertThat(r.isPartial()).isTrue();
    assertThat(r.notes()).containsExactly("rule bad.rule failed: IllegalStateException: boom");
  }

  @Test
  void pageTextThatLooksLikeAPlaceholder_staysLiteral_andFindingsAreBounded() {
    String title = "{evidence}".repeat(20_000);
    Page page = Page.parse("<title>" + title + "</title>", URI.create("https://example.com/"));
    Finding f = SmoEngine.defaults().audit(page).finding("title.present").orElseThrow();
    assertThat(f.message()).startsWith("The page has a share title: {evidence}{evidence}");
    assertThat(f.message().length()).isLessThan(400);
    assertThat(f.evidence().length()).isLessThanOrEqualTo(300);
  }

  /** A rule with a broken contract: no category. */
  record NoCategory(String id) implements PageRule {
    @Override
    public Category category() {
      return null;
    }

    @Override
    public double defaultWeight() {
      return 1;
    }

    @Override
    public Outcome check(Page page, Parameters parameters) {
      return Outcome.pass("");
    }
  }

  /** A rule whose bundle is missing. */
  record NoBundle(String id) implements PageRule {
    @Override
    public Category category() {
      return Category.MASHUP;
    }

    @Override
    public double defaultWeight() {
      return 1;
    }

    @Override
    public java.util.ResourceBundle messages(Locale locale) {
      return null;
    }

    @Override
    public Outcome check(Page page, Parameters parameters) {
      return Outcome.fail("missing");
    }
  }

  @Test
  void brokenCustomRules_areRefusedOrFallBack() {
    assertThatThrownBy(() -> SmoEngine.builder().rule(new NoCategory("no.category")))
        .isInstanceOf(ValidationException.class)
        .hasMessage("SmoEngine.rules.no.category.category: must not be null (was null)");
    Finding f =
        SmoEngine.builder()
            .rule(new NoBundle("no.bundle"))
            .build()
            .audit(PAGE)
            .finding("no.bundle")
            .orElseThrow();
    assertThat(f.message()).isEqualTo("no.bundle: missing");
  }

  @Test
  void rulesCanBeRemovedAndAdded() {
    SmoEngine engine =
        SmoEngine.builder()
            .loadRules()
            .removeRule("og.image")
            .rule(new Fixed("my.rule", Category.MASHUP, 1, Outcome.pass("x")))
            .build();
    SmoReport r = engine.audit(PAGE);
    assertThat(r.finding("og.image")).isEmpty();
    assertThat(r.finding("my.rule")).isPresent();
  }

  @Test
  void badRuleIdsAndWeights_areRejected() {
    assertThatThrownBy(
            () ->
                SmoEngine.builder().rule(new Fixed("Bad Id", Category.MASHUP, 1, Outcome.pass(""))))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("SmoEngine.rules: must be lower-case words separated by dots");
    assertThatThrownBy(
            () ->
                SmoEngine.builder()
                    .rule(new Fixed("neg.weight", Category.MASHUP, -1, Outcome.pass(""))))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith(
            "SmoEngine.rules.neg.weight.defaultWeight: must be a finite number >= 0 (was -1.0)");
  }

  @Test
  void profileParameters_areRangeCheckedAgainstTheRules() {
    ScoringProfile p =
        ScoringProfile.builder("strict")
            .parameter("title.length", "max", 5000)
            .parameter("title.length", "colour", 1)
            .build();
    assertThatThrownBy(() -> SmoEngine.defaults().withProfile(p))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(
            "ScoringProfile[strict].parameters.title.length.max: must be between 10.0 and 300.0 (was 5000.0)")
        .hasMessageContaining(
            "ScoringProfile[strict].parameters.title.length.colour: rule title.length has no such parameter");
  }

  @Test
  void profileParameters_changeTheOutcome() {
    Page p =
        Page.parse(
            "<title>A title of thirty characters!!</title>", URI.create("https://example.com/"));
    assertThat(SmoEngine.defaults().audit(p).finding("title.length").orElseThrow().status())
        .isEqualTo(Status.PASS);
    ScoringProfile tight =
        ScoringProfile.builder("tight").parameter("title.length", "max", 20).build();
    Finding f =
        SmoEngine.defaults().withProfile(tight).audit(p).finding("title.length").orElseThrow();
    assertThat(f.status()).isEqualTo(Status.WARN);
    assertThat(f.message()).isEqualTo("Title is 30 characters; networks show 15-20 well");
  }

  @Test
  void weightZero_switchesARuleOff() {
    ScoringProfile off = ScoringProfile.builder("off").weight("og.image", 0).build();
    assertThat(SmoEngine.defaults().withProfile(off).audit(PAGE).finding("og.image")).isEmpty();
  }

  @Test
  void messages_inRussianAndVietnamese() {
    SmoReport ru = SmoEngine.defaults().withLocale(Locale.forLanguageTag("ru")).audit(PAGE);
    SmoReport vi = SmoEngine.defaults().withLocale(Locale.forLanguageTag("vi")).audit(PAGE);
    SmoReport de = SmoEngine.defaults().withLocale(Locale.GERMAN).audit(PAGE);
    String en = SmoEngine.defaults().audit(PAGE).finding("og.image").orElseThrow().message();
    assertThat(ru.finding("og.image").orElseThrow().message())
        .isNotEqualTo(en)
        .containsPattern("\\p{IsCyrillic}");
    assertThat(vi.finding("og.image").orElseThrow().message()).isNotEqualTo(en);
    assertThat(de.finding("og.image").orElseThrow().message()).isEqualTo(en);
    assertThat(ru.toText()).containsPattern("\\p{IsCyrillic}");
  }

  @Test
  void oneEngineAndOnePage_sharedByManyThreads_giveTheSameReport() throws Exception {
    SmoEngine engine = SmoEngine.defaults();
    Page page =
        Page.parse(
            "<html lang=ru><head><title>Обои для детской комнаты</title>"
                + "<meta property=og:image content=/a.jpg><script type=application/ld+json>"
                + "{\"@type\":\"Article\",\"headline\":\"H\"}</script></head><body>"
                + "<a href=\"https://vk.com/share.php?url=x\">VK</a><form id=commentform>"
                + "<textarea name=comment></textarea></form></body></html>",
            URI.create("https://oboi.example.ru/blog/post"));
    String expected = engine.audit(page).toJson();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 64; i++) {
        // A fresh page each time too, so that lazily computed facts race.
        Page fresh = i % 2 == 0 ? page : Page.parse(page.document().outerHtml(), page.url());
        results.add(pool.submit(() -> engine.audit(fresh).toJson()));
      }
      for (java.util.concurrent.Future<String> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void report_asJson_isStableAndComplete() {
    SmoReport r = SmoEngine.defaults().audit(PAGE);
    String json = r.toJson();
    assertThat(json).isEqualTo(SmoEngine.defaults().audit(PAGE).toJson());
    assertThat(json)
        .contains("\"subject\" : \"https://example.com/a\"")
        .contains("\"profile\" : \"global\"")
        .contains("\"ruleId\" : \"og.image\"")
        .contains("\"title\" : {")
        .contains("\"source\" : \"title\"");
    assertThat(r.toString()).startsWith("SmoReport[https://example.com/a, score ");
  }
}
