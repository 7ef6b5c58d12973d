package dev.smmkit.metrics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.smmkit.core.ValidationException;
import dev.smmkit.metrics.Denominator;
import dev.smmkit.metrics.EngagementRate;
import dev.smmkit.metrics.Growth;
import dev.smmkit.metrics.InteractionSet;
import dev.smmkit.metrics.PostStats;
import dev.smmkit.metrics.Rate;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written fixtures in the shape of real Instagram post-insights exports. */
class InstagramInsightsReaderTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final String HEADER =
      "Impressions,From Home,From Hashtags,From Explore,From Other,Saves,Comments,Shares,Likes,"
          + "Profile Visits,Follows,Caption,Hashtags";

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(InstagramInsightsReaderTest.class.getResource("/instagram/" + name).toURI());
  }

  private static ReadResult<InstagramPost> read(String csv, ErrorMode mode) {
    return InstagramInsightsReader.read(new StringReader(csv), "posts.csv", mode);
  }

  @Test
  void utf8Export_withDate_everyPostRead() throws Exception {
    ReadResult<InstagramPost> r =
        InstagramInsightsReader.read(
            fixture("instagram_posts_with_date.csv"), StandardCharsets.UTF_8, ErrorMode.FAIL_FAST);
    assertThat(r.problems()).isEmpty();
    assertThat(r.rows())
        .hasSize(7)
        .extracting(InstagramPost::row)
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    InstagramPost first = r.rows().get(0);
    assertThat(first)
        .isEqualTo(
            new InstagramPost(
                1,
                LocalDate.of(2022, 1, 3),
                2840,
                1910,
                702,
                110,
                48,
                61,
                4,
                3,
                121,
                41,
                3,
                "Five plots every analyst should be able to draw from memory.",
                List.of("#data", "#datavisualization", "#python")));
    assertThat(r.rows().get(2).caption())
        .isEqualTo("Don\u2019t memorise the syntax: learn what the function returns. \uD83D\uDCCA");
    assertThat(r.rows().get(3).hashtags()).containsExactly("#data", "#pandas", "#csv");
    assertThat(r.rows().get(5).caption()).isEqualTo("Q&A: \"Is statistics still worth learning?\"");
    assertThat(r.rows().get(6).hashtags()).isEmpty();
  }

  @Test
  void cp1252Export_crlf_blankRecordSkippedSilently() throws Exception {
    Path file = fixture("instagram_posts_cp1252.csv");
    byte[] bytes = Files.readAllBytes(file);
    assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
        .contains("#finance\u00A0#data", "\r\n,,,,,,,,,,,,\r\n");
    ReadResult<InstagramPost> r = InstagramInsightsReader.read(file, CP1252, ErrorMode.FAIL_FAST);
    assertThat(r.problems()).isEmpty();
    assertThat(r.rows()).hasSize(5);
    assertThat(r.rows()).allSatisfy(p -> assertThat(p.date()).isEmpty());
    assertThat(r.rows().get(0).hashtags()).containsExactly("#finance", "#data", "#python");
    assertThat(r.rows().get(1).caption())
        .isEqualTo("Healthcare project ideas \u2013 from \u201Ceasy\u201D to \u201Chard\u201D.");
    assertThat(r.rows().get(2).caption()).startsWith("What\u2019s the difference");
    assertThat(Growth.conversionRate(r.rows().get(2).follows(), r.rows().get(2).profileVisits()))
        .satisfies(rate -> assertThat(rate.isDefined()).isFalse());
  }

  @Test
  void cp1252Export_readAsUtf8_failsOrIsReported_neverSilentlyCorrupt() throws Exception {
    Path file = fixture("instagram_posts_cp1252.csv");
    assertThatThrownBy(
            () -> InstagramInsightsReader.read(file, StandardCharsets.UTF_8, ErrorMode.COLLECT))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage(
            "instagram_posts_cp1252.csv: cannot be read as UTF-8:"
                + " java.nio.charset.MalformedInputException: Input length = 1")
        .hasCauseInstanceOf(MalformedInputException.class);
    // A lenient decoder replaces bad bytes with U+FFFD: the reader reports every such cell.
    try (Reader lenient =
        new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
      ReadResult<InstagramPost> r =
          InstagramInsightsReader.read(lenient, "cp1252.csv", ErrorMode.COLLECT);
      assertThat(r.rows()).isEmpty();
      assertThat(r.problems())
          .extracting(RowProblem::row, RowProblem::column, RowProblem::rule)
          .containsExactly(
              tuple(1L, "Hashtags", "Charset"),
              tuple(2L, "Caption", "Charset"),
              tuple(2L, "Hashtags", "Charset"),
              tuple(3L, "Caption", "Charset"),
              tuple(3L, "Hashtags", "Charset"),
              tuple(4L, "Hashtags", "Charset"),
              tuple(5L, "Caption", "Charset"),
              tuple(5L, "Hashtags", "Charset"));
    }
    try (Reader lenient =
        new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
      assertThatThrownBy(
              () -> InstagramInsightsReader.read(lenient, "cp1252.csv", ErrorMode.FAIL_FAST))
          .isInstanceOf(DataFormatException.class)
          .hasMessage(
              "cp1252.csv: row 1 (line 2), column Hashtags: contains U+FFFD, a character that"
                  + " could not be decoded: wrong charset? (was \"#finance\uFFFD#data\uFFFD#python\")");
    }
  }

  @Test
  void conversionRate_equalsTheAuthorsColumn_onEveryRow_toTheFilesPrecision() throws Exception {
    Path file = fixture("instagram_posts_with_date.csv");
    ReadResult<InstagramPost> r =
        InstagramInsightsReader.read(file, StandardCharsets.UTF_8, ErrorMode.FAIL_FAST);
    // Independent path: the column as written, read by name with fastcsv directly.
    List<String> column;
    try (CsvReader<NamedCsvRecord> csv =
        CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
      column = csv.stream().map(rec -> rec.getField("Conversion Rate")).toList();
    }
    assertThat(column).hasSize(r.rows().size()).contains("12.5", "0", "140");
    for (int i = 0; i < column.size(); i++) {
      InstagramPost p = r.rows().get(i);
      BigDecimal expected = new BigDecimal(column.get(i));
      Rate rate = Growth.conversionRate(p.follows(), p.profileVisits());
      BigDecimal actual =
          BigDecimal.valueOf(rate.percent().getAsDouble())
              .setScale(expected.scale(), RoundingMode.HALF_UP);
      assertThat(actual).as("row %d: %s", p.row(), rate).isEqualByComparingTo(expected);
    }
  }

  @Test
  void toPostStats_impressionsKnown_reachUnknown_savesCounted() throws Exception {
    InstagramPost p =
        InstagramInsightsReader.read(
                fixture("instagram_posts_with_date.csv"),
                StandardCharsets.UTF_8,
                ErrorMode.FAIL_FAST)
            .rows()
            .get(0);
    PostStats s = p.toPostStats();
    assertThat(s.impressions()).hasValue(2840);
    assertThat(s.reach()).isEmpty();
    assertThat(s.followers()).isEmpty();
    assertThat(s.views()).isEmpty();
    assertThat(s.engagements(InteractionSet.LIKES_COMMENTS_SHARES_SAVES))
        .isEqualTo(121 + 4 + 3 + 61);
    assertThat(
            EngagementRate.of(
                s, InteractionSet.LIKES_COMMENTS_SHARES_SAVES, Denominator.IMPRESSIONS))
        .isEqualTo(Rate.of(189, 2840));
  }

  @Test
  void badRows_areReportedWithRowLineColumnValueAndRule_andGoodRowsKept() {
    String csv =
        " Likes ,Caption,Date,Extra,Impressions,From Home,From Hashtags,From Explore,From Other,"
            + "Saves,Comments,Shares,Profile Visits,Follows,Hashtags\r\n"
            + "10,\"two\r\nlines\",2022-02-01,x,100,50,20,10,5,1,2,3,4,1,#a #b\r\n"
            + "12a,ok,2022-02-31,x,-5,,20,10,5,1,2,3,4,1,#a\r\n"
            + ",,,,,,,,,,,,,,\r\n"
            + "1,short\r\n"
            + "7,ok,,x,70,30,20,10,5,1,2,3,4,1,\r\n"
            + "8,last,2022-02-03,x,80,30,20,10,5,1,2,3,4,2,#c\r\n";
    ReadResult<InstagramPost> r = read(csv, ErrorMode.COLLECT);
    assertThat(r.rows()).extracting(InstagramPost::row).containsExactly(1L, 6L);
    assertThat(r.rows().get(0).caption()).isEqualTo("two\r\nlines");
    assertThat(r.rows().get(0).hashtags()).containsExactly("#a", "#b");
    assertThat(r.rows().get(1).likes()).isEqualTo(8);
    assertThat(r.problems())
        .extracting(
            RowProblem::row,
            RowProblem::line,
            RowProblem::column,
            RowProblem::value,
            RowProblem::rule)
        .containsExactly(
            tuple(2L, 4L, "Date", "2022-02-31", "Date"),
            tuple(2L, 4L, "Impressions", "-5", "Negative"),
            tuple(2L, 4L, "From Home", "", "Missing"),
            tuple(2L, 4L, "Likes", "12a", "Number"),
            tuple(4L, 6L, "(row)", "1,short", "FieldCount"),
            tuple(5L, 7L, "Date", "", "Missing"));
    assertThat(r.problems().get(4).message())
        .isEqualTo("must have 15 fields like the header, has 2");
  }

  @Test
  void failFast_throwsAtTheFirstBadCell_namingRowLineColumnAndValue() {
    String csv = HEADER + "\n1,1,0,0,0,0,0,0,1,0,0,ok,\n1,1,0,0,0,0,0,0,12a,0,0,bad,\n";
    assertThatThrownBy(() -> read(csv, ErrorMode.FAIL_FAST))
        .isInstanceOf(DataFormatException.class)
        .hasMessage("posts.csv: row 2 (line 3), column Likes: must be a whole number (was \"12a\")")
        .satisfies(
            e ->
                assertThat(((DataFormatException) e).problem())
                    .isEqualTo(
                        new RowProblem(2, 3, "Likes", "12a", "Number", "must be a whole number")));
    assertThat(read(csv, ErrorMode.COLLECT).rows()).hasSize(1);
  }

  @Test
  void header_missingOrDuplicateColumns_areHeaderProblems_andNothingIsRead() {
    String noFollows = HEADER.replace(",Follows", "").replace("Saves,", "");
    ReadResult<InstagramPost> r = read(noFollows + "\n1,2,3\n", ErrorMode.COLLECT);
    assertThat(r.rows()).isEmpty();
    assertThat(r.problems())
        .extracting(RowProblem::row, RowProblem::line, RowProblem::column, RowProblem::rule)
        .containsExactly(tuple(0L, 1L, "Saves", "Header"), tuple(0L, 1L, "Follows", "Header"));
    assertThat(r.problems().get(0).value()).isEqualTo(noFollows);
    assertThatThrownBy(() -> read(noFollows + "\n", ErrorMode.FAIL_FAST))
        .isInstanceOf(DataFormatException.class)
        .hasMessage(
            "posts.csv: row 0 (line 1), column Saves: required column is missing (was \""
                + noFollows
                + "\")");
    assertThat(read(HEADER + ",Likes\n", ErrorMode.COLLECT).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.toString()).contains("column Likes: column appears twice"));
    assertThatThrownBy(() -> read("", ErrorMode.FAIL_FAST))
        .isInstanceOf(DataFormatException.class)
        .hasMessage(
            "posts.csv: row 0 (line 1), column (header): is missing: the input is empty"
                + " (was \"\")");
  }

  @Test
  void header_byteOrderMarkAndSpacesAroundNames_areIgnored_unknownColumnsToo() {
    String header = "\uFEFF" + HEADER.replace(",", " , ") + ",Conversion Rate,Notes";
    ReadResult<InstagramPost> r =
        read(header + "\n5,1,1,1,1,0,0,0,2,0,0,hi,#x,,n\n", ErrorMode.COLLECT);
    assertThat(r.problems()).isEmpty();
    assertThat(r.rows()).singleElement().satisfies(p -> assertThat(p.impressions()).isEqualTo(5));
  }

  @Test
  void post_rejectsNegativeCounts() {
    assertThatThrownBy(
            () -> new InstagramPost(1, null, 1, 0, 0, 0, 0, 0, 0, 0, -1, 0, 0, "", List.of()))
        .isInstanceOf(ValidationException.class)
        .hasMessage("InstagramPost.likes: must be >= 0 (was -1)");
  }

  @Test
  void unreadableFile_isAnUncheckedIoException() {
    assertThatThrownBy(
            () ->
                InstagramInsightsReader.read(
                    Path.of("no-such-file.csv"), StandardCharsets.UTF_8, ErrorMode.COLLECT))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void onlyOneByteOrderMark_isDropped_andAnEmptyInputIsAHeaderProblem() {
    assertThat(read("\uFEFF\uFEFF" + HEADER + "\n", ErrorMode.COLLECT).problems())
        .extracting(RowProblem::column, RowProblem::rule)
        .containsExactly(tuple("Impressions", "Header"));
    for (String empty : List.of("", "\uFEFF", "\r\n\n")) {
      assertThat(read(empty, ErrorMode.COLLECT).problems())
          .containsExactly(
              new RowProblem(0, 1, "(header)", "", "Header", "is missing: the input is empty"));
    }
    assertThat(read(HEADER + "\r\n", ErrorMode.FAIL_FAST).problems()).isEmpty();
  }

  @Test
  void aRecordTheParserRefuses_isACsvProblem_andReadingStops_keepingTheRowsBefore() {
    String good = "5,1,1,1,1,0,0,0,2,0,0,hi,#x";
    String csv = HEADER + "\n" + good + "\n" + ",".repeat(20_000) + "\n" + good + "\n";
    ReadResult<InstagramPost> r = read(csv, ErrorMode.COLLECT);
    assertThat(r.rows()).extracting(InstagramPost::row).containsExactly(1L);
    assertThat(r.problems())
        .extracting(
            RowProblem::row,
            RowProblem::line,
            RowProblem::column,
            RowProblem::value,
            RowProblem::rule)
        .containsExactly(tuple(2L, 3L, "(row)", "", "Csv"));
    assertThatThrownBy(() -> read(csv, ErrorMode.FAIL_FAST))
        .isInstanceOf(DataFormatException.class)
        .hasMessageStartingWith("posts.csv: row 2 (line 3), column (row): cannot be read as CSV: ");
  }

  @Test
  void interactionCounts_summingAboveLongMax_areAnOverflowProblem() {
    String csv =
        HEADER
            + "\n5,1,1,1,1,1,0,0,9223372036854775807,0,0,too many,#x"
            + "\n5,1,1,1,1,0,0,0,9223372036854775807,0,0,at the limit,#x\n";
    ReadResult<InstagramPost> r = read(csv, ErrorMode.COLLECT);
    assertThat(r.rows()).extracting(InstagramPost::caption).containsExactly("at the limit");
    assertThat(
            r.rows().get(0).toPostStats().engagements(InteractionSet.LIKES_COMMENTS_SHARES_SAVES))
        .isEqualTo(Long.MAX_VALUE);
    assertThat(r.problems())
        .containsExactly(
            new RowProblem(
                1,
                2,
                "Likes",
                "9223372036854775807",
                "Overflow",
                "sum of interaction counts exceeds 9223372036854775807"));
  }

  @Test
  void toFigures_knowsTheExportsColumns_andANulInACountIsAControlProblem() {
    InstagramPost p =
        read(
                HEADER + "\n3920,2586,1028,619,56,98,9,5,162,35,2,A caption,#a #b\n",
                ErrorMode.FAIL_FAST)
            .rows()
            .get(0);
    dev.smmkit.metrics.Figures f = p.toFigures();
    assertThat(f.engagements(dev.smmkit.metrics.InteractionSet.LIKES_COMMENTS_SHARES_SAVES))
        .isEqualTo(162 + 9 + 5 + 98);
    assertThat(f.count(dev.smmkit.metrics.Interaction.PROFILE_VISIT)).hasValue(35);
    assertThat(f.reach()).isEmpty();
    ReadResult<InstagramPost> bad =
        read(
            HEADER + "\n3920,2586,1028,619,56,98,9,5,16\u00002,35,2,A caption,#a\n",
            ErrorMode.COLLECT);
    assertThat(bad.rows()).isEmpty();
    assertThat(bad.problems()).singleElement().extracting(RowProblem::rule).isEqualTo("Control");
  }
}
