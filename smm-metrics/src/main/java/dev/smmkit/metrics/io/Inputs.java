package dev.smmkit.metrics.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What the readers share: the byte-order mark, the CSV parser set-up and its parse errors. */
final class Inputs {
  /** The byte-order mark as a decoder leaves it: U+FEFF. */
  static final char BOM = '\uFEFF';

  /** The message of an {@code Overflow} problem. */
  static final String OVERFLOW = "sum of interaction counts exceeds " + Long.MAX_VALUE;

  private static final Pattern LINE = Pattern.compile("line (\\d+)");

  private Inputs() {}

  /**
   * Wraps a reader so that one leading U+FEFF is dropped; nothing is read until the first read.
   * Closing the wrapper closes the reader.
   *
   * @param reader the input
   * @return the input without a leading byte-order mark
   */
  static Reader withoutBom(Reader reader) {
    return new BomSkippingReader(reader);
  }

  /**
   * A lenient-about-field-counts CSV parser over the input without its byte-order mark: records of
   * any length are returned (the readers check field counts), empty lines are skipped.
   *
   * @param reader the input
   * @param separator the field separator
   * @return the parser
   */
  static CsvReader<CsvRecord> csv(Reader reader, char separator) {
    return CsvReader.builder()
        .fieldSeparator(separator)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .ofCsvRecord(withoutBom(reader));
  }

  /**
   * The next record, or {@code null} at the end of the input or when the parser gives up (a field
   * or record above its size limits, too many fields): then the parse error is passed on as a
   * {@code Csv} problem, and the caller stops reading since the parser cannot go on.
   *
   * @param records the parser's records
   * @param row the row number the record would have
   * @param lastLine the starting line of the previous record, 0 before the first
   * @param problem receives the problem (and may throw it in fail-fast mode)
   * @return the record, or {@code null} when there are no more
   */
  static @Nullable CsvRecord next(
      Iterator<CsvRecord> records, long row, long lastLine, Consumer<RowProblem> problem) {
    try {
      return records.hasNext() ? records.next() : null;
    } catch (CsvParseException e) {
      problem.accept(csvProblem(e, row, lastLine));
      return null;
    }
  }

  /**
   * Describes a parse error of FastCSV as a {@code Csv} problem of the given row.
   *
   * @param e the error
   * @param row the row being read
   * @param lastLine the starting line of the previous record, 0 before the first
   * @return the problem, with the line the parser names (the line after {@code lastLine} if none)
   */
  static RowProblem csvProblem(CsvParseException e, long row, long lastLine) {
    Throwable detail = e.getCause() != null ? e.getCause() : e;
    long line = lastLine + 1;
    for (Throwable t = e; t != null; t = t.getCause()) {
      Matcher m = LINE.matcher(Objects.toString(t.getMessage(), ""));
      if (m.find()) {
        line = Long.parseLong(m.group(1));
        break;
      }
    }
    return new RowProblem(
        row, line, "(row)", "", "Csv", "cannot be read as CSV: " + detail.getMessage());
  }

  /**
   * The problem of an input with no record at all: a {@code Header} problem at row 0, line 1.
   *
   * @param header the header the format needs, or null when it has no fixed one
   * @return the problem
   */
  static RowProblem emptyInput(@Nullable String header) {
    return new RowProblem(
        0,
        1,
        "(header)",
        "",
        "Header",
        "is missing: the input is empty"
            + (header == null ? "" : "; the header must be " + header));
  }

  /**
   * The {@code FieldCount} problem of a record whose number of fields is not the format's.
   *
   * @param row the data row
   * @param line the record's first line
   * @param r the record
   * @param separator the field separator, to show the record as read
   * @param wanted what the format has, such as {@code "19 fields"}
   * @param hint more to say after the count, or empty
   * @return the problem
   */
  static RowProblem fieldCount(
      long row, long line, CsvRecord r, char separator, String wanted, String hint) {
    return new RowProblem(
        row,
        line,
        "(row)",
        String.join(String.valueOf(separator), r.getFields()),
        "FieldCount",
        "must have " + wanted + ", has " + r.getFieldCount() + hint);
  }

  /**
   * Where the first control character of a cell is: a C0 control other than tab, line feed and
   * carriage return (U+0000..U+001F), DEL (U+007F) or a C1 control (U+0080..U+009F). A NUL byte in
   * a numeric cell ({@code 1\0}) must not pass as the number before it, as {@link String#trim()}
   * would let it.
   *
   * @param cell the raw cell
   * @return the index, or -1 when there is none
   */
  static int controlAt(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A {@code Control} problem when a cell holds a control character ({@link #controlAt(String)}).
   *
   * @param row the data row
   * @param line the line
   * @param column the column name
   * @param cell the raw cell
   * @return the problem, or {@code null} for a clean cell
   */
  static @Nullable RowProblem control(long row, long line, String column, String cell) {
    int at = controlAt(cell);
    if (at < 0) {
      return null;
    }
    return new RowProblem(
        row,
        line,
        column,
        cell,
        "Control",
        String.format(
            java.util.Locale.ROOT,
            "must not hold a control character (U+%04X at character %d)",
            (int) cell.charAt(at),
            at + 1));
  }

  /**
   * Whether {@code a + b + ...} exceeds {@link Long#MAX_VALUE}; every value is at least 0.
   *
   * @param counts the counts, each at least 0
   * @return true when the sum does not fit in a {@code long}
   */
  static boolean sumOverflows(long... counts) {
    long sum = 0;
    for (long c : counts) {
      if (c > Long.MAX_VALUE - sum) {
        return true;
      }
      sum += c;
    }
    return false;
  }

  /** Drops one U+FEFF at the very start of the input. */
  private static final class BomSkippingReader extends Reader {
    private final Reader in;
    private boolean started;

    BomSkippingReader(Reader in) {
      this.in = Objects.requireNonNull(in, "reader");
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      Objects.checkFromIndexSize(off, len, buf.length);
      if (len == 0) {
        return 0;
      }
      int n = in.read(buf, off, len);
      if (!started && n > 0) {
        started = true;
        if (buf[off] == BOM) {
          System.arraycopy(buf, off + 1, buf, off, n - 1);
          return n > 1 ? n - 1 : in.read(buf, off, len);
        }
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
