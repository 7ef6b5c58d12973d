package dev.smmkit.metrics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.smmkit.metrics.Aggregation;
import dev.smmkit.metrics.Denominator;
import dev.smmkit.metrics.EngagementAccumulator;
import dev.smmkit.metrics.EngagementRate;
import dev.smmkit.metrics.EngagementSummary;
import dev.smmkit.metrics.InteractionSet;
import dev.smmkit.metrics.PostStats;
import dev.smmkit.metrics.Rate;
import dev.smmkit.metrics.ReachFrequency;
import dev.smmkit.metrics.Virality;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real UCI Facebook data, checked against expectations computed here independently. */
class UciFacebookReaderTest {
  private static Path file;
  private static List<String[]> raw;
  private static ReadResult<UciPost> result;

  @BeforeAll
  static void load() throws URISyntaxException, IOException {
    file = Path.of(UciFacebookReaderTest.class.getResource("/uci/dataset_Facebook.csv").toURI());
    // Independent path: split lines by hand, keep empty trailing cells.
    raw =
        Files.readAllLines(file, StandardCharsets.US_ASCII).stream()
            .skip(1)
            .map(l -> l.split(";", -1))
            .toList();
    result = UciFacebookReader.read(file, StandardCharsets.US_ASCII, ErrorMode.COLLECT);
  }

  private static long cell(String[] row, int i) {
    return row[i].isEmpty() ? 0 : Long.parseLong(row[i]);
  }

  @Test
  void everyRowIsKept_andTheFileHasCrlfLineEnds() throws IOException {
    assertThat(raw).hasSize(500);
    assertThat(result.rows()).hasSize(500);
    assertThat(new String(Files.readAllBytes(file), StandardCharsets.US_ASCII)).contains("\r\n");
  }

  @Test
  void theFiveMissingCells_andFourImpossibleRows_areReported() {
    assertThat(result.problems())
        .extracting(RowProblem::row, RowProblem::column, RowProblem::rule)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(112L, "like", "Missing"),
            org.assertj.core.groups.Tuple.tuple(112L, "share", "Missing"),
            org.assertj.core.groups.Tuple.tuple(121L, "share", "Missing"),
            org.assertj.core.groups.Tuple.tuple(125L, "share", "Missing"),
            org.assertj.core.groups.Tuple.tuple(165L, "share", "Missing"),
            org.assertj.core.groups.Tuple.tuple(500L, "Paid", "Missing"),
            org.assertj.core.groups.Tuple.tuple(
                477L, "Lifetime Post Total Reach", "ReachAtMostImpressions"),
            org.assertj.core.groups.Tuple.tuple(
                478L, "Lifetime Post Total Reach", "ReachAtMostImpressions"),
            org.assertj.core.groups.Tuple.tuple(
                483L, "Lifetime Post Total Reach", "ReachAtMostImpressions"),
            org.assertj.core.groups.Tuple.tuple(
                493L, "Lifetime Post Total Reach", "ReachAtMostImpressions"));
    UciPost r477 = result.rows().get(476);
    assertThat(r477.impossible()).isTrue();
    RowProblem p = result.problems().stream().filter(x -> x.row() == 477).findFirst().orElseThrow();
    assertThat(p.value()).isEqualTo(String.valueOf(r477.reach()));
    assertThat(p.message())
        .isEqualTo("is impossible: reach exceeds impressions (" + r477.impressions() + ")");
    assertThat(p.line()).isEqualTo(478);
    assertThat(p.toString())
        .startsWith("row 477 (line 478), column Lifetime Post Total Reach: is impossible");
    assertThat(result.rows().get(111).missing()).containsExactlyInAnyOrder("like", "share");
    assertThatThrownBy(r477::toPostStats)
        .isInstanceOf(dev.smmkit.core.ValidationException.class)
        .hasMessageStartingWith(
            "PostStats.reach: is impossible: reach must not exceed impressions");
  }

  @Test
  void failFast_stopsAtTheFirstProblem_namingRowColumnAndValue() {
    assertThatThrownBy(
            () -> UciFacebookReader.read(file, StandardCharsets.US_ASCII, ErrorMode.FAIL_FAST))
        .isInstanceOf(DataFormatException.class)
        .hasMessage(
            "dataset_Facebook.csv: row 112 (line 113), column like: missing value, read as 0 (was \"\")")
        .satisfies(e -> assertThat(((DataFormatException) e).problem().column()).isEqualTo("like"));
  }

  @Test
  void row1_referenceFigures() {
    PostStats p = result.rows().get(0).toPostStats();
    InteractionSet lcs = InteractionSet.LIKES_COMMENTS_SHARES;
    assertThat(p.engagements(lcs)).isEqualTo(100);
    assertThat(EngagementRate.of(p, lcs, Denominator.REACH).percent().getAsDouble())
        .isCloseTo(3.633721, within(5e-7));
    assertThat(EngagementRate.of(p, lcs, Denominator.IMPRESSIONS).percent().getAsDouble())
        .isCloseTo(1.964251, within(5e-7));
    assertThat(EngagementRate.of(p, lcs, Denominator.FOLLOWERS).percent().getAsDouble())
        .isCloseTo(0.071715, within(5e-7));
    assertThat(ReachFrequency.frequency(5091, 2752).fraction().getAsDouble())
        .isCloseTo(1.849927, within(5e-7));
    assertThat(
            Virality.rateByImpressions(p.count(dev.smmkit.metrics.Interaction.SHARE), 5091)
                .percent()
                .getAsDouble())
        .isCloseTo(0.333923, within(5e-7));
  }

  @Test
  void totalInteractions_equalsTheSumOfItsPresentParts() {
    for (UciPost post : result.rows()) {
      assertThat(post.totalInteractions())
          .as("row %d", post.row())
          .isEqualTo(post.comments() + post.likes() + post.shares());
    }
  }

  @Test
  void aggregation_ratioOfSums_vs_meanOfRates_differBy1point6x() {
    // Independent expectation from the raw cells (missing parts as 0).
    long sumE = 0;
    long sumReach = 0;
    double sumRates = 0;
    for (String[] r : raw) {
      long e = cell(r, 15) + cell(r, 16) + cell(r, 17);
      long reach = cell(r, 7);
      sumE += e;
      sumReach += reach;
      sumRates += (double) e / reach;
    }
    EngagementAccumulator acc = new EngagementAccumulator();
    for (UciPost post : result.rows()) {
      acc.add(post.comments() + post.likes() + post.shares(), post.reach());
    }
    EngagementSummary s = acc.snapshot();
    assertThat(s.ratioOfSums()).isEqualTo(Rate.of(sumE, sumReach));
    assertThat(s.value(Aggregation.RATIO_OF_SUMS).getAsDouble()).isCloseTo(0.0153, within(5e-5));
    assertThat(s.meanOfRates().getAsDouble()).isCloseTo(sumRates / 500, within(1e-9));
    assertThat(s.value(Aggregation.MEAN_OF_RATES).getAsDouble()).isCloseTo(0.0241, within(5e-5));
    assertThat(s.meanOfRates().getAsDouble() / s.ratioOfSums().fraction().getAsDouble())
        .isCloseTo(1.6, within(0.05));
  }

  @Test
  void perType_engagementByImpressions_matchesAnIndependentGroupBy() {
    Map<String, long[]> expected = new TreeMap<>();
    for (String[] r : raw) {
      long[] sums = expected.computeIfAbsent(r[1], k -> new long[2]);
      sums[0] += cell(r, 15) + cell(r, 16) + cell(r, 17);
      sums[1] += cell(r, 8);
    }
    Map<String, EngagementAccumulator> byType = new HashMap<>();
    for (UciPost post : result.rows()) {
      byType
          .computeIfAbsent(post.type(), k -> new EngagementAccumulator())
          .add(post.comments() + post.likes() + post.shares(), post.impressions());
    }
    assertThat(byType.keySet()).containsExactlyInAnyOrder("Photo", "Status", "Link", "Video");
    expected.forEach(
        (type, sums) ->
            assertThat(byType.get(type).snapshot().ratioOfSums())
                .as(type)
                .isEqualTo(Rate.of(sums[0], sums[1])));
  }

  @Test
  void badCells_areReportedWithValue_andOtherRowsKept() {
    String header = String.join(";", UciFacebookReader.COLUMNS);
    String good = "139441;Photo;2;12;4;3;0;2752;5091;178;109;159;3078;1640;119;4;79;17;100";
    String badNumber = "139441;Photo;2;12;4;3;0;27x2;5091;178;109;159;3078;1640;119;4;79;17;100";
    String negative = "139441;Photo;2;12;4;3;0;2752;5091;178;109;159;3078;1640;119;-4;79;17;100";
    String shortRow = "139441;Photo;2";
    String csv = String.join("\r\n", header, good, badNumber, negative, shortRow, good) + "\r\n";
    ReadResult<UciPost> r =
        UciFacebookReader.read(new StringReader(csv), "mine.csv", ErrorMode.COLLECT);
    assertThat(r.rows()).extracting(UciPost::row).containsExactly(1, 5);
    assertThat(r.problems())
        .extracting(RowProblem::row, RowProblem::column, RowProblem::value, RowProblem::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "Lifetime Post Total Reach", "27x2", "Number"),
            org.assertj.core.groups.Tuple.tuple(3L, "comment", "-4", "Negative"),
            org.assertj.core.groups.Tuple.tuple(4L, "(row)", "139441;Photo;2", "FieldCount"));
  }

  private static final String HEADER = String.join(";", UciFacebookReader.COLUMNS);
  private static final String GOOD =
      "139441;Photo;2;12;4;3;0;2752;5091;178;109;159;3078;1640;119;4;79;17;100";

  private static ReadResult<UciPost> readLines(ErrorMode mode, String... lines) {
    return UciFacebookReader.read(
        new StringReader(String.join("\r\n", lines) + "\r\n"), "mine.csv", mode);
  }

  @Test
  void oneLeadingByteOrderMark_isDropped() {
    ReadResult<UciPost> r = readLines(ErrorMode.FAIL_FAST, "\uFEFF" + HEADER, GOOD);
    assertThat(r.problems()).isEmpty();
    assertThat(r.rows()).singleElement().satisfies(p -> assertThat(p.likes()).isEqualTo(79));
  }

  @Test
  void aHeaderWithColumnsInAnotherOrder_isAHeaderProblem_andNothingIsRead() {
    // Reach and impressions swapped: read by position, every reach would be an impression count.
    List<String> swapped = new java.util.ArrayList<>(UciFacebookReader.COLUMNS);
    java.util.Collections.swap(swapped, 7, 8);
    ReadResult<UciPost> r = readLines(ErrorMode.COLLECT, String.join(";", swapped), GOOD, GOOD);
    assertThat(r.rows()).isEmpty();
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isZero();
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.rule()).isEqualTo("Header");
              assertThat(p.value()).isEqualTo("Lifetime Post Total Impressions");
              assertThat(p.message())
                  .startsWith("column 8 must be \"Lifetime Post Total Reach\"")
                  .endsWith("the header must be " + HEADER);
            });
    assertThatThrownBy(() -> readLines(ErrorMode.FAIL_FAST, String.join(";", swapped), GOOD))
        .isInstanceOf(DataFormatException.class)
        .hasMessageContaining("row 0 (line 1), column (header): column 8 must be");
  }

  @Test
  void aHeaderWithTooFewOrTooManyColumns_isAHeaderProblem() {
    String shortHeader = String.join(";", UciFacebookReader.COLUMNS.subList(0, 18));
    assertThat(readLines(ErrorMode.COLLECT, shortHeader, GOOD).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("must have 19 columns, has 18;"));
    assertThat(readLines(ErrorMode.COLLECT, HEADER + ";Extra", GOOD).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("must have 19 columns, has 20;"));
  }

  @Test
  void headerCells_areComparedTrimmed() {
    String padded = " " + HEADER.replace(";", " ; ") + " ";
    ReadResult<UciPost> r = readLines(ErrorMode.FAIL_FAST, padded, GOOD);
    assertThat(r.problems()).isEmpty();
    assertThat(r.rows()).hasSize(1);
  }

  @Test
  void emptyInput_isAHeaderProblem_butAHeaderAloneIsZeroRows() {
    String message = "is missing: the input is empty; the header must be " + HEADER;
    for (String empty : List.of("", "\uFEFF", "\r\n\r\n")) {
      ReadResult<UciPost> r =
          UciFacebookReader.read(new StringReader(empty), "empty.csv", ErrorMode.COLLECT);
      assertThat(r.rows()).isEmpty();
      assertThat(r.problems())
          .containsExactly(new RowProblem(0, 1, "(header)", "", "Header", message));
    }
    assertThatThrownBy(
            () -> UciFacebookReader.read(new StringReader(""), "empty.csv", ErrorMode.FAIL_FAST))
        .isInstanceOf(DataFormatException.class)
        .hasMessage("empty.csv: row 0 (line 1), column (header): " + message + " (was \"\")");
    ReadResult<UciPost> headerOnly = readLines(ErrorMode.FAIL_FAST, HEADER);
    assertThat(headerOnly.rows()).isEmpty();
    assertThat(headerOnly.problems()).isEmpty();
  }

  @Test
  void monthWeekdayAndHour_outsideTheirRange_areRangeProblems_andTheRowIsLeftOut() {
    ReadResult<UciPost> r =
        readLines(
            ErrorMode.COLLECT,
            HEADER,
            GOOD.replace(";2;12;4;3;", ";2;13;0;24;"),
            GOOD.replace(";2;12;4;3;", ";2;0;8;-1;"),
            GOOD.replace(";2;12;4;3;", ";2;1;7;23;"),
            GOOD.replace(";2;12;4;3;", ";2;;1;0;"));
    assertThat(r.rows()).extracting(UciPost::row).containsExactly(3, 4);
    assertThat(r.rows().get(0))
        .satisfies(
            p -> {
              assertThat(p.month()).isEqualTo(1);
              assertThat(p.weekday()).isEqualTo(7);
              assertThat(p.hour()).isEqualTo(23);
            });
    assertThat(r.problems())
        .extracting(
            RowProblem::row,
            RowProblem::column,
            RowProblem::value,
            RowProblem::rule,
            RowProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                1L, "Post Month", "13", "Range", "must be from 1 to 12"),
            org.assertj.core.groups.Tuple.tuple(
                1L, "Post Weekday", "0", "Range", "must be from 1 to 7"),
            org.assertj.core.groups.Tuple.tuple(
                1L, "Post Hour", "24", "Range", "must be from 0 to 23"),
            org.assertj.core.groups.Tuple.tuple(
                2L, "Post Month", "0", "Range", "must be from 1 to 12"),
            org.assertj.core.groups.Tuple.tuple(
                2L, "Post Weekday", "8", "Range", "must be from 1 to 7"),
            org.assertj.core.groups.Tuple.tuple(2L, "Post Hour", "-1", "Negative", "must be >= 0"),
            org.assertj.core.groups.Tuple.tuple(
                4L, "Post Month", "", "Missing", "missing value, read as 0"));
    assertThatThrownBy(() -> readLines(ErrorMode.FAIL_FAST, HEADER, GOOD.replace(";12;", ";99;")))
        .isInstanceOf(DataFormatException.class)
        .hasMessage(
            "mine.csv: row 1 (line 2), column Post Month: must be from 1 to 12 (was \"99\")");
  }

  @Test
  void aMissingReachOrImpressionsCell_isUnknown_notZero() {
    ReadResult<UciPost> r =
        readLines(
            ErrorMode.COLLECT,
            HEADER,
            GOOD.replace(";0;2752;5091;", ";0;;5091;"),
            GOOD.replace(";0;2752;5091;", ";0;2752;;"),
            GOOD.replaceFirst("^139441;", ";"));
    assertThat(r.rows()).hasSize(3);
    PostStats noReach = r.rows().get(0).toPostStats();
    assertThat(noReach.reach()).isEmpty();
    assertThat(noReach.impressions()).hasValue(5091);
    assertThat(noReach.count(dev.smmkit.metrics.Interaction.LIKE)).isEqualTo(79);
    UciPost noImpressions = r.rows().get(1);
    assertThat(noImpressions.impossible()).isFalse();
    assertThat(noImpressions.toPostStats().impressions()).isEmpty();
    assertThat(noImpressions.toPostStats().reach()).hasValue(2752);
    assertThat(r.rows().get(2).toPostStats().followers()).isEmpty();
    assertThat(r.problems())
        .extracting(RowProblem::column, RowProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Lifetime Post Total Reach", "missing value, unknown: no rate is computed by it"),
            org.assertj.core.groups.Tuple.tuple(
                "Lifetime Post Total Impressions",
                "missing value, unknown: no rate is computed by it"),
            org.assertj.core.groups.Tuple.tuple(
                "Page total likes", "missing value, unknown: no rate is computed by it"));
  }

  @Test
  void categoryAndPaid_outsideTheirRange_areRangeProblems_neverNarrowedOrReadAsFalse() {
    ReadResult<UciPost> r =
        readLines(
            ErrorMode.COLLECT,
            HEADER,
            GOOD.replace(";2;12;4;3;", ";4294967298;12;4;3;"),
            GOOD.replace(";2;12;4;3;0;", ";2;12;4;3;2;"),
            GOOD.replace(";2;12;4;3;0;", ";3;12;4;3;1;"));
    assertThat(r.rows()).extracting(UciPost::row).containsExactly(3);
    assertThat(r.rows().get(0).category()).isEqualTo(3);
    assertThat(r.rows().get(0).paid()).isTrue();
    assertThat(r.problems())
        .extracting(RowProblem::row, RowProblem::column, RowProblem::value, RowProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                1L, "Category", "4294967298", "must be from 1 to 3"),
            org.assertj.core.groups.Tuple.tuple(2L, "Paid", "2", "must be from 0 to 1"));
  }

  @Test
  void blankRecords_andEmptyLines_areSkippedSilently_blankRecordsStillCountingAsRows() {
    ReadResult<UciPost> r =
        readLines(
            ErrorMode.FAIL_FAST,
            HEADER,
            GOOD,
            ";;;;;;;",
            "",
            ";".repeat(18),
            " ; ",
            GOOD.replace("139441", "139442"));
    assertThat(r.problems()).isEmpty();
    assertThat(r.rows())
        .extracting(UciPost::row, UciPost::pageTotalLikes)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 139441L),
            org.assertj.core.groups.Tuple.tuple(5, 139442L));
  }

  @Test
  void aRecordTheParserRefuses_isACsvProblem_andReadingStops_keepingTheRowsBefore() {
    ReadResult<UciPost> r = readLines(ErrorMode.COLLECT, HEADER, GOOD, ";".repeat(20_000), GOOD);
    assertThat(r.rows()).extracting(UciPost::row).containsExactly(1);
    assertThat(r.problems())
        .extracting(
            RowProblem::row,
            RowProblem::line,
            RowProblem::column,
            RowProblem::value,
            RowProblem::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, 3L, "(row)", "", "Csv"));
    assertThat(r.problems().get(0).message())
        .startsWith("cannot be read as CSV: ")
        .contains("16384 fields");
  }

  @Test
  void interactionCounts_summingAboveLongMax_areAnOverflowProblem() {
    ReadResult<UciPost> r =
        readLines(
            ErrorMode.COLLECT,
            HEADER,
            GOOD.replace(";4;79;17;", ";1;9223372036854775807;0;"),
            GOOD.replace(";4;79;17;", ";0;9223372036854775807;;"));
    assertThat(r.rows()).extracting(UciPost::row).containsExactly(2);
    assertThat(r.rows().get(0).toPostStats().engagements(InteractionSet.LIKES_COMMENTS_SHARES))
        .isEqualTo(Long.MAX_VALUE);
    assertThat(r.problems())
        .extracting(RowProblem::row, RowProblem::column, RowProblem::value, RowProblem::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, "like", "9223372036854775807", "Overflow"),
            org.assertj.core.groups.Tuple.tuple(2L, "share", "", "Missing"));
    assertThat(r.problems().get(0).message())
        .isEqualTo("sum of interaction counts exceeds 9223372036854775807");
  }

  @Test
  void toFigures_givesTheDatasOwnTotal_andRefusesASetTheDataLacks() {
    int checked = 0;
    for (UciPost p : result.rows()) {
      if (p.impossible()) {
        assertThatThrownBy(p::toFigures)
            .isInstanceOf(dev.smmkit.core.ValidationException.class)
            .hasMessageContaining("Figures.reach: is impossible");
        continue;
      }
      dev.smmkit.metrics.Figures f = p.toFigures();
      String[] row = raw.get(p.row() - 1);
      assertThat(f.engagements(dev.smmkit.metrics.InteractionSet.LIKES_COMMENTS_SHARES))
          .isEqualTo(cell(row, 18));
      assertThat(f.sumOfParts(dev.smmkit.metrics.InteractionSet.LIKES_COMMENTS_SHARES))
          .isEqualTo(cell(row, 15) + cell(row, 16) + cell(row, 17));
      checked++;
    }
    assertThat(checked).isEqualTo(496);
    assertThatThrownBy(
            () ->
                result
                    .rows()
                    .get(0)
                    .toFigures()
                    .engagements(dev.smmkit.metrics.InteractionSet.X_ANALYTICS))
        .isInstanceOf(dev.smmkit.core.ValidationException.class)
        .hasMessageContaining("Figures.url_click: is not in the source");
  }

  @Test
  void aNulByteInACount_isAControlProblem() {
    ReadResult<UciPost> r =
        readLines(ErrorMode.COLLECT, HEADER, GOOD.replace(";79;", ";7\u00009;"));
    assertThat(r.rows()).isEmpty();
    assertThat(r.problems())
        .singleElement()
        .hasToString(
            "row 1 (line 2), column like: must not hold a control character (U+0000 at character"
                + " 2) (was \"7\\u00009\")");
  }
}
