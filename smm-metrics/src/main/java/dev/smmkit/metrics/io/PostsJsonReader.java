package dev.smmkit.metrics.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON Lines form of SMMKit's post format {@code smmkit-posts/1}: one JSON object per
 * line, with the same fields as the CSV form ({@link PostsCsvReader#COLUMNS}):
 *
 * <pre>{@code
 * {"id":"p1","platform":"vkontakte","type":"photo","published_at":"2026-03-03T19:00:00+03:00",
 *  "likes":10,"comments":2,"shares":1,"saves":0,"reach":400,"impressions":500,"followers":1000}
 * }</pre>
 *
 * <p>Counts are JSON integers (or strings of digits); {@code reach}, {@code impressions}, {@code
 * followers} and {@code views} may be absent or {@code null} (unknown); the four interaction counts
 * are required. Unknown fields, blank lines aside, are problems ({@code Unknown}); a line that is
 * not a JSON object is a problem ({@code Json}). Problems name the row (line number), the field and
 * the value; a row with a problem is left out and every other row is kept. Lines longer than
 * 1,000,000 characters or nested deeper than 16 levels are refused as {@code Json} problems.
 */
public final class PostsJsonReader {
  private static final JsonMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(16)
                          .maxStringLength(1_000_000)
                          .build())
                  .build())
          .build();

  private PostsJsonReader() {}

  /**
   * Reads posts, one JSON object per line. The reader is not closed.
   *
   * @param reader the input, decoded by the caller (UTF-8 recommended)
   * @param source a name for messages
   * @param mode stop at the first problem or collect them all
   * @return the posts and problems
   * @throws DataFormatException in fail-fast mode, at the first problem
   */
  public static ReadResult<PostRecord> read(Reader reader, String source, ErrorMode mode) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(mode, "mode");
    List<PostRecord> rows = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    long line = 0;
    try {
      for (String text = lines.readLine(); text != null; text = lines.readLine()) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        List<RowProblem> found = new ArrayList<>();
        PostRecord post = parse(text, line, found);
        if (!found.isEmpty() && mode == ErrorMode.FAIL_FAST) {
          throw new DataFormatException(source, found.get(0));
        }
        problems.addAll(found);
        if (post != null) {
          rows.add(post);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    }
    return new ReadResult<>(rows, problems);
  }

  private static PostRecord parse(String text, long line, List<RowProblem> found) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JacksonException e) {
      found.add(
          new RowProblem(
              line,
              line,
              "(line)",
              abbreviate(text),
              "Json",
              "is not JSON: " + e.getOriginalMessage()));
      return null;
    }
    if (node == null || !node.isObject()) {
      found.add(
          new RowProblem(line, line, "(line)", abbreviate(text), "Json", "must be a JSON object"));
      return null;
    }
    List<String> fields = new ArrayList<>(PostsCsvReader.COLUMNS.size());
    for (String column : PostsCsvReader.COLUMNS) {
      JsonNode v = node.get(column);
      fields.add(v == null || v.isNull() ? "" : v.isValueNode() ? v.asString() : v.toString());
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!PostsCsvReader.COLUMNS.contains(e.getKey())) {
        found.add(
            new RowProblem(
                line,
                line,
                e.getKey(),
                abbreviate(e.getValue().toString()),
                "Unknown",
                "is not a field of smmkit-posts/1"));
      }
    }
    if (!found.isEmpty()) {
      return null;
    }
    return PostsCsvReader.parseFields(fields, line, line, found);
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
