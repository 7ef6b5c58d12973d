package dev.smmkit.metrics.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A streaming reader of one export: rows are parsed one at a time as they are asked for, so memory
 * does not grow with the file. Iterate it, or take its {@link #stream()}; close it when done (a
 * reader opened on a path closes the file).
 *
 * <p>Problems and notes are reported as they are found. A <b>problem</b> is a row that cannot be
 * used (it is left out; in {@link ErrorMode#FAIL_FAST} the first one throws {@link
 * DataFormatException} from {@link #hasNext()}); a <b>note</b> is something true of a row that is
 * kept, such as a platform's total larger than the parts it publishes. The first {@value #KEPT} of
 * each are kept for {@link #problems()} and {@link #notes()}, and all are counted, so a file with a
 * million bad rows still reads in constant memory.
 *
 * <p>Not thread-safe: one reader, one consumer.
 *
 * @param <T> the row type, such as {@link dev.smmkit.metrics.Post}
 */
public final class ExportReader<T> implements Iterator<T>, Closeable {
  /** How many problems and how many notes are kept; more are only counted. */
  public static final int KEPT = 1_000;

  /** Parses the next usable row, reporting to the reader's sink; {@code null} at the end. */
  interface Rows<T> {
    @Nullable T next(Sink sink) throws IOException;
  }

  /** Where a parser reports; knows the mode and the row of the element it returns. */
  static final class Sink {
    private final String source;
    private final ErrorMode mode;
    private final List<RowProblem> problems = new ArrayList<>();
    private final List<RowProblem> notes = new ArrayList<>();
    private long problemCount;
    private long noteCount;
    private long row;

    Sink(String source, ErrorMode mode) {
      this.source = source;
      this.mode = mode;
    }

    void problem(RowProblem p) {
      problemCount++;
      if (mode == ErrorMode.FAIL_FAST) {
        throw new DataFormatException(source, p);
      }
      if (problems.size() < KEPT) {
        problems.add(p);
      }
    }

    void note(RowProblem p) {
      noteCount++;
      if (notes.size() < KEPT) {
        notes.add(p);
      }
    }

    void row(long r) {
      this.row = r;
    }
  }

  private final String source;
  private final Sink sink;
  private final Rows<T> rows;
  private final Closeable closer;
  private @Nullable T next;
  private boolean done;

  ExportReader(String source, ErrorMode mode, Rows<T> rows, Closeable closer) {
    this.source = Objects.requireNonNull(source, "source");
    this.sink = new Sink(source, Objects.requireNonNull(mode, "mode"));
    this.rows = rows;
    this.closer = closer;
  }

  /**
   * The name used in messages, such as the file name.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * Whether another usable row follows; reads ahead up to it.
   *
   * @return true when {@link #next()} has a row
   * @throws DataFormatException in fail-fast mode, at the first problem
   * @throws UncheckedIOException if the input cannot be read or decoded
   */
  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      try {
        next = rows.next(sink);
      } catch (IOException e) {
        throw new UncheckedIOException(source + ": " + e.getMessage(), e);
      }
      done = next == null;
    }
    return next != null;
  }

  /**
   * The next usable row.
   *
   * @return the row
   * @throws NoSuchElementException at the end
   * @throws DataFormatException in fail-fast mode, at the first problem
   */
  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException(source + ": no more rows");
    }
    T out = Objects.requireNonNull(next);
    next = null;
    return out;
  }

  /**
   * The data row (1-based; the header is row 0) of the element {@link #next()} returned last.
   *
   * @return the row, 0 before the first element
   */
  public long row() {
    return sink.row;
  }

  /**
   * The rest of the rows as a sequential stream; closing the stream closes this reader.
   *
   * @return the stream
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
              try {
                close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /**
   * The first {@value #KEPT} problems found so far, in file order.
   *
   * @return an unmodifiable list
   */
  public List<RowProblem> problems() {
    return Collections.unmodifiableList(sink.problems);
  }

  /**
   * Every problem found so far, including those beyond {@value #KEPT}.
   *
   * @return the count
   */
  public long problemCount() {
    return sink.problemCount;
  }

  /**
   * The first {@value #KEPT} notes found so far, in file order.
   *
   * @return an unmodifiable list
   */
  public List<RowProblem> notes() {
    return Collections.unmodifiableList(sink.notes);
  }

  /**
   * Every note found so far, including those beyond {@value #KEPT}.
   *
   * @return the count
   */
  public long noteCount() {
    return sink.noteCount;
  }

  /**
   * Closes the input this reader opened; a {@link java.io.Reader} the caller passed in is left
   * open.
   *
   * @throws IOException if closing fails
   */
  @Override
  public void close() throws IOException {
    done = true;
    next = null;
    closer.close();
  }
}
