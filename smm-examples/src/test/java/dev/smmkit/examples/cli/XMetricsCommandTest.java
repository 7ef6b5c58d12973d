package dev.smmkit.examples.cli;

import static dev.smmkit.examples.cli.SmmCommandTest.smm;
import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.smmkit.examples.cli.SmmCommandTest.Run;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code smm metrics} on a real X Analytics export: the platform's own figures come out. */
class XMetricsCommandTest {
  static final String NAME = "tweet_activity_metrics_LisaDeBruine_20211201_20220101_en.csv";

  @TempDir static Path dir;
  static Path export;
  static long engagements;
  static long impressions;
  static long larger;
  static long rows;

  @BeforeAll
  static void copyTheRealExport() throws IOException {
    export = dir.resolve(NAME);
    try (InputStream in =
        XMetricsCommandTest.class.getResourceAsStream("/dev/smmkit/examples/data/x/" + NAME)) {
      Files.copy(in, export, StandardCopyOption.REPLACE_EXISTING);
    }
    // The oracle: the platform's own columns, read by a plain CSV parser.
    List<String> parts =
        List.of(
            "retweets",
            "replies",
            "likes",
            "user profile clicks",
            "url clicks",
            "hashtag clicks",
            "detail expands",
            "permalink clicks",
            "app opens",
            "app installs",
            "follows",
            "email tweet",
            "dial phone",
            "media engagements");
    try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(export)) {
      for (NamedCsvRecord r : csv) {
        rows++;
        long e = number(r.getField("engagements"));
        engagements += e;
        impressions += number(r.getField("impressions"));
        long sum = 0;
        for (String p : parts) {
          sum += number(r.getField(p));
        }
        larger += e > sum ? 1 : 0;
      }
    }
  }

  static long number(String cell) {
    return new BigDecimal(cell).longValueExact();
  }

  @Test
  void xAnalyticsByImpressions_printsThePlatformsOwnRate() {
    Run r =
        smm(
            "metrics",
            export.toString(),
            "--interactions",
            "x-analytics",
            "--denominator",
            "impressions");
    assertThat(r.code()).as(r.err()).isZero();
    String expected = String.format(Locale.ROOT, "%.4f %%", 100.0 * engagements / impressions);
    assertThat(larger).as("the file has a total larger than its parts").isPositive();
    assertThat(r.out())
        .contains(String.format(Locale.ROOT, "%-14s %7d ", "all", rows))
        .contains(expected)
        .doesNotContain("problem")
        .contains(larger + (larger == 1 ? " note " : " notes ") + MetricsCommand.NOTES_NOTE)
        .contains("more than the sum of its published parts");
  }

  @Test
  void json_namesTheFormat_andTheRateIsTheFraction() {
    Run r =
        smm(
            "metrics",
            export.toString(),
            "--interactions",
            "x-analytics",
            "--denominator",
            "impressions",
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    // read without a JSON library, so that this test does not care which Jackson the SDK uses
    String out = r.out();
    assertThat(out).contains("\"format\":\"x-tweet-activity\"").contains("\"posts\":" + rows + ",");
    java.util.regex.Matcher rate =
        java.util.regex.Pattern.compile("\"rate\":([0-9.]+)").matcher(out);
    assertThat(rate.find()).isTrue();
    assertThat(Double.parseDouble(rate.group(1)))
        .isCloseTo((double) engagements / impressions, org.assertj.core.data.Offset.offset(1e-10));
    assertThat(out.split("\"rule\":\"TotalAboveParts\"", -1)).hasSize((int) larger + 1);
  }

  @Test
  void aSetTheFileCannotSum_isAnErrorNamingTheMissingKinds_neverASmallerSum() throws IOException {
    Path uci = dir.resolve("dataset_Facebook.csv");
    try (InputStream in =
        XMetricsCommandTest.class.getResourceAsStream(
            "/dev/smmkit/examples/data/dataset_Facebook.csv")) {
      Files.copy(in, uci, StandardCopyOption.REPLACE_EXISTING);
    }
    Run r =
        smm(
            "metrics",
            uci.toString(),
            "--interactions",
            "x-analytics",
            "--denominator",
            "impressions");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains(
            "--interactions x-analytics needs profile_click, url_click, hashtag_click,"
                + " detail_expand, permalink_click, app_open, app_install, follow, email, dial,"
                + " media_engagement, which this UCI Facebook metrics CSV does not have (it has"
                + " like, comment, share); a smaller sum is never given");
  }

  @Test
  void theDailyExport_isReadToo() throws IOException {
    Path daily = dir.resolve("daily.csv");
    Files.writeString(
        daily,
        String.join(",", dev.smmkit.metrics.io.XAnalyticsReader.DAILY_COLUMNS)
            + "\n2021-01-01,9,6703,262,0.039086975980904076,1,7,29,44,14,0,152,0,0,0,0,0,0,411,15"
            + ",-".repeat(18)
            + "\n");
    Run r =
        smm(
            "metrics",
            daily.toString(),
            "--interactions",
            "x-analytics",
            "--denominator",
            "impressions",
            "--by",
            "month");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("2021-01")
        .contains(String.format(Locale.ROOT, "%.4f %%", 100.0 * 262 / 6703));
  }

  @Test
  void theHtmlReport_listsTheNotes() throws IOException {
    Path html = dir.resolve("x.html");
    Run r =
        smm(
            "metrics",
            export.toString(),
            "--interactions",
            "x-analytics",
            "--denominator",
            "impressions",
            "--format",
            "html",
            "--output",
            html.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(html))
        .contains(larger + (larger == 1 ? " note " : " notes ") + MetricsCommand.NOTES_NOTE)
        .contains(String.format(Locale.ROOT, "%.4f %%", 100.0 * engagements / impressions));
  }

  @Test
  void aDenominatorTheFileLacks_suggestsOnlyThoseItHas() {
    Run r = smm("metrics", export.toString(), "--interactions", "x-analytics");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .contains(
            "the file has no reach column values to divide by; choose a --denominator it has"
                + " (impressions)");
  }
}
