package dev.smmkit.metrics.io;

import de.siegmar.fastcsv.reader.CsvRecord;
import dev.smmkit.core.ValidationException;
import dev.smmkit.core.Violation;
import dev.smmkit.metrics.Interaction;
import dev.smmkit.metrics.PostStats;
import java.io.Reader;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads SMMKit's own post CSV format, {@code smmkit-posts/1}.
 *
 * <p>Comma-separated, RFC 4180 quoting, a header row with exactly these columns in this order:
 * {@code
 * id,platform,type,published_at,likes,comments,shares,saves,reach,impressions,followers,views}.
 * {@code published_at} is ISO-8601 with an offset ({@code 2026-03-03T19:00:00+03:00}) or a zone
 * ({@code ...[Europe/Moscow]}). Counts are whole numbers at least 0; the four interaction counts
 * are required, while an empty reach, impressions, followers or views cell means unknown. Charset:
 * whatever the caller decoded with (UTF-8 recommended); one leading byte-order mark (U+FEFF, as a
 * UTF-8 BOM decodes) is dropped before the header is read.
 *
 * <p>Problems (each with row, line, column and value): {@code Header} (a wrong header, or none: an
 * empty input is a {@code Header} problem at row 0, line 1, value {@code ""}), {@code FieldCount},
 * {@code Missing}, {@code Number}, {@code Negative}, {@code DateTime}, {@code
 * ReachAtMostImpressions}, {@code Overflow} (the four interaction counts sum above {@link
 * Long#MAX_VALUE}, reported on {@code likes}, so that engagement sums of a row never overflow),
 * {@code Invalid} (any other rule of {@link PostStats.Builder#build()}), {@code Control} (a control
 * character in any cell, such as the NUL of {@code 1\0}, which would otherwise be trimmed away and
 * read as {@code 1}) and {@code Csv} (the CSV parser gave up, such as on a field of more than 16 Mi
 * characters or a record of more than 16,384 fields: the row being read is reported and reading
 * stops, keeping the rows read so far). A row with a problem is left out and reported; every other
 * row is kept.
 *
 * <p>Stateless and thread-safe: its methods are static and share no mutable state.
 */
public final class PostsCsvReader {
  /** The header of format {@code smmkit-posts/1}. */
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "platform",
          "type",
          "published_at",
          "likes",
          "comments",
          "shares",
          "saves",
          "reach",
          "impressions",
          "followers",
          "views");

  private PostsCsvReader() {}

  /**
   * Reads posts. The reader is not closed.
   *
   * @param reader the input, decoded by the caller
   * @param source a name for messages
   * @param mode stop at the first problem or collect them all
   * @return the posts and problems
   * @throws DataFormatException in fail-fast mode, at the first problem
   */
  public static ReadResult<PostRecord> read(Reader reader, String source, ErrorMode mode) {
    Objects.requireNonNull(reader, "reader");
    List<PostRecord> rows = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    Consumer<RowProblem> unreadable = p -> report(source, mode, problems, List.of(p));
    Iterator<CsvRecord> records = Inputs.csv(reader, ',').iterator();
    long row = -1;
    long line = 0;
    for (CsvRecord r = Inputs.next(records, 0, line, unreadable);
        r != null;
        r = Inputs.next(records, row + 1, line, unreadable)) {
      row++;
      line = r.getStartingLineNumber();
      List<RowProblem> found = new ArrayList<>();
      if (row == 0) {
        if (!r.getFields().equals(COLUMNS)) {
          found.add(
              new RowProblem(
                  0,
                  line,
                  "(header)",
                  String.join(",", r.getFields()),
                  "Header",
                  "must be " + String.join(",", COLUMNS)));
          report(source, mode, problems, found);
          return new ReadResult<>(rows, problems);
        }
        continue;
      }
      PostRecord post = parse(r, row, found);
      report(source, mode, problems, found);
      if (post != null && found.isEmpty()) {
        rows.add(post);
      }
    }
    if (row < 0 && problems.isEmpty()) {
      unreadable.accept(Inputs.emptyInput(String.join(",", COLUMNS)));
    }
    return new ReadResult<>(rows, problems);
  }

  private static void report(
      String source, ErrorMode mode, List<RowProblem> problems, List<RowProblem> found) {
    if (!found.isEmpty() && mode == ErrorMode.FAIL_FAST) {
      throw new DataFormatException(source, found.get(0));
    }
    problems.addAll(found);
  }

  private static @Nullable PostRecord parse(CsvRecord r, long row, List<RowProblem> found) {
    long line = r.getStartingLineNumber();
    if (r.getFieldCount() != COLUMNS.size()) {
      found.add(
          Inputs.fieldCount(
              row,
              line,
              r,
              ',',
              COLUMNS.size() + " fields",
              r.getFields().stream().anyMatch(f -> f.indexOf('\n') >= 0)
                  ? "; a quoted field runs across lines: a quote opened here and never"
                      + " closed takes the rows after it"
                  : ""));
      return null;
    }
    return parseFields(r.getFields(), row, line, found);
  }

  /**
   * Checks and converts one post given as the {@link #COLUMNS} values in order (empty for unknown);
   * shared by the CSV and JSON Lines forms of the format.
   */
  static @Nullable PostRecord parseFields(
      List<String> f, long row, long line, List<RowProblem> found) {
    for (int i = 0; i < COLUMNS.size(); i++) {
      RowProblem control = Inputs.control(row, line, COLUMNS.get(i), f.get(i));
      if (control != null) {
        found.add(control);
      }
    }
    if (!found.isEmpty()) {
      return null;
    }
    for (int i = 0; i < 3; i++) {
      if (f.get(i).isBlank()) {
        found.add(new RowProblem(row, line, COLUMNS.get(i), "", "Missing", "must not be empty"));
      }
    }
    ZonedDateTime at = null;
    try {
      at = ZonedDateTime.parse(f.get(3).trim());
    } catch (DateTimeParseException e) {
      found.add(
          new RowProblem(
              row,
              line,
              COLUMNS.get(3),
              f.get(3),
              "DateTime",
              "must be ISO-8601 with offset, such as 2026-03-03T19:00:00+03:00"));
    }
    long[] n = new long[8];
    for (int i = 0; i < 8; i++) {
      String col = COLUMNS.get(4 + i);
      String raw = f.get(4 + i).trim();
      if (raw.isEmpty()) {
        n[i] = -1;
        if (i < 4) {
          found.add(new RowProblem(row, line, col, "", "Missing", "must not be empty"));
        }
        continue;
      }
      try {
        n[i] = Long.parseLong(raw);
      } catch (NumberFormatException e) {
        found.add(new RowProblem(row, line, col, raw, "Number", "must be a whole number"));
        continue;
      }
      if (n[i] < 0) {
        found.add(new RowProblem(row, line, col, raw, "Negative", "must be >= 0"));
      }
    }
    // A date that did not parse has already been reported in found.
    if (!found.isEmpty() || at == null) {
      return null;
    }
    if (Inputs.sumOverflows(n[0], n[1], n[2], n[3])) {
      found.add(
          new RowProblem(row, line, COLUMNS.get(4), f.get(4).trim(), "Overflow", Inputs.OVERFLOW));
      return null;
    }
    try {
      PostStats.Builder b =
          PostStats.builder()
              .count(Interaction.LIKE, n[0])
              .count(Interaction.COMMENT, n[1])
              .count(Interaction.SHARE, n[2])
              .count(Interaction.SAVE, n[3]);
      if (n[4] >= 0) {
        b.reach(n[4]);
      }
      if (n[5] >= 0) {
        b.impressions(n[5]);
      }
      if (n[6] >= 0) {
        b.followers(n[6]);
      }
      if (n[7] >= 0) {
        b.views(n[7]);
      }
      return new PostRecord(row, f.get(0).trim(), f.get(1).trim(), f.get(2).trim(), at, b.build());
    } catch (ValidationException e) {
      found.addAll(problemsOf(e, f, row, line));
      return null;
    }
  }

  /**
   * The problems for what {@link PostStats.Builder} rejected: {@code ReachAtMostImpressions} as
   * such, any other rule as {@code Invalid} with the violation's path and message, on the column
   * the violation names ({@code (row)} if it names none of {@link #COLUMNS}).
   */
  static List<RowProblem> problemsOf(ValidationException e, List<String> f, long row, long line) {
    List<RowProblem> out = new ArrayList<>();
    for (Violation v : e.violations()) {
      String field = v.path().substring(v.path().lastIndexOf('.') + 1);
      int at = COLUMNS.indexOf(field);
      if ("ReachAtMostImpressions".equals(v.rule())) {
        out.add(
            new RowProblem(
                row,
                line,
                COLUMNS.get(8),
                f.get(8),
                "ReachAtMostImpressions",
                "is impossible: reach exceeds impressions (" + f.get(9).trim() + ")"));
      } else {
        out.add(
            new RowProblem(
                row,
                line,
                at >= 0 ? field : "(row)",
                at >= 0 ? f.get(at).trim() : String.valueOf(v.rejectedValue()),
                "Invalid",
                v.path() + ": " + v.message()));
      }
    }
    return out;
  }
}
