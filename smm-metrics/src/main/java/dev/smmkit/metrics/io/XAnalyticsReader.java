package dev.smmkit.metrics.io;

import de.siegmar.fastcsv.reader.CsvRecord;
import dev.smmkit.core.ValidationException;
import dev.smmkit.core.Violation;
import dev.smmkit.metrics.DailyActivity;
import dev.smmkit.metrics.Figures;
import dev.smmkit.metrics.Interaction;
import dev.smmkit.metrics.InteractionSet;
import dev.smmkit.metrics.Post;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads X (Twitter) Analytics exports, streaming: the tweet activity export ({@code
 * tweet_activity_metrics_<handle>_<start>_<end>_<lang>.csv}, 40 columns, one tweet per row, {@link
 * #TWEET_COLUMNS}) into {@link Post}s, and the daily activity export ({@code
 * daily_tweet_activity_metrics_...csv}, 38 columns, one UTC day per row, {@link #DAILY_COLUMNS})
 * into {@link DailyActivity} rows.
 *
 * <p><b>Input.</b> Comma-separated, RFC 4180 quoting (tweet text holds raw line breaks inside
 * quotes), a header row; columns are found by name in any order, unknown columns are ignored, and
 * the older name {@code favorites} ({@code promoted favorites}) is read as {@code likes}. Required:
 * {@link #TWEET_REQUIRED} or {@link #DAILY_REQUIRED}; every other metric column may be missing, and
 * then its interaction is absent from the row's {@link Figures} (never 0). Charset: UTF-8 unless
 * the caller names another; one leading byte-order mark is dropped.
 *
 * <p><b>Cells.</b> Counts are whole numbers written {@code 89} or {@code 89.0} (the export mixes
 * both); {@code engagement rate} is a decimal in Java's notation ({@code 0.0186}, {@code
 * 7.874015748031496E-4}); the 18 {@code promoted ...} cells are {@code -} (not applicable) or a
 * number, and are checked but not read; {@code Tweet id} is kept as the digits written (19 digits,
 * above 2<sup>53</sup>); {@code time} is {@code 2021-01-30 12:56 +0000} (kept with its offset); the
 * daily {@code Date} is an ISO date.
 *
 * <p><b>What a row becomes.</b> Platform {@code x}, type {@code tweet}; impressions; the fourteen
 * parts of X's engagements and media views as {@link Interaction}s (retweets {@link
 * Interaction#SHARE}, replies {@link Interaction#COMMENT}, likes {@link Interaction#LIKE}, user
 * profile clicks {@link Interaction#PROFILE_CLICK}, url clicks, hashtag clicks, detail expands,
 * permalink clicks, app opens, app installs, follows, email tweet {@link Interaction#EMAIL}, dial
 * phone {@link Interaction#DIAL}, media views, media engagements); and {@code engagements} as the
 * platform's own total of {@link InteractionSet#X_ANALYTICS}, so that the rate by impressions is
 * the export's own {@code engagement rate}. Reach, followers, views, saves are absent.
 *
 * <p><b>Problems</b> (the row is left out; each names row, line, column, value and rule): {@code
 * Header} (a required column missing or a known one named twice; nothing is read; an empty input is
 * a {@code Header} problem at row 0), {@code FieldCount}, {@code Control} (a control character in
 * any cell, such as {@code 1\0}), {@code Missing}, {@code Number}, {@code Negative}, {@code Id},
 * {@code DateTime}, {@code Date}, {@code TotalAtLeastParts} (an {@code engagements} total smaller
 * than the sum of its published parts: impossible) and {@code Csv} (the parser gave up; reading
 * stops). A header-only file gives no rows and no problem.
 *
 * <p><b>Notes</b> (the row is kept): {@code TotalAboveParts} ({@code engagements} larger than its
 * fourteen parts: not every kind of engagement has its own column; the rate uses the platform's
 * total) and {@code RateDiffers} (the printed {@code engagement rate} differs from engagements /
 * impressions by more than 1e-12 relative).
 */
public final class XAnalyticsReader {
  /** The metric columns both exports share, in file order. */
  public static final List<String> METRICS =
      List.of(
          "impressions",
          "engagements",
          "engagement rate",
          "retweets",
          "replies",
          "likes",
          "user profile clicks",
          "url clicks",
          "hashtag clicks",
          "detail expands",
          "permalink clicks",
          "app opens",
          "app installs",
          "follows",
          "email tweet",
          "dial phone",
          "media views",
          "media engagements");

  /** The 40 columns of the tweet activity export, in file order. */
  public static final List<String> TWEET_COLUMNS =
      columns("Tweet id", "Tweet permalink", "Tweet text", "time");

  /** The 38 columns of the daily activity export, in file order. */
  public static final List<String> DAILY_COLUMNS = columns("Date", "Tweets published");

  /** The columns a tweet activity export must have. */
  public static final List<String> TWEET_REQUIRED =
      List.of("Tweet id", "time", "impressions", "engagements");

  /** The columns a daily activity export must have. */
  public static final List<String> DAILY_REQUIRED =
      List.of("Date", "Tweets published", "impressions", "engagements");

  /** The interaction of each metric column from {@code retweets} on (index 3 of METRICS). */
  private static final List<Interaction> PARTS =
      List.of(
          Interaction.SHARE,
          Interaction.COMMENT,
          Interaction.LIKE,
          Interaction.PROFILE_CLICK,
          Interaction.URL_CLICK,
          Interaction.HASHTAG_CLICK,
          Interaction.DETAIL_EXPAND,
          Interaction.PERMALINK_CLICK,
          Interaction.APP_OPEN,
          Interaction.APP_INSTALL,
          Interaction.FOLLOW,
          Interaction.EMAIL,
          Interaction.DIAL,
          Interaction.MEDIA_VIEW,
          Interaction.MEDIA_ENGAGEMENT);

  /**
   * The platform id of every row: {@link dev.smmkit.core.Platform#X}'s id, spelled out so that
   * reading a file does not load the platform catalogue (and its bean validation).
   */
  static final String PLATFORM = "x";

  private static final int FIRST_PART = 3;
  private static final Map<String, String> ALIASES =
      Map.of("favorites", "likes", "promoted favorites", "promoted likes");
  private static final Pattern NEGATIVE = Pattern.compile("-[0-9]+(?:\\.[0-9]+)?");
  private static final Pattern DECIMAL = Pattern.compile("[0-9]+(?:\\.[0-9]+)?(?:[eE]-?[0-9]+)?");
  private static final Pattern ID = Pattern.compile("[0-9]{1,20}");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm xx", Locale.ROOT);
  private static final double RATE_TOLERANCE = 1e-12;

  private XAnalyticsReader() {}

  private static List<String> columns(String... first) {
    List<String> out = new ArrayList<>(List.of(first));
    out.addAll(METRICS);
    METRICS.forEach(m -> out.add("promoted " + m));
    return List.copyOf(out);
  }

  /**
   * Opens a tweet activity export in UTF-8.
   *
   * @param file the file
   * @param mode stop at the first problem or collect them
   * @return the reader; close it
   * @throws java.io.UncheckedIOException if the file cannot be opened
   */
  public static ExportReader<Post> tweets(Path file, ErrorMode mode) {
    return tweets(file, StandardCharsets.UTF_8, mode);
  }

  /**
   * Opens a tweet activity export in a given charset; bytes that are not valid in it fail the read.
   *
   * @param file the file
   * @param charset its charset
   * @param mode stop at the first problem or collect them
   * @return the reader; close it
   * @throws java.io.UncheckedIOException if the file cannot be opened
   */
  public static ExportReader<Post> tweets(Path file, Charset charset, ErrorMode mode) {
    Reader r = open(file, charset);
    return new ExportReader<>(
        file.getFileName().toString(), mode, new Parser<>(r, true, XAnalyticsReader::tweet), r);
  }

  /**
   * Reads a tweet activity export from characters the caller decoded; closing the returned reader
   * leaves {@code reader} open.
   *
   * @param reader the input
   * @param source a name for messages
   * @param mode stop at the first problem or collect them
   * @return the reader
   */
  public static ExportReader<Post> tweets(Reader reader, String source, ErrorMode mode) {
    Objects.requireNonNull(reader, "reader");
    return new ExportReader<>(
        source, mode, new Parser<>(reader, true, XAnalyticsReader::tweet), () -> {});
  }

  /**
   * Opens a daily activity export in UTF-8.
   *
   * @param file the file
   * @param mode stop at the first problem or collect them
   * @return the reader; close it
   * @throws java.io.UncheckedIOException if the file cannot be opened
   */
  public static ExportReader<DailyActivity> daily(Path file, ErrorMode mode) {
    return daily(file, StandardCharsets.UTF_8, mode);
  }

  /**
   * Opens a daily activity export in a given charset.
   *
   * @param file the file
   * @param charset its charset
   * @param mode stop at the first problem or collect them
   * @return the reader; close it
   * @throws java.io.UncheckedIOException if the file cannot be opened
   */
  public static ExportReader<DailyActivity> daily(Path file, Charset charset, ErrorMode mode) {
    Reader r = open(file, charset);
    return new ExportReader<>(
        file.getFileName().toString(), mode, new Parser<>(r, false, XAnalyticsReader::day), r);
  }

  /**
   * Reads a daily activity export from characters the caller decoded; closing the returned reader
   * leaves {@code reader} open.
   *
   * @param reader the input
   * @param source a name for messages
   * @param mode stop at the first problem or collect them
   * @return the reader
   */
  public static ExportReader<DailyActivity> daily(Reader reader, String source, ErrorMode mode) {
    Objects.requireNonNull(reader, "reader");
    return new ExportReader<>(
        source, mode, new Parser<>(reader, false, XAnalyticsReader::day), () -> {});
  }

  private static Reader open(Path file, Charset charset) {
    Objects.requireNonNull(charset, "charset");
    try {
      return Files.newBufferedReader(file, charset);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /** Turns one checked row into a result. */
  private interface Maker<T> {
    T make(Cells c, Figures figures);
  }

  /** The checked values of one row. */
  private record Cells(
      @Nullable String id,
      @Nullable ZonedDateTime time,
      @Nullable LocalDate date,
      long published) {}

  private static Post tweet(Cells c, Figures figures) {
    return Post.builder()
        .id(Objects.requireNonNull(c.id()))
        .platform(PLATFORM)
        .type("tweet")
        .publishedAt(Objects.requireNonNull(c.time()))
        .figures(figures)
        .build();
  }

  private static DailyActivity day(Cells c, Figures figures) {
    return new DailyActivity(PLATFORM, Objects.requireNonNull(c.date()), c.published(), figures);
  }

  /** The row-by-row parser behind one {@link ExportReader}. */
  private static final class Parser<T> implements ExportReader.Rows<T> {
    private final Iterator<CsvRecord> records;
    private final boolean tweets;
    private final Maker<T> maker;
    private final List<String> known;

    /** Where each known column is in the file, -1 when absent; null until the header is read. */
    private int @Nullable [] at;

    /** The positions of the known columns present, for the control-character check. */
    private int[] present = new int[0];

    private int fields;
    private final int base;
    private long row = -1;
    private long line;

    Parser(Reader reader, boolean tweets, Maker<T> maker) {
      this.records = Inputs.csv(reader, ',').iterator();
      this.tweets = tweets;
      this.maker = maker;
      this.known = tweets ? TWEET_COLUMNS : DAILY_COLUMNS;
      this.base = tweets ? 4 : 2;
    }

    @Override
    public @Nullable T next(ExportReader.Sink sink) {
      for (CsvRecord r = Inputs.next(records, row + 1, line, sink::problem);
          r != null;
          r = Inputs.next(records, row + 1, line, sink::problem)) {
        row++;
        line = r.getStartingLineNumber();
        if (at == null) {
          if (!header(r, sink)) {
            return null;
          }
          continue;
        }
        T out = parse(r, sink);
        if (out != null) {
          sink.row(row);
          return out;
        }
      }
      if (row < 0) {
        sink.problem(
            Inputs.emptyInput(
                "a header with " + String.join(", ", tweets ? TWEET_REQUIRED : DAILY_REQUIRED)));
      }
      return null;
    }

    private boolean header(CsvRecord r, ExportReader.Sink sink) {
      int[] found = new int[known.size()];
      java.util.Arrays.fill(found, -1);
      List<Integer> positions = new ArrayList<>();
      for (int i = 0; i < r.getFieldCount(); i++) {
        String name = r.getField(i).strip();
        name = ALIASES.getOrDefault(name, name);
        int k = known.indexOf(name);
        if (k < 0) {
          continue;
        }
        if (found[k] >= 0) {
          sink.problem(
              new RowProblem(
                  0, line, "(header)", name, "Header", "names the column " + name + " twice"));
          return false;
        }
        found[k] = i;
        positions.add(k);
      }
      List<String> missing = new ArrayList<>();
      for (String c : tweets ? TWEET_REQUIRED : DAILY_REQUIRED) {
        if (found[known.indexOf(c)] < 0) {
          missing.add(c);
        }
      }
      if (!missing.isEmpty()) {
        sink.problem(
            new RowProblem(
                0,
                line,
                "(header)",
                String.join(",", r.getFields()),
                "Header",
                "misses "
                    + String.join(", ", missing)
                    + ": an X "
                    + (tweets ? "tweet" : "daily")
                    + " activity export has "
                    + String.join(", ", tweets ? TWEET_REQUIRED : DAILY_REQUIRED)));
        return false;
      }
      at = found;
      present = positions.stream().mapToInt(Integer::intValue).sorted().toArray();
      fields = r.getFieldCount();
      return true;
    }

    private @Nullable T parse(CsvRecord r, ExportReader.Sink sink) {
      int[] cols = Objects.requireNonNull(at);
      if (r.getFieldCount() != fields) {
        sink.problem(Inputs.fieldCount(row, line, r, ',', fields + " fields like the header", ""));
        return null;
      }
      List<RowProblem> found = new ArrayList<>(0);
      for (int k : present) {
        RowProblem control = Inputs.control(row, line, known.get(k), r.getField(cols[k]));
        if (control != null) {
          found.add(control);
        }
      }
      if (!found.isEmpty()) {
        found.forEach(sink::problem);
        return null;
      }
      String id = null;
      ZonedDateTime time = null;
      LocalDate date = null;
      long published = 0;
      if (tweets) {
        String raw = cell(r, 0);
        if (raw.isEmpty()) {
          found.add(missing(0));
        } else if (!ID.matcher(raw).matches()) {
          found.add(
              new RowProblem(
                  row, line, known.get(0), raw, "Id", "must be the tweet's numeric id, as digits"));
        } else {
          id = raw;
        }
        raw = cell(r, 3);
        time = time(raw);
        if (time == null) {
          found.add(
              raw.isEmpty()
                  ? missing(3)
                  : new RowProblem(
                      row,
                      line,
                      "time",
                      raw,
                      "DateTime",
                      "must be a time such as 2021-01-30 12:56 +0000"));
        }
      } else {
        String raw = cell(r, 0);
        try {
          date = LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
          found.add(
              raw.isEmpty()
                  ? missing(0)
                  : new RowProblem(
                      row, line, "Date", raw, "Date", "must be an ISO date such as 2021-01-30"));
        }
        published = count(r, 1, found);
      }
      long impressions = count(r, base, found);
      long engagements = count(r, base + 1, found);
      long[] parts = new long[PARTS.size()];
      for (int k = 0; k < PARTS.size(); k++) {
        int c = base + FIRST_PART + k;
        parts[k] = cols[c] >= 0 ? count(r, c, found) : -1;
      }
      double rate = Double.NaN;
      int rateColumn = base + 2;
      if (cols[rateColumn] >= 0) {
        String raw = cell(r, rateColumn);
        rate = decimal(raw);
        if (Double.isNaN(rate)) {
          found.add(
              raw.isEmpty()
                  ? missing(rateColumn)
                  : new RowProblem(
                      row,
                      line,
                      "engagement rate",
                      raw,
                      "Number",
                      "must be a decimal such as 0.0186 or 7.874015748031496E-4"));
        }
      }
      for (int c = base + METRICS.size(); c < known.size(); c++) {
        if (cols[c] >= 0) {
          String raw = cell(r, c);
          if (!raw.equals("-") && Double.isNaN(decimal(raw))) {
            found.add(
                new RowProblem(
                    row,
                    line,
                    known.get(c),
                    raw,
                    "Number",
                    "must be - (not applicable) or a number such as 0, 89.0 or 0.0186"));
          }
        }
      }
      if (!found.isEmpty()) {
        found.forEach(sink::problem);
        return null;
      }
      Figures figures;
      try {
        Figures.Builder b =
            Figures.builder()
                .impressions(impressions)
                .reportedEngagements(InteractionSet.X_ANALYTICS, engagements);
        for (int k = 0; k < PARTS.size(); k++) {
          if (parts[k] >= 0) {
            b.count(PARTS.get(k), parts[k]);
          }
        }
        figures = b.build();
      } catch (ValidationException e) {
        for (Violation v : e.violations()) {
          sink.problem(
              new RowProblem(row, line, "engagements", cell(r, base + 1), v.rule(), v.message()));
        }
        return null;
      }
      OptionalLong unpublished = figures.unpublishedEngagements();
      if (unpublished.isPresent() && unpublished.getAsLong() > 0) {
        sink.note(
            new RowProblem(
                row,
                line,
                "engagements",
                cell(r, base + 1),
                "TotalAboveParts",
                "is "
                    + unpublished.getAsLong()
                    + " more than the sum of its published parts ("
                    + (engagements - unpublished.getAsLong())
                    + "): not every kind of engagement has its own column; the rate uses the"
                    + " platform's total"));
      }
      if (!Double.isNaN(rate) && impressions > 0) {
        double expected = (double) engagements / impressions;
        if (Math.abs(rate - expected) > RATE_TOLERANCE * Math.max(Math.abs(expected), 1e-300)) {
          sink.note(
              new RowProblem(
                  row,
                  line,
                  "engagement rate",
                  cell(r, rateColumn),
                  "RateDiffers",
                  "differs from engagements / impressions ("
                      + expected
                      + "); the rate given is engagements / impressions"));
        }
      }
      return maker.make(new Cells(id, time, date, published), figures);
    }

    private String cell(CsvRecord r, int column) {
      return r.getField(Objects.requireNonNull(at)[column]).strip();
    }

    private RowProblem missing(int column) {
      return new RowProblem(row, line, known.get(column), "", "Missing", "must not be empty");
    }

    private long count(CsvRecord r, int column, List<RowProblem> found) {
      String raw = cell(r, column);
      long n = wholeNumber(raw);
      if (n >= 0) {
        return n;
      }
      String name = known.get(column);
      if (raw.isEmpty()) {
        found.add(missing(column));
      } else if (NEGATIVE.matcher(raw).matches()) {
        found.add(new RowProblem(row, line, name, raw, "Negative", "must be >= 0"));
      } else if (n == TOO_BIG) {
        found.add(
            new RowProblem(row, line, name, raw, "Number", "must be at most " + Long.MAX_VALUE));
      } else {
        found.add(
            new RowProblem(
                row,
                line,
                name,
                raw,
                "Number",
                "must be a whole number such as 89 or 89.0"
                    + (raw.equals("-")
                        ? " (- marks only promoted figures as not applicable)"
                        : "")));
      }
      return -1;
    }
  }

  private static final long NOT_A_COUNT = -1;
  private static final long TOO_BIG = -2;

  /**
   * A count written {@code 89} or {@code 89.0} (any number of zeros after the point), parsed by
   * hand: the export has 40 cells a row.
   *
   * @return the count, {@link #NOT_A_COUNT} when the text is not one, {@link #TOO_BIG} above {@link
   *     Long#MAX_VALUE}
   */
  static long wholeNumber(String s) {
    int n = s.length();
    int i = 0;
    long v = 0;
    boolean big = false;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      int d = s.charAt(i) - '0';
      if (v > (Long.MAX_VALUE - d) / 10) {
        big = true;
      } else {
        v = v * 10 + d;
      }
      i++;
    }
    if (i == 0) {
      return NOT_A_COUNT;
    }
    if (i < n) {
      if (s.charAt(i) != '.' || i == n - 1) {
        return NOT_A_COUNT;
      }
      for (int j = i + 1; j < n; j++) {
        if (s.charAt(j) != '0') {
          return NOT_A_COUNT;
        }
      }
    }
    return big ? TOO_BIG : v;
  }

  /**
   * A non-negative decimal in Java's notation ({@code 0.0186}, {@code 7.874015748031496E-4}).
   *
   * @return the value, or NaN when the text is not one
   */
  static double decimal(String s) {
    if (!DECIMAL.matcher(s).matches()) {
      return Double.NaN;
    }
    return Double.parseDouble(s);
  }

  /** {@code 2021-01-30 12:56 +0000} read by position; other layouts by the formatter; or null. */
  static @Nullable ZonedDateTime time(String s) {
    if (s.length() == 22
        && s.charAt(4) == '-'
        && s.charAt(7) == '-'
        && s.charAt(10) == ' '
        && s.charAt(13) == ':'
        && s.charAt(16) == ' '
        && s.endsWith("+0000")) {
      int year = digits(s, 0, 4);
      int month = digits(s, 5, 7);
      int day = digits(s, 8, 10);
      int hour = digits(s, 11, 13);
      int minute = digits(s, 14, 16);
      if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0) {
        try {
          return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, java.time.ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) {
          return null;
        }
      }
    }
    try {
      return OffsetDateTime.parse(s, TIME).toZonedDateTime();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
