package dev.smmkit.metrics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.smmkit.core.ValidationException;
import dev.smmkit.metrics.DailyActivity;
import dev.smmkit.metrics.Denominator;
import dev.smmkit.metrics.EngagementAccumulator;
import dev.smmkit.metrics.Interaction;
import dev.smmkit.metrics.InteractionSet;
import dev.smmkit.metrics.Post;
import dev.smmkit.metrics.Rate;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The X Analytics reader on the real exports in test resources {@code x/} (see its README). */
class XAnalyticsReaderTest {
  private static final String LISA = "psyteachr-lisadebruine-2021";
  private static final String DATAONE = "nceas-dataone-2019-2021";
  private static final String JANUARY =
      "tweet_activity_metrics_LisaDeBruine_20210101_20210201_en.csv";

  @TempDir Path tmp;

  static Path dir(String name) {
    try {
      return Path.of(XAnalyticsReaderTest.class.getResource("/x/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> files(String source, String prefix) throws IOException {
    try (Stream<Path> s = Files.list(dir(source))) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
    }
  }

  /** The rows as a plain CSV parser sees them, by header name: the oracle. */
  static List<NamedCsvRecord> oracle(Path file) throws IOException {
    try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file)) {
      return csv.stream().toList();
    }
  }

  static <T> List<T> all(ExportReader<T> r) throws IOException {
    try (r) {
      List<T> out = new ArrayList<>();
      r.forEachRemaining(out::add);
      return out;
    }
  }

  static boolean sameRate(double platform, Rate ours) {
    double mine = ours.fraction().orElseThrow();
    return Math.abs(mine - platform) <= 1e-12 * Math.max(Math.abs(platform), Double.MIN_NORMAL)
        || (platform == 0 && mine == 0);
  }

  @Test
  void everyTweetRow_givesThePlatformsOwnEngagementRate() throws IOException {
    int rows = 0;
    int equal = 0;
    int scientific = 0;
    for (String source : List.of(LISA, DATAONE)) {
      for (Path file : files(source, "tweet_activity_metrics_")) {
        Map<String, Double> platform = new HashMap<>();
        for (NamedCsvRecord r : oracle(file)) {
          platform.put(r.getField("Tweet id"), Double.parseDouble(r.getField("engagement rate")));
          scientific += r.getField("engagement rate").contains("E-") ? 1 : 0;
        }
        ExportReader<Post> reader = XAnalyticsReader.tweets(file, ErrorMode.FAIL_FAST);
        List<Post> posts = all(reader);
        assertThat(posts).as(file.toString()).hasSize(platform.size());
        assertThat(reader.problems()).isEmpty();
        for (Post p : posts) {
          rows++;
          Rate ours = p.rate(InteractionSet.X_ANALYTICS, Denominator.IMPRESSIONS);
          if (sameRate(platform.get(p.id()), ours)) {
            equal++;
          }
        }
      }
    }
    assertThat(rows).isEqualTo(3087 + 93);
    assertThat(equal).isEqualTo(rows);
    assertThat(scientific).as("rates in E-4 notation among them").isPositive();
  }

  @Test
  void everyDailyRow_givesThePlatformsOwnEngagementRate() throws IOException {
    int rows = 0;
    int equal = 0;
    for (Path file : files(LISA, "daily_tweet_activity_metrics_")) {
      Map<LocalDate, Double> platform = new HashMap<>();
      for (NamedCsvRecord r : oracle(file)) {
        platform.put(
            LocalDate.parse(r.getField("Date")), Double.parseDouble(r.getField("engagement rate")));
      }
      for (DailyActivity d : all(XAnalyticsReader.daily(file, ErrorMode.FAIL_FAST))) {
        rows++;
        Rate ours = d.figures().rate(InteractionSet.X_ANALYTICS, Denominator.IMPRESSIONS);
        equal += sameRate(platform.get(d.date()), ours) ? 1 : 0;
      }
    }
    assertThat(rows).isEqualTo(365);
    assertThat(equal).isEqualTo(rows);
  }

  @Test
  void aTotalLargerThanItsParts_isANoteNotAProblem_21TweetsAnd24DaysOf2021() throws IOException {
    long tweetNotes = 0;
    for (Path file : files(LISA, "tweet_activity_metrics_")) {
      ExportReader<Post> r = XAnalyticsReader.tweets(file, ErrorMode.COLLECT);
      List<Post> posts = all(r);
      assertThat(r.problemCount()).isZero();
      tweetNotes += r.noteCount();
      assertThat(r.notes()).allSatisfy(n -> assertThat(n.rule()).isEqualTo("TotalAboveParts"));
      long larger =
          posts.stream()
              .filter(p -> p.figures().unpublishedEngagements().orElseThrow() > 0)
              .count();
      assertThat(larger).isEqualTo(r.noteCount());
    }
    assertThat(tweetNotes).isEqualTo(21);
    long dayNotes = 0;
    for (Path file : files(LISA, "daily_tweet_activity_metrics_")) {
      ExportReader<DailyActivity> r = XAnalyticsReader.daily(file, ErrorMode.COLLECT);
      all(r);
      assertThat(r.problemCount()).isZero();
      dayNotes += r.noteCount();
    }
    assertThat(dayNotes).isEqualTo(24);
  }

  @Test
  void aNote_namesRowColumnValueAndTheGap() throws IOException {
    for (Path file : files(LISA, "tweet_activity_metrics_")) {
      ExportReader<Post> r = XAnalyticsReader.tweets(file, ErrorMode.COLLECT);
      all(r);
      for (RowProblem n : r.notes()) {
        NamedCsvRecord row = oracle(file).get((int) n.row() - 1);
        assertThat(n.column()).isEqualTo("engagements");
        assertThat(n.value()).isEqualTo(row.getField("engagements"));
        assertThat(n.message())
            .startsWith("is ")
            .contains("more than the sum of its published parts");
      }
    }
  }

  @Test
  void theRatioOfSumsOverAYear_isSumOfEngagementsOverSumOfImpressions() throws IOException {
    EngagementAccumulator acc = new EngagementAccumulator();
    long engagements = 0;
    long impressions = 0;
    for (Path file : files(LISA, "tweet_activity_metrics_")) {
      for (NamedCsvRecord r : oracle(file)) {
        engagements += new BigDecimal(r.getField("engagements")).longValueExact();
        impressions += new BigDecimal(r.getField("impressions")).longValueExact();
      }
      try (ExportReader<Post> reader = XAnalyticsReader.tweets(file, ErrorMode.FAIL_FAST)) {
        reader.forEachRemaining(
            p -> acc.add(p.figures(), InteractionSet.X_ANALYTICS, Denominator.IMPRESSIONS));
      }
    }
    assertThat(acc.snapshot().posts()).isEqualTo(3087);
    assertThat(acc.snapshot().ratioOfSums()).isEqualTo(Rate.of(engagements, impressions));
  }

  @Test
  void ids_areKeptAsWritten_above2pow53() throws IOException {
    BigInteger limit = BigInteger.TWO.pow(53);
    for (Path file : files(LISA, "tweet_activity_metrics_")) {
      List<NamedCsvRecord> rows = oracle(file);
      List<Post> posts = all(XAnalyticsReader.tweets(file, ErrorMode.FAIL_FAST));
      for (int i = 0; i < posts.size(); i++) {
        String id = posts.get(i).id();
        assertThat(id).isEqualTo(rows.get(i).getField("Tweet id"));
        assertThat(rows.get(i).getField("Tweet permalink")).endsWith("/status/" + id);
        assertThat(new BigInteger(id)).isGreaterThan(limit);
      }
    }
  }

  @Test
  void multiLineTweetText_andDecimalCounts_areReadAsOneRowEach() throws IOException {
    Path file = dir(LISA).resolve(JANUARY);
    List<NamedCsvRecord> rows = oracle(file);
    assertThat(rows).anySatisfy(r -> assertThat(r.getField("Tweet text")).contains("\n"));
    assertThat(rows).anySatisfy(r -> assertThat(r.getField("impressions")).endsWith(".0"));
    List<Post> posts = all(XAnalyticsReader.tweets(file, ErrorMode.FAIL_FAST));
    assertThat(posts).hasSize(188);
    Post first = posts.get(0);
    assertThat(first.id()).isEqualTo("1355500244381949952");
    assertThat(first.platform()).isEqualTo("x");
    assertThat(first.type()).isEqualTo("tweet");
    assertThat(first.publishedAt())
        .hasValue(ZonedDateTime.of(2021, 1, 30, 12, 56, 0, 0, ZoneOffset.UTC));
    assertThat(first.figures().impressions()).hasValue(215);
    assertThat(first.figures().reportedEngagements()).hasValue(4);
    assertThat(first.figures().count(Interaction.COMMENT)).hasValue(1);
    assertThat(first.figures().count(Interaction.MEDIA_VIEW)).hasValue(0);
    assertThat(first.figures().reach()).isEmpty();
    assertThat(first.figures().count(Interaction.SAVE)).isEmpty();
  }

  @Test
  void headerOnlyFiles_giveNoRowsAndNoProblem() throws IOException {
    int headerOnly = 0;
    for (Path file : files(DATAONE, "tweet_activity_metrics_")) {
      if (Files.size(file) == 733) {
        headerOnly++;
        ExportReader<Post> r = XAnalyticsReader.tweets(file, ErrorMode.FAIL_FAST);
        assertThat(all(r)).isEmpty();
        assertThat(r.problems()).isEmpty();
      }
    }
    assertThat(headerOnly).isEqualTo(3);
  }

  private Path copy(String name, String from, String to) throws IOException {
    String text = Files.readString(dir(LISA).resolve(JANUARY));
    String changed = text.replaceFirst(java.util.regex.Pattern.quote(from), to);
    assertThat(changed).isNotEqualTo(text);
    return Files.writeString(tmp.resolve(name), changed);
  }

  @Test
  void aNulByteInANumericCell_isRejectedNamingFileRowColumnValueAndRule() throws IOException {
    // row 1 of the January export: impressions "215.0" becomes "1\0"
    Path file = copy(JANUARY, "\"215.0\",\"4.0\"", "\"1\u0000\",\"4.0\"");
    assertThatThrownBy(() -> all(XAnalyticsReader.tweets(file, ErrorMode.FAIL_FAST)))
        .isInstanceOf(DataFormatException.class)
        .hasMessage(
            JANUARY
                + ": row 1 (line 2), column impressions: must not hold a control character"
                + " (U+0000 at character 2) (was \"1\\u0000\")");
    ExportReader<Post> r = XAnalyticsReader.tweets(file, ErrorMode.COLLECT);
    assertThat(all(r)).hasSize(187);
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo("Control");
              assertThat(p.value()).isEqualTo("1\u0000");
            });
  }

  @Test
  void aTotalSmallerThanItsParts_isAnImpossibleRowReportedAndLeftOut() throws IOException {
    // row 1: engagements 4.0 with replies 1, likes 1, user profile clicks 1, detail expands 1
    Path file = copy("smaller.csv", "\"215.0\",\"4.0\"", "\"215.0\",\"3.0\"");
    ExportReader<Post> r = XAnalyticsReader.tweets(file, ErrorMode.COLLECT);
    List<Post> posts = all(r);
    assertThat(posts).hasSize(187).noneMatch(p -> p.id().equals("1355500244381949952"));
    assertThat(r.problems())
        .singleElement()
        .hasToString(
            "row 1 (line 2), column engagements: is impossible: the platform's total must not be"
                + " smaller than the sum of its published parts (like 1 + comment 1 +"
                + " profile_click 1 + detail_expand 1 = 4) (was \"3.0\")");
  }

  @Test
  void badCells_areProblemsNamingTheRule() throws IOException {
    Path fraction = copy("fraction.csv", "\"215.0\",\"4.0\"", "\"215.5\",\"4.0\"");
    ExportReader<Post> r = XAnalyticsReader.tweets(fraction, ErrorMode.COLLECT);
    assertThat(all(r)).hasSize(187);
    assertThat(r.problems())
        .singleElement()
        .hasToString(
            "row 1 (line 2), column impressions: must be a whole number such as 89 or 89.0 (was"
                + " \"215.5\")");
    Path dash = copy("dash.csv", "\"215.0\",\"4.0\"", "\"-\",\"4.0\"");
    ExportReader<Post> d = XAnalyticsReader.tweets(dash, ErrorMode.COLLECT);
    all(d);
    assertThat(d.problems())
        .singleElement()
        .extracting(RowProblem::message)
        .asString()
        .contains("- marks only promoted figures as not applicable");
    Path promoted = copy("promoted.csv", "\"0\",\"-\",\"-\"", "\"0\",\"x\",\"-\"");
    ExportReader<Post> p = XAnalyticsReader.tweets(promoted, ErrorMode.COLLECT);
    all(p);
    assertThat(p.problems()).singleElement().extracting(RowProblem::rule).isEqualTo("Number");
    Path time = copy("time.csv", "2021-01-30 12:56 +0000", "30/01/2021 12:56");
    ExportReader<Post> t = XAnalyticsReader.tweets(time, ErrorMode.COLLECT);
    all(t);
    assertThat(t.problems()).singleElement().extracting(RowProblem::rule).isEqualTo("DateTime");
    Path id = copy("id.csv", "\"1355500244381949952\",", "\"1.3555e+18\",");
    ExportReader<Post> i = XAnalyticsReader.tweets(id, ErrorMode.COLLECT);
    all(i);
    assertThat(i.problems()).singleElement().extracting(RowProblem::rule).isEqualTo("Id");
  }

  @Test
  void aByteOrderMark_isTolerated_andTheCharsetIsTheCallers() throws IOException {
    Path plain = dir(LISA).resolve(JANUARY);
    Path bom = tmp.resolve("bom.csv");
    byte[] bytes = Files.readAllBytes(plain);
    byte[] with = new byte[bytes.length + 3];
    with[0] = (byte) 0xEF;
    with[1] = (byte) 0xBB;
    with[2] = (byte) 0xBF;
    System.arraycopy(bytes, 0, with, 3, bytes.length);
    Files.write(bom, with);
    assertThat(all(XAnalyticsReader.tweets(bom, StandardCharsets.UTF_8, ErrorMode.FAIL_FAST)))
        .isEqualTo(all(XAnalyticsReader.tweets(plain, ErrorMode.FAIL_FAST)));
    // a Windows-1252 "é" (byte E9) in the first tweet's text is not UTF-8
    Path latin = tmp.resolve("latin.csv");
    byte[] bad = bytes.clone();
    bad[new String(bytes, StandardCharsets.ISO_8859_1).indexOf("really")] = (byte) 0xE9;
    Files.write(latin, bad);
    assertThatThrownBy(() -> all(XAnalyticsReader.tweets(latin, ErrorMode.FAIL_FAST)))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseInstanceOf(java.nio.charset.MalformedInputException.class);
  }

  @Test
  void anAbsentColumn_makesItsKindAbsent_andThePartsSumRefused() throws IOException {
    String csv =
        "\"Tweet id\",\"time\",\"impressions\",\"engagements\",\"favorites\",\"replies\"\n"
            + "\"1\",\"2021-01-30 12:56 +0000\",\"10\",\"3\",\"1\",\"1\"\n";
    ExportReader<Post> r =
        XAnalyticsReader.tweets(new StringReader(csv), "old.csv", ErrorMode.FAIL_FAST);
    Post p = all(r).get(0);
    assertThat(p.figures().count(Interaction.LIKE)).hasValue(1);
    assertThat(p.figures().count(Interaction.URL_CLICK)).isEmpty();
    assertThat(p.engagements(InteractionSet.X_ANALYTICS)).isEqualTo(3);
    assertThat(p.figures().unpublishedEngagements()).isEmpty();
    assertThatThrownBy(() -> p.figures().sumOfParts(InteractionSet.X_ANALYTICS))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Figures.url_click: is not in the source");
  }

  @Test
  void aMissingRequiredColumn_oranEmptyInput_isAHeaderProblem() throws IOException {
    ExportReader<Post> r =
        XAnalyticsReader.tweets(
            new StringReader("\"Tweet id\",\"impressions\"\n\"1\",\"2\"\n"),
            "a.csv",
            ErrorMode.COLLECT);
    assertThat(all(r)).isEmpty();
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo("Header");
              assertThat(p.message())
                  .isEqualTo(
                      "misses time, engagements: an X tweet activity export has Tweet id, time,"
                          + " impressions, engagements");
            });
    assertThatThrownBy(
            () -> all(XAnalyticsReader.daily(new StringReader(""), "e.csv", ErrorMode.FAIL_FAST)))
        .isInstanceOf(DataFormatException.class)
        .hasMessageStartingWith(
            "e.csv: row 0 (line 1), column (header): is missing: the input is empty");
  }

  @Test
  void rows_areReadOnlyAsTheyAreAskedFor() {
    String header = String.join(",", XAnalyticsReader.DAILY_COLUMNS) + "\n";
    String row =
        "2021-01-01,9,6703,262,0.039086975980904076,1,7,29,44,14,0,152,0,0,0,0,0,0,411,15"
            + ",-".repeat(18)
            + "\n";
    // an endless input: a reader that collected every row first would never return
    Reader endless =
        new Reader() {
          private String pending = header;

          @Override
          public int read(char[] buf, int off, int len) {
            if (pending.isEmpty()) {
              pending = row;
            }
            int n = Math.min(len, pending.length());
            pending.getChars(0, n, buf, off);
            pending = pending.substring(n);
            return n;
          }

          @Override
          public void close() {}
        };
    Iterator<DailyActivity> days =
        XAnalyticsReader.daily(endless, "endless.csv", ErrorMode.FAIL_FAST);
    for (int i = 0; i < 3; i++) {
      DailyActivity d = days.next();
      assertThat(d.postsPublished()).isEqualTo(9);
      assertThat(d.figures().reportedEngagements()).hasValue(262);
    }
    assertThat(((ExportReader<DailyActivity>) days).row()).isEqualTo(3);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "89.|Number",
        "1e3|Number",
        "+5|Number",
        "8 9|Number",
        "-5|Negative",
        "-5.0|Negative",
        "99999999999999999999|Number",
        "''|Missing"
      })
  void aCountThatIsNotAWholeNumber_isAProblemNamingItsRule(String cell, String rule)
      throws IOException {
    String csv =
        "\"Tweet id\",\"time\",\"impressions\",\"engagements\"\n"
            + "\"1\",\"2021-01-30 12:56 +0000\",\""
            + cell
            + "\",\"0\"\n";
    ExportReader<Post> r =
        XAnalyticsReader.tweets(new StringReader(csv), "c.csv", ErrorMode.COLLECT);
    assertThat(all(r)).isEmpty();
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo(rule);
              assertThat(p.column()).isEqualTo("impressions");
              assertThat(p.value()).isEqualTo(cell);
            });
  }

  @Test
  void countsAndTimes_inTheirAcceptedSpellings() {
    assertThat(XAnalyticsReader.wholeNumber("89.0")).isEqualTo(89);
    assertThat(XAnalyticsReader.wholeNumber("89.000")).isEqualTo(89);
    assertThat(XAnalyticsReader.wholeNumber("0")).isZero();
    assertThat(XAnalyticsReader.wholeNumber(String.valueOf(Long.MAX_VALUE)))
        .isEqualTo(Long.MAX_VALUE);
    assertThat(XAnalyticsReader.decimal("7.874015748031496E-4")).isEqualTo(7.874015748031496E-4);
    assertThat(XAnalyticsReader.decimal("NaN")).isNaN();
    assertThat(XAnalyticsReader.time("2021-01-30 12:56 +0000"))
        .isEqualTo(ZonedDateTime.of(2021, 1, 30, 12, 56, 0, 0, ZoneOffset.UTC));
    assertThat(XAnalyticsReader.time("2021-01-30 12:56 +0100"))
        .isEqualTo(ZonedDateTime.of(2021, 1, 30, 12, 56, 0, 0, ZoneOffset.ofHours(1)));
    assertThat(XAnalyticsReader.time("2021-02-30 12:56 +0000")).isNull();
    assertThat(XAnalyticsReader.time("2021-0a-30 12:56 +0000")).isNull();
  }
}
