package dev.smmkit.metrics.io;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads an Instagram post-insights CSV export: comma-separated, RFC 4180 quoting, a header row and
 * one post per row (see {@link InstagramPost}).
 *
 * <p>Columns are found by name (trimmed; one leading byte-order mark, U+FEFF, at the start of the
 * input is dropped), in any order; other columns are ignored. Required: {@link #REQUIRED_COLUMNS}.
 * Optional: {@code Date} (ISO date such as {@code 2021-12-10}) and {@code Conversion Rate}, which
 * is not read because it is derived: compute it with {@link
 * dev.smmkit.metrics.Growth#conversionRate(long, long) Growth.conversionRate(follows,
 * profileVisits)}. Counts are whole numbers at least 0. {@code Hashtags} is split at whitespace,
 * including the no-break space (U+00A0) that real exports use as a separator.
 *
 * <p>Charset: the caller decodes ({@link #read(Reader, String, ErrorMode)}) or names it ({@link
 * #read(Path, Charset, ErrorMode)}); real exports come in UTF-8 and in Windows-1252. Reading a file
 * fails on bytes its charset cannot decode (a Windows-1252 file read as UTF-8), and text holding
 * U+FFFD, which a lenient decoder leaves for such bytes, is reported. A wrong charset that decodes
 * every byte (a UTF-8 file read as Windows-1252) cannot be detected.
 *
 * <p>A record whose fields are all blank (such as {@code ,,,,}) is skipped without a problem; it
 * still counts as a row, so row numbers match the file. Problems, each with row, line, column and
 * value: {@code Header} (a required column missing, or a known column named twice; nothing is read;
 * an empty input is a {@code Header} problem at row 0, line 1), {@code FieldCount}, {@code Control}
 * (a control character such as a NUL byte in a count), {@code Missing}, {@code Number}, {@code
 * Negative}, {@code Date}, {@code Charset} (a U+FFFD replacement character in the text), {@code
 * Overflow} (likes, comments, shares and saves summing above {@link Long#MAX_VALUE}, reported on
 * {@code Likes}) and {@code Csv} (the CSV parser gave up, such as on a field of more than 16 Mi
 * characters or a record of more than 16,384 fields: the row being read is reported and reading
 * stops, keeping the rows read so far). A row with a problem is left out and reported; every other
 * row is kept. In {@link ErrorMode#FAIL_FAST} the first problem throws {@link DataFormatException}.
 *
 * <p>Stateless and thread-safe: its methods are static and share no mutable state.
 */
public final class InstagramInsightsReader {
  /** The optional {@code Date} column. */
  public static final String DATE = "Date";

  /** The optional {@code Conversion Rate} column, which is not read. */
  public static final String CONVERSION_RATE = "Conversion Rate";

  /** The columns every export must have: eleven counts, then the two text columns. */
  public static final List<String> REQUIRED_COLUMNS =
      List.of(
          "Impressions",
          "From Home",
          "From Hashtags",
          "From Explore",
          "From Other",
          "Saves",
          "Comments",
          "Shares",
          "Likes",
          "Profile Visits",
          "Follows",
          "Caption",
          "Hashtags");

  private static final int COUNTS = 11;
  private static final int SAVES = 5;
  private static final int COMMENTS = 6;
  private static final int SHARES = 7;
  private static final int LIKES = 8;
  private static final int CAPTION = 11;
  private static final int HASHTAGS = 12;
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

  private InstagramInsightsReader() {}

  /**
   * Reads a file with an explicit charset. A byte sequence that is not valid in that charset fails
   * the read.
   *
   * @param file the file
   * @param charset the file's charset, such as UTF-8 or {@code Charset.forName("windows-1252")}
   * @param mode stop at the first problem or collect them all
   * @return the posts and problems
   * @throws DataFormatException in fail-fast mode, at the first problem
   * @throws UncheckedIOException if the file cannot be read or decoded
   */
  public static ReadResult<InstagramPost> read(Path file, Charset charset, ErrorMode mode) {
    Objects.requireNonNull(charset, "charset");
    String source = file.getFileName().toString();
    try (Reader r = Files.newBufferedReader(file, charset)) {
      return read(r, source, mode);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UncheckedIOException e) {
      // The CSV parser wraps decoding errors (such as a Windows-1252 file read as UTF-8).
      throw new UncheckedIOException(
          source + ": cannot be read as " + charset.name() + ": " + e.getCause(), e.getCause());
    }
  }

  /**
   * Reads from characters the caller decoded. The reader is not closed.
   *
   * @param reader the input
   * @param source a name for messages, such as the file name
   * @param mode stop at the first problem or collect them all
   * @return the posts and problems
   * @throws DataFormatException in fail-fast mode, at the first problem
   */
  public static ReadResult<InstagramPost> read(Reader reader, String source, ErrorMode mode) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(mode, "mode");
    List<InstagramPost> rows = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    Sink sink = new Sink(source, mode, problems);
    Iterator<CsvRecord> records = Inputs.csv(reader, ',').iterator();
    @Nullable Header header = null;
    long row = -1;
    long line = 0;
    for (CsvRecord record = Inputs.next(records, 0, line, sink::add);
        record != null;
        record = Inputs.next(records, row + 1, line, sink::add)) {
      row++;
      line = record.getStartingLineNumber();
      if (header == null) {
        header = header(record, sink);
        if (!header.usable()) {
          return new ReadResult<>(rows, problems);
        }
        continue;
      }
      if (record.getFields().stream().allMatch(String::isBlank)) {
        continue;
      }
      InstagramPost post = parse(record, row, header, sink);
      if (post != null) {
        rows.add(post);
      }
    }
    if (header == null && problems.isEmpty()) {
      sink.add(Inputs.emptyInput(null));
    }
    return new ReadResult<>(rows, problems);
  }

  /**
   * Where each column is.
   *
   * @param usable false when a required column is missing or a column is named twice
   * @param index the positions of the required columns
   * @param date the position of the date column, or -1
   * @param fields the number of fields in the header
   */
  // Private and never compared, hashed or printed: the array component is only read by index.
  @SuppressWarnings("ArrayRecordComponent")
  private record Header(boolean usable, int[] index, int date, int fields) {}

  private static Header header(CsvRecord r, Sink sink) {
    long line = r.getStartingLineNumber();
    String joined = String.join(",", r.getFields());
    Map<String, Integer> at = new HashMap<>();
    boolean ok = true;
    for (int i = 0; i < r.getFieldCount(); i++) {
      String name = r.getField(i).trim();
      boolean known =
          REQUIRED_COLUMNS.contains(name) || DATE.equals(name) || CONVERSION_RATE.equals(name);
      if (at.putIfAbsent(name, i) != null && known) {
        sink.add(new RowProblem(0, line, name, joined, "Header", "column appears twice"));
        ok = false;
      }
    }
    int[] index = new int[REQUIRED_COLUMNS.size()];
    for (int c = 0; c < index.length; c++) {
      Integer i = at.get(REQUIRED_COLUMNS.get(c));
      if (i == null) {
        sink.add(
            new RowProblem(
                0, line, REQUIRED_COLUMNS.get(c), joined, "Header", "required column is missing"));
        ok = false;
      } else {
        index[c] = i;
      }
    }
    return new Header(ok, index, at.getOrDefault(DATE, -1), r.getFieldCount());
  }

  private static @Nullable InstagramPost parse(CsvRecord r, long row, Header h, Sink sink) {
    long line = r.getStartingLineNumber();
    if (r.getFieldCount() != h.fields) {
      sink.add(Inputs.fieldCount(row, line, r, ',', h.fields + " fields like the header", ""));
      return null;
    }
    boolean usable = true;
    LocalDate date = null;
    if (h.date >= 0) {
      String raw = r.getField(h.date).trim();
      if (raw.isEmpty()) {
        sink.add(new RowProblem(row, line, DATE, "", "Missing", "must not be empty"));
        usable = false;
      } else {
        try {
          date = LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
          sink.add(
              new RowProblem(
                  row, line, DATE, raw, "Date", "must be an ISO date such as 2021-12-10"));
          usable = false;
        }
      }
    }
    long[] n = new long[COUNTS];
    for (int c = 0; c < COUNTS; c++) {
      String col = REQUIRED_COLUMNS.get(c);
      RowProblem control = Inputs.control(row, line, col, r.getField(h.index[c]));
      if (control != null) {
        sink.add(control);
        usable = false;
        continue;
      }
      String raw = r.getField(h.index[c]).trim();
      if (raw.isEmpty()) {
        sink.add(new RowProblem(row, line, col, "", "Missing", "must not be empty"));
        usable = false;
        continue;
      }
      try {
        n[c] = Long.parseLong(raw);
      } catch (NumberFormatException e) {
        sink.add(new RowProblem(row, line, col, raw, "Number", "must be a whole number"));
        usable = false;
        continue;
      }
      if (n[c] < 0) {
        sink.add(new RowProblem(row, line, col, raw, "Negative", "must be >= 0"));
        usable = false;
      }
    }
    String caption = r.getField(h.index[CAPTION]).trim();
    String hashtags = r.getField(h.index[HASHTAGS]).trim();
    for (int c : new int[] {CAPTION, HASHTAGS}) {
      String text = c == CAPTION ? caption : hashtags;
      if (text.indexOf('\uFFFD') >= 0) {
        sink.add(
            new RowProblem(
                row,
                line,
                REQUIRED_COLUMNS.get(c),
                text,
                "Charset",
                "contains U+FFFD, a character that could not be decoded: wrong charset?"));
        usable = false;
      }
    }
    if (usable && Inputs.sumOverflows(n[SAVES], n[COMMENTS], n[SHARES], n[LIKES])) {
      sink.add(
          new RowProblem(
              row,
              line,
              REQUIRED_COLUMNS.get(LIKES),
              r.getField(h.index[LIKES]).trim(),
              "Overflow",
              Inputs.OVERFLOW));
      usable = false;
    }
    if (!usable) {
      return null;
    }
    List<String> tags = SPACES.splitAsStream(hashtags).filter(t -> !t.isEmpty()).toList();
    return new InstagramPost(
        row, date, n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10], caption,
        tags);
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
