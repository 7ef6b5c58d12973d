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
}
