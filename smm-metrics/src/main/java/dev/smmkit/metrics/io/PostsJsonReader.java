package dev.smmkit.metrics.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
 * not a JSON object, or has a field twice, is a problem ({@code Json}). Problems name the row (line
 * number), the field and the value; a row with a problem is left out and every other row is kept.
 * The problems of {@link PostsCsvReader#read PostsCsvReader} apply to the fields, {@code Overflow}
 * included. Lines end at {@code \n}, {@code \r} or {@code \r\n}.
 *
 * <p>A line longer than 1,000,000 characters is a {@code Json} problem ("line longer than 1,000,000
 * characters"): it is read up to that length only, the rest of it is skipped without being kept in
 * memory, and reading goes on at the next line. Nesting deeper than 16 levels is a {@code Json}
 * problem too. One leading byte-order mark (U+FEFF, as a UTF-8 BOM decodes) is dropped. An empty
 * input, or one of blank lines only, is zero posts and no problem: JSON Lines has no header.
 *
 * <p>Stateless and thread-safe: its methods are static and share no mutable state.
 */
public final class PostsJsonReader {
  /** The longest line read, in characters. */
  static final int MAX_LINE = 1_000_000;

  private static final JsonMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(16)
                          .maxStringLength(1_000_000)
                          .build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
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
    Lines lines = new Lines(Inputs.withoutBom(reader));
    long line = 0;
    try {
      for (String text = lines.next(); text != null; text = lines.next()) {
        line++;
        List<RowProblem> found = new ArrayList<>();
        PostRecord post = null;
        if (lines.tooLong()) {
          found.add(
              new RowProblem(
                  line, line, "(line)", text, "Json", "line longer than 1,000,000 characters"));
        } else if (text.isBlank()) {
          continue;
        } else {
          post = parse(text, line, found);
        }
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

  private static @Nullable PostRecord parse(String text, long line, List<RowProblem> found) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      found.add(
          new RowProblem(
              line, line, "(line)", text, "Json", "is not JSON: " + e.getOriginalMessage()));
      return null;
    }
    if (node == null || !node.isObject()) {
      found.add(new RowProblem(line, line, "(line)", text, "Json", "must be a JSON object"));
      return null;
    }
    List<String> fields = new ArrayList<>(PostsCsvReader.COLUMNS.size());
    for (String column : PostsCsvReader.COLUMNS) {
      JsonNode v = node.get(column);
      fields.add(v == null || v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString());
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!PostsCsvReader.COLUMNS.contains(e.getKey())) {
        found.add(
            new RowProblem(
                line,
                line,
                e.getKey(),
                e.getValue().toString(),
                "Unknown",
                "is not a field of smmkit-posts/1"));
      }
    }
    if (!found.isEmpty()) {
      return null;
    }
    return PostsCsvReader.parseFields(fields, line, line, found);
  }

  /**
   * Reads lines of at most {@link #MAX_LINE} characters: the rest of a longer line is read and
   * dropped, so memory stays bounded whatever the input.
   */
  private static final class Lines {
    private final Reader in;
    private final char[] buf = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int pos;
    private int end;
    private boolean afterCr;
    private boolean tooLong;

    Lines(Reader in) {
      this.in = in;
    }

    /**
     * The next line, without its line end.
     *
     * @return the line (its first {@link #MAX_LINE} characters if {@link #tooLong()}), or {@code
     *     null} at the end of the input
     */
    @Nullable String next() throws IOException {
      line.setLength(0);
      tooLong = false;
      boolean any = false;
      while (true) {
        if (pos == end && !fill()) {
          return any ? line.toString() : null;
        }
        if (afterCr) {
          afterCr = false;
          if (buf[pos] == '\n') {
            pos++;
            continue;
          }
        }
        any = true;
        int start = pos;
        while (pos < end && buf[pos] != '\n' && buf[pos] != '\r') {
          pos++;
        }
        int n = pos - start;
        int room = MAX_LINE - line.length();
        if (n > room) {
          tooLong = true;
          n = room;
        }
        line.append(buf, start, n);
        if (pos < end) {
          afterCr = buf[pos] == '\r';
          pos++;
          return line.toString();
        }
      }
    }

    /** Whether the line last returned was longer than {@link #MAX_LINE} characters. */
    boolean tooLong() {
      return tooLong;
    }

    private boolean fill() throws IOException {
      int n = in.read(buf, 0, buf.length);
      pos = 0;
      end = Math.max(n, 0);
      return n > 0;
    }
  }
}
