package dev.smmkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.smmkit.core.AgeRange;
import dev.smmkit.core.Campaign;
import dev.smmkit.core.Community;
import dev.smmkit.core.ContentLimits;
import dev.smmkit.core.ContentPiece;
import dev.smmkit.core.CostModel;
import dev.smmkit.core.Demographics;
import dev.smmkit.core.Goal;
import dev.smmkit.core.ImageSize;
import dev.smmkit.core.Media;
import dev.smmkit.core.Money;
import dev.smmkit.core.Persona;
import dev.smmkit.core.Platform;
import dev.smmkit.core.PromotionMethod;
import dev.smmkit.core.QueryCluster;
import dev.smmkit.core.SemanticCore;
import dev.smmkit.core.ValidationException;
import dev.smmkit.core.Violation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzz target for the JSON binding: hostile bytes are read as each public domain type, through
 * SMMKit's own API only ({@link SmmJson#read}, {@link SmmJson#write}), so the target does not
 * depend on the JSON library underneath.
 *
 * <p>The contract checked: reading returns a value or throws {@link ValidationException} (with at
 * least one violation, each with a path, rule and message) or {@link JsonInputException}; a value
 * read writes back to JSON that reads as an equal value and writes to the same text (the binding is
 * lossless). Any other exception or error is a bug. In a plain build the target replays its
 * committed corpus under {@code src/test/resources/dev/smmkit/core/json/SmmJsonFuzzTestInputs};
 * {@code scripts/fuzz.sh} fuzzes it (see {@code docs/fuzzing.md}).
 */
class SmmJsonFuzzTest {
  private static final SmmJson JSON = SmmJson.defaults();

  /** Every public type of smm-core that {@link SmmJson} reads. */
  private static final List<Class<?>> TYPES =
      List.of(
          Campaign.class,
          Persona.class,
          SemanticCore.class,
          QueryCluster.class,
          Community.class,
          ContentPiece.class,
          Media.class,
          PromotionMethod.class,
          CostModel.class,
          Goal.class,
          Money.class,
          Platform.class,
          ContentLimits.class,
          ImageSize.class,
          Demographics.class,
          AgeRange.class);

  @FuzzTest(maxDuration = "10m")
  void readEachType(byte[] data) {
    for (Class<?> type : TYPES) {
      check(type, data);
    }
    // The text path (a String, as a caller decoded it) parses differently from the byte path.
    check(Campaign.class, new String(data, StandardCharsets.UTF_8));
  }

  private static void check(Class<?> type, Object input) {
    Object value;
    try {
      value =
          input instanceof byte[] bytes
              ? JSON.read(new ByteArrayInputStream(bytes), type)
              : JSON.read((String) input, type);
    } catch (ValidationException e) {
      assertThat(e.violations()).isNotEmpty();
      for (Violation v : e.violations()) {
        assertThat(v.path()).isNotBlank();
        assertThat(v.rule()).isNotBlank();
        assertThat(v.message()).isNotBlank();
      }
      return;
    } catch (JsonInputException e) {
      assertThat(e.getMessage()).startsWith("JSON");
      return;
    }
    assertThat(value).isInstanceOf(type);
    String written = JSON.write(value);
    Object back = JSON.read(written, type);
    assertThat(back).isEqualTo(value);
    assertThat(JSON.write(back)).isEqualTo(written);
  }
}
