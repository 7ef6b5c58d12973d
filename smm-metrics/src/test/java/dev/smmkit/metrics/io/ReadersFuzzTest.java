package dev.smmkit.metrics.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets for the readers, one per format: hostile bytes, decoded as UTF-8 the lenient way a
 * caller's reader does (bad bytes become U+FFFD), are read in both error modes.
 *
 * <p>The contract checked: {@link ErrorMode#COLLECT} returns normally, whatever the input, with
 * every problem fully described; {@link ErrorMode#FAIL_FAST} throws {@link DataFormatException}
 * carrying exactly the first problem that {@code COLLECT} reports, and returns the same rows when
 * there is none. Any other exception or error is a bug. In a plain build each target replays its
 * committed corpus under {@code src/test/resources/dev/smmkit/metrics/io/ReadersFuzzTestInputs};
 * {@code scripts/fuzz.sh} fuzzes them (see {@code docs/fuzzing.md}).
 */
class ReadersFuzzTest {
  /** Reads one input in a given error mode. */
  @FunctionalInterface
  private interface Read {
    ReadResult<?> read(Reader in, String source, ErrorMode mode);
  }

  @FuzzTest(maxDuration = "10m")
  void postsCsv(byte[] data) {
    check(data, PostsCsvReader::read);
  }

  @FuzzTest(maxDuration = "10m")
  void postsJson(byte[] data) {
    check(data, PostsJsonReader::read);
  }

  @FuzzTest(maxDuration = "10m")
  void uciFacebook(byte[] data) {
    check(data, UciFacebookReader::read);
  }

  @FuzzTest(maxDuration = "10m")
  void instagramInsights(byte[] data) {
    check(data, InstagramInsightsReader::read);
  }

  private static void check(byte[] data, Read reader) {
    String text = new String(data, StandardCharsets.UTF_8);
    ReadResult<?> collected = reader.read(new StringReader(text), "fuzz", ErrorMode.COLLECT);
    for (RowProblem p : collected.problems()) {
      assertThat(p.rule()).isNotBlank();
      assertThat(p.message()).isNotBlank();
      assertThat(p.row()).isNotNegative();
      assertThat(p.line()).isNotNegative();
      assertThat(p.toString()).contains(p.message());
    }
    ReadResult<?> failFast;
    try {
      failFast = reader.read(new StringReader(text), "fuzz", ErrorMode.FAIL_FAST);
    } catch (DataFormatException e) {
      assertThat(collected.problems()).isNotEmpty();
      assertThat(e.problem()).isEqualTo(collected.problems().get(0));
      return;
    }
    assertThat(collected.problems()).isEmpty();
    assertThat(failFast.rows()).isEqualTo(collected.rows());
  }
}
