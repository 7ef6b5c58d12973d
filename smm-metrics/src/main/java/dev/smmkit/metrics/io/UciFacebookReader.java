package dev.smmkit.metrics.io;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the UCI "Facebook metrics" CSV: {@code ;}-separated, CRLF line ends, a header and one post
 * per row, 19 columns (see {@link UciPost}). The header must name the 19 {@link #COLUMNS} in that
 * order (each cell trimmed); one leading byte-order mark (U+FEFF) is dropped. Empty lines are
 * skipped; a record whose fields are all blank (such as {@code ;;;;}) is skipped without a problem
 * but still counts as a row.
 *
 * <p>Problems reported, each with row, line, column and value: an empty input or a header that
 * differs ({@code Header}, row 0: the first column that differs, or the number of columns, is named
 * and nothing is read, because values are taken by position and would land in the wrong fields), an
 * empty cell ({@code Missing}; the row is kept with 0 in that cell, except that an empty reach,
 * impressions or page-likes cell is unknown to {@link UciPost#toPostStats()}), a cell that is not a
 * whole number ({@code Number}), holds a control character such as a NUL byte ({@code Control}), is
 * negative ({@code Negative}), or is outside its range ({@code Range}: {@code Category} 1 to 3,
 * {@code Post Month} 1 to 12, {@code Post Weekday} 1 to 7, {@code Post Hour} 0 to 23, {@code Paid}
 * 0 or 1), or {@code comment}, {@code like} and {@code share} summing above {@link Long#MAX_VALUE}
 * ({@code Overflow}, reported on {@code like}) (the row cannot be used and is left out), a row with
 * the wrong number of fields ({@code FieldCount}, left out), reach above impressions ({@code
 * ReachAtMostImpressions}; the row is kept and flagged {@link UciPost#impossible()}), and input the
 * CSV parser gives up on, such as a field of more than 16 Mi characters ({@code Csv}: reported for
 * the row being read, and reading stops, keeping the rows read so far). In {@link
 * ErrorMode#FAIL_FAST} the first problem throws {@link DataFormatException}.
 *
 * <p>Stateless and thread-safe: its methods are static and share no mutable state.
 */
public final class UciFacebookReader {
  /** The 19 columns, in file order. */
  public static final List<String> COLUMNS =
      List.of(
          "Page total likes",
          "Type",
          "Category",
          "Post Month",
          "Post Weekday",
          "Post Hour",
          "Paid",
          "Lifetime Post Total Reach",
          "Lifetime Post Total Impressions",
          "Lifetime Engaged Users",
          "Lifetime Post Consumers",
          "Lifetime Post Consumptions",
          "Lifetime Post Impressions by people who have liked your Page",
          "Lifetime Post reach by people who like your Page",
          "Lifetime People who have liked your Page and engaged with your post",
          "comment",
          "like",
          "share",
          "Total Interactions");

  private static final String HEADER = String.join(";", COLUMNS);

  /** Category, Post Month, Post Weekday, Post Hour and Paid have ranges. */
  private static final int FIRST_RANGED = 2;

  private static final int LAST_RANGED = 6;
  private static final List<Long> LOW = List.of(1L, 1L, 1L, 0L, 0L);
  private static final List<Long> HIGH = List.of(3L, 12L, 7L, 23L, 1L);
  private static final int COMMENT = 15;
  private static final int LIKE = 16;
  private static final int SHARE = 17;

  private UciFacebookReader() {}

  /**
   * Reads a file with an explicit charset (the UCI file is ASCII; UTF-8 reads it too).
   *
   * @param file the file
   * @param charset the file's charset
   * @param mode stop at the first problem or collect them all
   * @return the rows and problems
   * @throws DataFormatException in fail-fast mode, at the first problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ReadResult<UciPost> read(Path file, Charset charset, ErrorMode mode) {
    try (Reader r = Files.newBufferedReader(file, charset)) {
      return read(r, file.getFileName().toString(), mode);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads from characters the caller decoded. The reader is not closed.
   *
   * @param reader the input
   * @param source a name for messages, such as the file name
   * @param mode stop at the first problem or collect them all
   * @return the rows and problems
   * @throws DataFormatException in fail-fast mode, at the first problem
   */
  public static ReadResult<UciPost> read(Reader reader, String source, ErrorMode mode) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(mode, "mode");
    List<UciPost> rows = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    Sink sink = new Sink(source, mode, problems);
    Iterator<CsvRecord> records = Inputs.csv(reader, ';').iterator();
    long row = -1;
    long line = 0;
    for (CsvRecord record = Inputs.next(records, 0, line, sink::add);
        record != null;
        record = Inputs.next(records, row + 1, line, sink::add)) {
      row++;
      line = record.getStartingLineNumber();
      if (row == 0) {
        RowProblem wrong = checkHeader(record.getFields(), line);
        if (wrong != null) {
          sink.add(wrong);
          return new ReadResult<>(rows, problems);
        }
        continue;
      }
      if (record.getFields().stream().allMatch(String::isBlank)) {
        continue;
      }
      if (record.getFieldCount() != COLUMNS.size()) {
        sink.add(Inputs.fieldCount(row, line, record, ';', COLUMNS.size() + " fields", ""));
        continue;
      }
      UciPost post = parse(record, row, line, sink);
      if (post != null) {
        if (post.impossible()) {
          sink.add(
              new RowProblem(
                  row,
                  line,
                  COLUMNS.get(7),
                  Long.toString(post.reach()),
                  "ReachAtMostImpressions",
                  "is impossible: reach exceeds impressions (" + post.impressions() + ")"));
        }
        rows.add(post);
      }
    }
    if (row < 0 && problems.isEmpty()) {
      sink.add(Inputs.emptyInput(HEADER));
    }
    return new ReadResult<>(rows, problems);
  }

  private static @Nullable RowProblem checkHeader(List<String> header, long line) {
    for (int i = 0; i < Math.min(header.size(), COLUMNS.size()); i++) {
      if (!header.get(i).trim().equals(COLUMNS.get(i))) {
        return new RowProblem(
            0,
            line,
            "(header)",
            header.get(i),
            "Header",
            "column "
                + (i + 1)
                + " must be \""
                + COLUMNS.get(i)
                + "\": values are read by position; the header must be "
                + HEADER);
      }
    }
    if (header.size() != COLUMNS.size()) {
      return new RowProblem(
          0,
          line,
          "(header)",
          String.join(";", header),
          "Header",
          "must have "
              + COLUMNS.size()
              + " columns, has "
              + header.size()
              + "; the header must be "
              + HEADER);
    }
    return null;
  }

  private static @Nullable UciPost parse(CsvRecord r, long row, long line, Sink sink) {
    Set<String> missing = new HashSet<>();
    long[] n = new long[COLUMNS.size()];
    boolean usable = true;
    for (int i = 0; i < COLUMNS.size(); i++) {
      if (i == 1) {
        continue; // Type is text
      }
      RowProblem control = Inputs.control(row, line, COLUMNS.get(i), r.getField(i));
      if (control != null) {
        sink.add(control);
        usable = false;
        continue;
      }
      String raw = r.getField(i).trim();
      if (raw.isEmpty()) {
        missing.add(COLUMNS.get(i));
        sink.add(
            new RowProblem(
                row,
                line,
                COLUMNS.get(i),
                "",
                "Missing",
                i == 0 || i == 7 || i == 8
                    ? "missing value, unknown: no rate is computed by it"
                    : "missing value, read as 0"));
        continue;
      }
      try {
        n[i] = Long.parseLong(raw);
      } catch (NumberFormatException e) {
        sink.add(
            new RowProblem(row, line, COLUMNS.get(i), raw, "Number", "must be a whole number"));
        usable = false;
        continue;
      }
      if (n[i] < 0) {
        sink.add(new RowProblem(row, line, COLUMNS.get(i), raw, "Negative", "must be >= 0"));
        usable = false;
      } else if (i >= FIRST_RANGED
          && i <= LAST_RANGED
          && (n[i] < LOW.get(i - FIRST_RANGED) || n[i] > HIGH.get(i - FIRST_RANGED))) {
        sink.add(
            new RowProblem(
                row,
                line,
                COLUMNS.get(i),
                raw,
                "Range",
                "must be from " + LOW.get(i - FIRST_RANGED) + " to " + HIGH.get(i - FIRST_RANGED)));
        usable = false;
      }
    }
    if (usable && Inputs.sumOverflows(n[COMMENT], n[LIKE], n[SHARE])) {
      sink.add(
          new RowProblem(
              row, line, COLUMNS.get(LIKE), r.getField(LIKE).trim(), "Overflow", Inputs.OVERFLOW));
      usable = false;
    }
    String type = r.getField(1).trim();
    if (type.isEmpty()) {
      missing.add(COLUMNS.get(1));
      sink.add(new RowProblem(row, line, COLUMNS.get(1), "", "Missing", "missing value"));
    }
    if (!usable) {
      return null;
    }
    return new UciPost(
        (int) row,
        n[0],
        type,
        (int) n[2],
        (int) n[3],
        (int) n[4],
        (int) n[5],
        n[6] == 1,
        n[7],
        n[8],
        n[9],
        n[10],
        n[11],
        n[12],
        n[13],
        n[14],
        n[15],
        n[16],
        n[17],
        n[18],
        missing);
  }

  private record Sink(String source, ErrorMode mode, List<RowProblem> problems) {
    void add(RowProblem p) {
      if (mode == ErrorMode.FAIL_FAST) {
        throw new DataFormatException(source, p);
      }
      problems.add(p);
    }
  }
}
