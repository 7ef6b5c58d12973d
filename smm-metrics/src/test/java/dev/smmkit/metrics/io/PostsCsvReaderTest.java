package dev.smmkit.metrics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.smmkit.core.ValidationException;
import dev.smmkit.core.Violation;
import dev.smmkit.metrics.Denominator;
import dev.smmkit.metrics.EngagementGroups;
import dev.smmkit.metrics.EngagementRate;
import dev.smmkit.metrics.EngagementSummary;
import dev.smmkit.metrics.InteractionSet;
import dev.smmkit.metrics.Rate;
import java.io.Reader;
import java.io.StringReader;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class PostsCsvReaderTest {
  private static final String HEADER = String.join(",", PostsCsvReader.COLUMNS);

  private static final String P1 =
      "p1,vkontakte,photo,2026-03-31T23:30:00+03:00,79,4,17,6,2752,5091,139441,";

  /** Characters made on the fly: a prefix, one character repeated, a suffix; none are stored. */
  static final class Repeated extends Reader {
    private final String prefix;
    private final char repeated;
    private final long count;
    private final String suffix;
    private long at;

    Repeated(String prefix, char repeated, long count, String suffix) {
      this.prefix = prefix;
      this.repeated = repeated;
      this.count = count;
      this.suffix = suffix;
    }

    @Override
    public int read(char[] buf, int off, int len) {
      long total = prefix.length() + count + suffix.length();
      if (at >= total) {
        return -1;
      }
      int n = 0;
      for (; n < len && at < total; n++, at++) {
        buf[off + n] =
            at < prefix.length()
                ? prefix.charAt((int) at)
                : at < prefix.length() + count
                    ? repeated
                    : suffix.charAt((int) (at - prefix.length() - count));
      }
      return n;
    }

    @Override
    public void close() {}
  }

  private static ReadResult<PostRecord> read(String... lines) {
    return PostsCsvReader.read(
        new StringReader(HEADER + "\n" + String.join("\n", lines) + "\n"),
        "posts.csv",
        ErrorMode.COLLECT);
  }

  @Test
  void goodRows_becomePosts_withUnknownAudienceCellsLeftUnknown() {
    ReadResult<PostRecord> r =
        read(
            "p1,vkontakte,photo,2026-03-31T23:30:00+03:00,79,4,17,6,2752,5091,139441,",
            "p2,telegram,\"link, with comma\",2026-04-02T10:00:00+03:00[Europe/Moscow],10,0,2,0,,,,500");
    assertThat(r.problems()).isEmpty();
    assertThat(r.rows()).hasSize(2);
    PostRecord p1 = r.rows().get(0);
    assertThat(
            EngagementRate.of(p1.stats(), InteractionSet.LIKES_COMMENTS_SHARES, Denominator.REACH))
        .isEqualTo(Rate.of(100, 2752));
    assertThat(p1.stats().views()).isEmpty();
    assertThat(r.rows().get(1).type()).isEqualTo("link, with comma");
    assertThat(r.rows().get(1).stats().reach()).isEmpty();
  }

  @Test
  void badRows_areReported_andGoodRowsKept() {
    ReadResult<PostRecord> r =
        read(
            "p1,vkontakte,photo,2026-03-31T23:30:00+03:00,79,4,17,6,2752,5091,139441,",
            "p2,,photo,yesterday,x,-1,,0,10,5,,",
            "p3,ok",
            "p4,facebook,video,2026-03-01T10:00:00Z,1,1,1,1,,,,");
    assertThat(r.rows()).extracting(PostRecord::id).containsExactly("p1", "p4");
    assertThat(r.problems())
        .extracting(RowProblem::row, RowProblem::column, RowProblem::value, RowProblem::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "platform", "", "Missing"),
            org.assertj.core.groups.Tuple.tuple(2L, "published_at", "yesterday", "DateTime"),
            org.assertj.core.groups.Tuple.tuple(2L, "likes", "x", "Number"),
            org.assertj.core.groups.Tuple.tuple(2L, "comments", "-1", "Negative"),
            org.assertj.core.groups.Tuple.tuple(2L, "shares", "", "Missing"),
            org.assertj.core.groups.Tuple.tuple(3L, "(row)", "p3,ok", "FieldCount"));
  }

  @Test
  void impossibleReach_andWrongHeader_andFailFast() {
    ReadResult<PostRecord> r = read("p1,vkontakte,photo,2026-03-31T23:30:00+03:00,1,1,1,1,10,5,,");
    assertThat(r.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.rule()).isEqualTo("ReachAtMostImpressions"));
    ReadResult<PostRecord> h =
        PostsCsvReader.read(new StringReader("id;platform\n"), "x.csv", ErrorMode.COLLECT);
    assertThat(h.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.rule()).isEqualTo("Header"));
    assertThatThrownBy(
            () ->
                PostsCsvReader.read(
                    new StringReader(HEADER + "\np1,vk,photo,bad,1,1,1,1,,,,\n"),
                    "posts.csv",
                    ErrorMode.FAIL_FAST))
        .isInstanceOf(DataFormatException.class)
        .hasMessageStartingWith(
            "posts.csv: row 1 (line 2), column published_at: must be ISO-8601 with offset");
  }

  @Test
  void groupBy_platformTypeAndMonth_withAnExplicitZone() {
    ReadResult<PostRecord> r =
        read(
            "p1,vkontakte,photo,2026-03-31T23:30:00+03:00,79,4,17,6,2752,5091,,",
            "p2,vkontakte,video,2026-04-01T10:00:00+03:00,10,0,0,0,100,150,,",
            "p3,odnoklassniki,photo,2026-03-10T10:00:00+03:00,5,0,0,0,50,60,,");
    EngagementGroups<String> byPlatform = new EngagementGroups<>();
    EngagementGroups<YearMonth> moscow = new EngagementGroups<>();
    EngagementGroups<YearMonth> vladivostok = new EngagementGroups<>();
    for (PostRecord p : r.rows()) {
      long e = p.stats().engagements(InteractionSet.LIKES_COMMENTS_SHARES);
      long reach = p.stats().reach().orElseThrow();
      byPlatform.add(p.platform(), e, reach);
      moscow.add(EngagementGroups.month(p.publishedAt(), ZoneId.of("Europe/Moscow")), e, reach);
      vladivostok.add(
          EngagementGroups.month(p.publishedAt(), ZoneId.of("Asia/Vladivostok")), e, reach);
    }
    SortedMap<String, EngagementSummary> platforms = byPlatform.snapshot();
    assertThat(platforms.keySet()).containsExactly("odnoklassniki", "vkontakte");
    assertThat(platforms.get("vkontakte").ratioOfSums()).isEqualTo(Rate.of(110, 2852));
    assertThat(moscow.snapshot().get(YearMonth.of(2026, 3)).posts()).isEqualTo(2);
    assertThat(vladivostok.snapshot().get(YearMonth.of(2026, 4)).posts()).isEqualTo(2);
    EngagementGroups<String> other = new EngagementGroups<String>().add("telegram", 1, 10);
    assertThat(byPlatform.merge(other).snapshot().keySet())
        .containsExactly("odnoklassniki", "telegram", "vkontakte");
    assertThatThrownBy(() -> new EngagementGroups<String>().add(null, 1, 1))
        .isInstanceOf(dev.smmkit.core.ValidationException.class)
        .hasMessage("EngagementGroups.key: must not be null (was null)");
  }

  @Test
  void summaries_serialiseAsJson() {
    EngagementSummary s = new EngagementSummary(3, 1, 110, 2852, 77_000_000);
    assertThat(s.toJson())
        .isEqualTo(
            "{\"posts\":3,\"undefinedPosts\":1,\"engagements\":110,\"denominator\":2852,\"rateSumNano\":77000000}");
    assertThat(EngagementSummary.fromJson(s.toJson())).isEqualTo(s);
    assertThatThrownBy(() -> EngagementSummary.fromJson("{\"posts\":3}"))
        .isInstanceOf(dev.smmkit.core.ValidationException.class)
        .hasMessageStartingWith(
            "EngagementSummary.json: must be JSON written by EngagementSummary.toJson");
    assertThatThrownBy(
            () ->
                EngagementSummary.fromJson(
                    "{\"posts\":-3,\"undefinedPosts\":0,\"engagements\":0,\"denominator\":0,\"rateSumNano\":0}"))
        .isInstanceOf(dev.smmkit.core.ValidationException.class)
        .hasMessage(
            "EngagementSummary.posts: must be >= 0 (was -3)\nEngagementSummary.undefinedPosts: must be between 0 and posts (was 0)");
    assertThat(List.of(s)).hasSize(1);
  }

  @Test
  void oneLeadingByteOrderMark_isDropped() {
    ReadResult<PostRecord> r =
        PostsCsvReader.read(
            new StringReader("\uFEFF" + HEADER + "\r\n" + P1 + "\r\n"),
            "bom.csv",
            ErrorMode.COLLECT);
    assertThat(r.problems()).isEmpty();
    assertThat(r.rows()).extracting(PostRecord::id).containsExactly("p1");
    // Also before a quoted first column; the header may be quoted like any row.
    String quoted = "\uFEFF\"id\"" + HEADER.substring(2) + "\n" + P1 + "\n";
    assertThat(PostsCsvReader.read(new StringReader(quoted), "q.csv", ErrorMode.COLLECT).rows())
        .hasSize(1);
    // Only one: a second U+FEFF is part of the first column name.
    ReadResult<PostRecord> twice =
        PostsCsvReader.read(
            new StringReader("\uFEFF\uFEFF" + HEADER + "\n" + P1 + "\n"),
            "x.csv",
            ErrorMode.COLLECT);
    assertThat(twice.rows()).isEmpty();
    assertThat(twice.problems())
        .extracting(RowProblem::row, RowProblem::line, RowProblem::value, RowProblem::rule)
        .containsExactly(tuple(0L, 1L, "\uFEFF" + HEADER, "Header"));
  }

  @Test
  void emptyInput_isAHeaderProblem_butAHeaderAloneIsZeroRows() {
    String message = "is missing: the input is empty; the header must be " + HEADER;
    for (String empty : List.of("", "\uFEFF", "\n\r\n")) {
      ReadResult<PostRecord> r =
          PostsCsvReader.read(new StringReader(empty), "empty.csv", ErrorMode.COLLECT);
      assertThat(r.rows()).isEmpty();
      assertThat(r.problems())
          .containsExactly(new RowProblem(0, 1, "(header)", "", "Header", message));
    }
    assertThatThrownBy(
            () -> PostsCsvReader.read(new StringReader(""), "empty.csv", ErrorMode.FAIL_FAST))
        .isInstanceOf(DataFormatException.class)
        .hasMessage("empty.csv: row 0 (line 1), column (header): " + message + " (was \"\")");
    ReadResult<PostRecord> headerOnly =
        PostsCsvReader.read(new StringReader(HEADER + "\n"), "h.csv", ErrorMode.FAIL_FAST);
    assertThat(headerOnly.rows()).isEmpty();
    assertThat(headerOnly.problems()).isEmpty();
  }

  @Test
  void aFieldAboveTheParsersLimit_isACsvProblem_andReadingStops_keepingTheRowsBefore() {
    // 17 Mi characters in one field, generated as read: FastCSV refuses fields above 16 Mi.
    Reader huge =
        new Repeated(
            HEADER + "\n" + P1 + "\np2,vkontakte,photo,",
            'x',
            17L << 20,
            ",1,1,1,1,,,,\n" + P1.replace("p1", "p3") + "\n");
    ReadResult<PostRecord> r = PostsCsvReader.read(huge, "huge.csv", ErrorMode.COLLECT);
    assertThat(r.rows()).extracting(PostRecord::id).containsExactly("p1");
    assertThat(r.problems())
        .extracting(
            RowProblem::row,
            RowProblem::line,
            RowProblem::column,
            RowProblem::value,
            RowProblem::rule)
        .containsExactly(tuple(2L, 3L, "(row)", "", "Csv"));
    assertThat(r.problems().get(0).message()).startsWith("cannot be read as CSV: ");
    // A record of more than 16,384 fields is refused too; fail-fast throws.
    String wide = HEADER + "\n" + ",".repeat(20_000) + "\n";
    assertThatThrownBy(
            () -> PostsCsvReader.read(new StringReader(wide), "wide.csv", ErrorMode.FAIL_FAST))
        .isInstanceOf(DataFormatException.class)
        .hasMessageStartingWith("wide.csv: row 1 (line 2), column (row): cannot be read as CSV: ")
        .satisfies(e -> assertThat(((DataFormatException) e).problem().rule()).isEqualTo("Csv"));
  }

  @Test
  void interactionCounts_summingAboveLongMax_areAnOverflowProblem() {
    ReadResult<PostRecord> r =
        read(
            "p1,vk,photo,2026-03-01T10:00:00Z,9223372036854775807,1,0,0,,,,",
            "p2,vk,photo,2026-03-01T10:00:00Z,9223372036854775807,0,0,0,,,,",
            "p3,vk,photo,2026-03-01T10:00:00Z,4611686018427387904,4611686018427387904,0,0,,,,");
    assertThat(r.problems())
        .containsExactly(
            new RowProblem(
                1,
                2,
                "likes",
                "9223372036854775807",
                "Overflow",
                "sum of interaction counts exceeds 9223372036854775807"),
            new RowProblem(
                3,
                4,
                "likes",
                "4611686018427387904",
                "Overflow",
                "sum of interaction counts exceeds 9223372036854775807"));
    // At the limit the sum fits: the row is kept and its engagements computed.
    assertThat(r.rows()).extracting(PostRecord::id).containsExactly("p2");
    assertThat(r.rows().get(0).stats().engagements(InteractionSet.LIKES_COMMENTS_SHARES_SAVES))
        .isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void whatPostStatsRejects_isReportedWithItsOwnRule() {
    List<String> f =
        List.of(
            "p1", "vk", "photo", "2026-03-01T10:00:00Z", "1", "1", "1", "1", "10", " 5 ", "", "7");
    ValidationException e =
        new ValidationException(
            List.of(
                new Violation("PostStats.reach", 10L, "ReachAtMostImpressions", "is impossible"),
                new Violation("PostStats.views", 7L, "Odd", "must be even"),
                new Violation("PostStats", null, "Whole", "is not consistent")));
    assertThat(PostsCsvReader.problemsOf(e, f, 3, 4))
        .containsExactly(
            new RowProblem(
                3,
                4,
                "reach",
                "10",
                "ReachAtMostImpressions",
                "is impossible: reach exceeds impressions (5)"),
            new RowProblem(3, 4, "views", "7", "Invalid", "PostStats.views: must be even"),
            new RowProblem(3, 4, "(row)", "null", "Invalid", "PostStats: is not consistent"));
  }

  @Test
  void anUnclosedQuote_isAFieldCountProblemThatSaysSo_withAShortOneLineValue() {
    StringBuilder later = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      later.append('\n').append(P1.replace("p1,", "q" + i + ","));
    }
    ReadResult<PostRecord> r = read(P1, "p2,vkontakte,\"photo,2026-03-31T23:30:00+03:00" + later);
    assertThat(r.rows()).hasSize(1);
    assertThat(r.problems()).hasSize(1);
    RowProblem p = r.problems().get(0);
    assertThat(p.rule()).isEqualTo("FieldCount");
    assertThat(p.message())
        .startsWith("must have 12 fields, has 3")
        .contains("a quote opened here and never closed takes the rows after it");
    assertThat(p.value())
        .hasSizeLessThan(RowProblem.MAX_VALUE_LENGTH + 40)
        .startsWith("p2,vkontakte,photo,2026-03-31T23:30:00+03:00\nq0,")
        .endsWith(" characters)");
    assertThat(p.toString()).doesNotContain("\n").contains("+03:00\\nq0");
  }

  @Test
  void rowProblem_keepsShortValuesWhole_andCutsLongOnesAtACharacterBoundary() {
    String exact = "x".repeat(RowProblem.MAX_VALUE_LENGTH);
    assertThat(new RowProblem(1, 2, "c", exact, "R", "m").value()).isEqualTo(exact);
    String emoji = "x".repeat(RowProblem.MAX_VALUE_LENGTH - 1) + "\uD83D\uDE00" + "tail";
    assertThat(new RowProblem(1, 2, "c", emoji, "R", "m").value())
        .isEqualTo("x".repeat(RowProblem.MAX_VALUE_LENGTH - 1) + "... (205 characters)");
    assertThat(new RowProblem(3, 0, "reach", "", "NoDenominator", "has none").toString())
        .isEqualTo("row 3, column reach: has none (was \"\")");
    assertThat(new RowProblem(3, 4, "c", "a\nb", "R", "m").toString())
        .isEqualTo("row 3 (line 4), column c: m (was \"a\\nb\")");
    assertThatThrownBy(() -> new RowProblem(1, 2, "c", null, "R", "m"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
  }

  @Test
  void aNulByteInANumericCell_isAControlProblem_notTheNumberBeforeIt() {
    String bad = P1.replace(",79,", ",1\u0000,");
    ReadResult<PostRecord> r = read(bad);
    assertThat(r.rows()).isEmpty();
    assertThat(r.problems())
        .singleElement()
        .hasToString(
            "row 1 (line 2), column likes: must not hold a control character (U+0000 at character"
                + " 2) (was \"1\\u0000\")");
    assertThatThrownBy(
            () ->
                PostsCsvReader.read(
                    new StringReader(HEADER + "\n" + bad), "p.csv", ErrorMode.FAIL_FAST))
        .isInstanceOf(DataFormatException.class)
        .hasMessageStartingWith("p.csv: row 1 (line 2), column likes: must not hold a control");
  }

  @Test
  void toFigures_knowsWhatTheFormatHas_andToPostKeepsIdAndTime() {
    PostRecord p = read(P1).rows().get(0);
    assertThat(p.toFigures().engagements(InteractionSet.LIKES_COMMENTS_SHARES)).isEqualTo(100);
    assertThat(p.toFigures().views()).isEmpty();
    assertThatThrownBy(() -> p.toFigures().engagements(InteractionSet.X_ANALYTICS))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Figures.url_click: is not in the source, and x-analytics needs it");
    assertThat(p.toPost().id()).isEqualTo("p1");
    assertThat(p.toPost().publishedAt()).hasValue(p.publishedAt());
  }
}
