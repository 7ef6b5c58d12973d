package dev.smmkit.smo;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.smmkit.core.ValidationException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzz targets for the HTML boundary: hostile bytes as a page, audited by the default engine, and
 * read for their share metadata.
 *
 * <p>The contract checked: parsing returns a page or throws {@link SmoInputException} (empty or
 * binary input); no rule fails on any page (a rule that throws is turned into an {@link
 * Status#ERROR} finding by the engine, so such a finding is a bug of that rule); the score and the
 * category scores lie in 0..100; the report renders as text and JSON. Any other exception or error
 * is a bug. In a plain build each target replays its own inputs under {@code
 * src/test/resources/dev/smmkit/smo/PageFuzzTestInputs}, and {@link
 * #realPages_meetBothContracts(String)} runs both contracts over the 46 real pages of {@code
 * social-meta} (which {@code scripts/fuzz.sh} also gives the fuzzer as seeds); {@code
 * scripts/fuzz.sh} fuzzes them (see {@code docs/fuzzing.md}).
 */
class PageFuzzTest {
  private static final URI URL = URI.create("https://example.com/blog/post?id=1");
  private static final SmoEngine ENGINE = SmoEngine.defaults();

  /** Tight bounds, so that the fuzzer reaches every limit with small inputs. */
  private static final PageLimits TIGHT = new PageLimits(64 * 1024, 4, 2048);

  @FuzzTest(maxDuration = "10m")
  void audit(byte[] data) {
    auditContract(data);
  }

  @FuzzTest(maxDuration = "10m")
  void shareMetadata(byte[] data) {
    shareMetadataContract(data);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.smmkit.smo.FixtureAgreementTest#names")
  void realPages_meetBothContracts(String name) {
    byte[] page = FixtureAgreementTest.bytes(name + ".html");
    auditContract(page);
    shareMetadataContract(page);
  }

  private static void auditContract(byte[] data) {
    Page page;
    try {
      page = Page.parse(new String(data, StandardCharsets.UTF_8), URL);
    } catch (SmoInputException e) {
      return;
    }
    SmoReport report = ENGINE.audit(page);
    assertThat(report.findings())
        .allSatisfy(
            f ->
                assertThat(f.status())
                    .as(f.ruleId() + ": " + f.evidence())
                    .isNotEqualTo(Status.ERROR));
    assertThat(report.notes()).noneMatch(n -> n.startsWith("rule "));
    assertThat(report.exactScore()).isBetween(0.0, 100.0);
    assertThat(report.categoryScores().values())
        .allSatisfy(s -> assertThat(s).isBetween(0.0, 100.0));
    assertThat(report.toText()).isNotEmpty();
    assertThat(report.toJson()).isNotEmpty();
  }

  private static void shareMetadataContract(byte[] data) {
    Page page;
    try {
      page = Page.parse(data, URL, null, TIGHT);
    } catch (SmoInputException | ValidationException e) {
      return;
    }
    ShareMetadata metadata = page.metadata();
    for (Map.Entry<MetaField, MetaValue> e : metadata.asMap().entrySet()) {
      assertThat(metadata.value(e.getKey())).contains(e.getValue().value());
      assertThat(e.getValue().source()).isNotBlank();
    }
    assertThat(metadata.toString()).isNotNull();
    assertThat(page.charset()).isNotNull();
    assertThat(page.isPartial()).isEqualTo(!page.notes().isEmpty());
  }
}
