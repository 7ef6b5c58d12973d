package dev.smmkit.metrics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class PostsJsonReaderTest {

  static ReadResult<PostRecord> read(String text) {
    return PostsJsonReader.read(new StringReader(text), "posts.jsonl", ErrorMode.COLLECT);
  }

  static final String P1 =
      "{\"id\":\"p1\",\"platform\":\"vkontakte\",\"type\":\"photo\",\"published_at\":\"2026-03-31T23:30:00+03:00\","
          + "\"likes\":79,\"comments\":4,\"shares\":17,\"saves\":6,\"reach\":2752,\"impressions\":5091,\"followers\":139441,\"views\":null}";

  @Test
  void jsonLines_giveTheSamePostsAsTheCsvForm() {
    ReadResult<PostRecord> json = read(P1 + "\n\n");
    ReadResult<PostRecord> csv =
        PostsCsvReader.read(
            new StringReader(
                String.join(",", PostsCsvReader.COLUMNS)
                    + "\np1,vkontakte,photo,2026-03-31T23:30:00+03:00,79,4,17,6,2752,5091,139441,\n"),
            "posts.csv",
            ErrorMode.COLLECT);
    assertThat(json.problems()).isEmpty();
    assertThat(json.rows()).hasSize(1);
    PostRecord a = json.rows().get(0);
    PostRecord b = csv.rows().get(0);
    assertThat(a.stats()).isEqualTo(b.stats());
    assertThat(a.publishedAt()).isEqualTo(b.publishedAt());
    assertThat(a.id()).isEqualTo("p1");
  }

  @Test
  void badLines_areReportedWithLineFieldAndValue_andGoodLinesKept() {
    ReadResult<PostRecord> r =
        read(
            P1
                + "\nnot json\n[1,2]\n"
                + "{\"id\":\"p4\",\"platform\":\"ok\",\"type\":\"video\",\"published_at\":\"2026-03-01T10:00:00Z\",\"likes\":1,\"comments\":1,\"shares\":1,\"saves\":1,\"colour\":\"red\"}\n"
                + "{\"id\":\"p5\",\"platform\":\"ok\",\"type\":\"video\",\"published_at\":\"2026-03-01T10:00:00Z\",\"likes\":-1,\"comments\":1.5,\"shares\":1}\n"
                + "{\"id\":\"p6\",\"platform\":\"ok\",\"type\":\"video\",\"published_at\":\"2026-03-01T10:00:00Z\",\"likes\":1,\"comments\":1,\"shares\":1,\"saves\":0,\"reach\":10,\"impressions\":5}\n"
                + "{\"id\":\"p7\",\"platform\":\"ok\",\"type\":\"video\",\"published_at\":\"2026-03-01T10:00:00Z\",\"likes\":\"2\",\"comments\":1,\"shares\":1,\"saves\":0}\n");
    assertThat(r.rows()).extracting(PostRecord::id).containsExactly("p1", "p7");
    assertThat(r.problems())
        .extracting(RowProblem::row, RowProblem::column, RowProblem::rule)
        .containsExactly(
            tuple(2L, "(line)", "Json"),
            tuple(3L, "(line)", "Json"),
            tuple(4L, "colour", "Unknown"),
            tuple(5L, "likes", "Negative"),
            tuple(5L, "comments", "Number"),
            tuple(5L, "saves", "Missing"),
            tuple(6L, "reach", "ReachAtMostImpressions"));
  }

  @Test
  void failFast_namesTheFirstProblem() {
    assertThatThrownBy(
            () ->
                PostsJsonReader.read(
                    new StringReader(P1 + "\n{\"id\":1}\n"), "posts.jsonl", ErrorMode.FAIL_FAST))
        .isInstanceOf(DataFormatException.class)
        .hasMessage("posts.jsonl: row 2 (line 2), column platform: must not be empty (was \"\")");
  }

  @Test
  void oneLeadingByteOrderMark_isDropped() {
    ReadResult<PostRecord> r = read("\uFEFF" + P1 + "\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.rows()).extracting(PostRecord::id).containsExactly("p1");
    assertThat(read("\uFEFF\uFEFF" + P1 + "\n").problems())
        .extracting(RowProblem::row, RowProblem::rule)
        .containsExactly(tuple(1L, "Json"));
  }

  @Test
  void emptyInput_isZeroPosts_withoutAProblem_sinceJsonLinesHasNoHeader() {
    for (String empty : new String[] {"", "\uFEFF", "\n \r\n\t\r"}) {
      ReadResult<PostRecord> r =
          PostsJsonReader.read(new StringReader(empty), "empty.jsonl", ErrorMode.FAIL_FAST);
      assertThat(r.rows()).isEmpty();
      assertThat(r.problems()).isEmpty();
    }
  }

  @Test
  void lineEnds_lfCrAndCrlf_countOneLineEach() {
    ReadResult<PostRecord> r =
        read(P1 + "\r\nnot json\r" + P1.replace("p1", "p3") + "\n\n[]" + "\r\n" + P1);
    assertThat(r.rows()).extracting(PostRecord::row).containsExactly(1L, 3L, 6L);
    assertThat(r.problems()).extracting(RowProblem::line).containsExactly(2L, 5L);
  }

  @Test
  void aLineLongerThanAMillionCharacters_isAProblem_skippedWithoutBeingKept_andReadingGoesOn() {
    // 20 Mi characters on line 2, generated as read, then two more lines.
    PostsCsvReaderTest.Repeated text =
        new PostsCsvReaderTest.Repeated(
            P1 + "\n{\"id\":\"", 'x', 20L << 20, "\"}\r\n\n" + P1.replace("p1", "p4") + "\n");
    ReadResult<PostRecord> r = PostsJsonReader.read(text, "big.jsonl", ErrorMode.COLLECT);
    assertThat(r.rows())
        .extracting(PostRecord::id, PostRecord::row)
        .containsExactly(tuple("p1", 1L), tuple("p4", 4L));
    assertThat(r.problems())
        .extracting(RowProblem::row, RowProblem::column, RowProblem::value, RowProblem::message)
        .containsExactly(
            tuple(
                2L,
                "(line)",
                "{\"id\":\""
                    + "x".repeat(RowProblem.MAX_VALUE_LENGTH - 7)
                    + "... ("
                    + PostsJsonReader.MAX_LINE
                    + " characters)",
                "line longer than 1,000,000 characters"));
    // The limit is exact: a line of 1,000,000 characters is read, one more is refused.
    String limit = " ".repeat(PostsJsonReader.MAX_LINE);
    assertThat(read(limit + "\n" + P1).problems()).isEmpty();
    assertThatThrownBy(
            () ->
                PostsJsonReader.read(
                    new StringReader(P1 + "\n" + limit + " \n"), "big.jsonl", ErrorMode.FAIL_FAST))
        .isInstanceOf(DataFormatException.class)
        .hasMessageStartingWith(
            "big.jsonl: row 2 (line 2), column (line): line longer than 1,000,000 characters");
  }

  @Test
  void interactionCounts_summingAboveLongMax_areAnOverflowProblem() {
    ReadResult<PostRecord> r =
        read(
            P1.replace("\"likes\":79", "\"likes\":9223372036854775807")
                .replace("\"comments\":4", "\"comments\":1"));
    assertThat(r.rows()).isEmpty();
    assertThat(r.problems())
        .containsExactly(
            new RowProblem(
                1,
                1,
                "likes",
                "9223372036854775807",
                "Overflow",
                "sum of interaction counts exceeds 9223372036854775807"));
  }

  @Test
  void aFieldGivenTwice_isAJsonProblem_notLastOneWins() {
    ReadResult<PostRecord> r =
        read(P1.replace("\"likes\":79,", "\"likes\":1,\"likes\":500,") + "\n" + P1);
    assertThat(r.rows()).hasSize(1);
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(1);
              assertThat(p.rule()).isEqualTo("Json");
              assertThat(p.message()).contains("likes");
            });
  }

  @Test
  void problemValues_carryTheWholeValue_upToRowProblemsDocumentedMarkedCut() {
    // GIVEN a 150-character unknown field value and a 180-character line that is not JSON
    String longValue = "v".repeat(150);
    String notJson = "{\"id\": " + "y".repeat(171);

    ReadResult<PostRecord> r =
        read(P1.replace("}", ",\"extra\":\"" + longValue + "\"}") + "\n" + notJson);

    // THEN both are kept in full (no cut at 80 characters) ...
    assertThat(r.problems())
        .extracting(RowProblem::value)
        .containsExactly("\"" + longValue + "\"", notJson);
    // ... and a value beyond RowProblem.MAX_VALUE_LENGTH is cut visibly, with its length
    String huge = "{\"id\": " + "z".repeat(400);
    assertThat(read(huge).problems().get(0).value())
        .isEqualTo(
            huge.substring(0, RowProblem.MAX_VALUE_LENGTH)
                + "... ("
                + huge.length()
                + " characters)");
  }
}
