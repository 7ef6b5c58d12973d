package dev.smmkit.metrics.io;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which format an export is in: {@link #detect(Path, Charset)} looks at the first line and names
 * the {@link PostFormat}, so that a program (such as the {@code smm} tool) calls the right reader
 * without knowing the formats itself.
 *
 * <p>Rules, in this order: a first character <code>&#123;</code> is {@link
 * PostFormat#SMMKIT_POSTS_JSON_LINES}; otherwise the first line is read as a CSV header, with the
 * format's separator, and the first format whose {@link PostFormat#signature()} columns are all
 * there wins ({@link PostFormat} order). The format's reader then checks the full header. One
 * leading byte-order mark is dropped.
 *
 * <p>Errors: a zip archive (such as {@code .xlsx}), gzip, PDF or executable is called binary; an
 * empty file is called empty; any other file is unrecognised, and the message names each format
 * tried and the columns it missed. All three are {@link UnrecognizedFormatException}. Bytes that
 * are not valid in the charset are an {@link UncheckedIOException} whose cause is a {@link
 * CharacterCodingException}, as the readers report them.
 */
public final class PostReaders {
  /** How many bytes {@link #detect(Path, Charset)} reads: the header must start within them. */
  public static final int HEAD = 1 << 16;

  /** File signatures (as ISO-8859-1 text, one char per byte) and what they mean. */
  private static final List<Map.Entry<String, String>> BINARY =
      List.of(
          Map.entry("PK\u0003\u0004", "a zip archive (an .xlsx, .docx or .zip file)"),
          Map.entry("PK\u0005\u0006", "an empty zip archive"),
          Map.entry("\u001F\u008B", "gzip-compressed"),
          Map.entry("%PDF", "a PDF document"),
          Map.entry("\u007FELF", "an executable (ELF)"),
          Map.entry("MZ", "an executable (Windows)"),
          Map.entry("\u00D0\u00CF\u0011\u00E0", "an old Office document (.xls)"),
          Map.entry("\u00CA\u00FE\u00BA\u00BE", "a Java class file"));

  private PostReaders() {}

  /**
   * Detects the format of a file from its first {@value #HEAD} bytes.
   *
   * @param file the file
   * @param charset its charset (UTF-8 for every export SMMKit knows but Instagram's, which comes in
   *     Windows-1252 too)
   * @return the format
   * @throws UnrecognizedFormatException if the file is empty, binary or in no known format
   * @throws UncheckedIOException if the file cannot be read, or its first bytes are not valid in
   *     the charset (the cause is then a {@link CharacterCodingException})
   */
  public static PostFormat detect(Path file, Charset charset) {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
    return detect(head, charset, file.getFileName().toString());
  }

  /**
   * Detects the format of the first bytes of an input.
   *
   * @param head the first bytes (a prefix of the input: a multi-byte character cut at its end is
   *     fine)
   * @param charset the input's charset
   * @param source a name for messages, such as the file name
   * @return the format
   * @throws UnrecognizedFormatException if the input is empty, binary or in no known format
   * @throws UncheckedIOException if the bytes are not valid in the charset (the cause is a {@link
   *     CharacterCodingException})
   */
  public static PostFormat detect(byte[] head, Charset charset, String source) {
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(charset, "charset");
    for (Map.Entry<String, String> binary : BINARY) {
      if (startsWith(head, binary.getKey().getBytes(StandardCharsets.ISO_8859_1))) {
        throw new UnrecognizedFormatException(
            source + ": is binary, " + binary.getValue() + ", not a text export", Map.of());
      }
    }
    String text = decode(head, charset, source);
    if (!text.isEmpty() && text.charAt(0) == Inputs.BOM) {
      text = text.substring(1);
    }
    String first = firstLine(text);
    if (first.isBlank()) {
      throw new UnrecognizedFormatException(source + ": no header: the input is empty", Map.of());
    }
    Map<PostFormat, List<String>> missed = new LinkedHashMap<>();
    for (PostFormat f : PostFormat.values()) {
      if (f == PostFormat.SMMKIT_POSTS_JSON_LINES) {
        if (first.stripLeading().startsWith("{")) {
          return f;
        }
        missed.put(f, List.of("{"));
        continue;
      }
      List<String> columns = header(first, f.separator());
      List<String> missing = new ArrayList<>();
      for (String c : f.signature()) {
        if (!columns.contains(c)) {
          missing.add(c);
        }
      }
      if (missing.isEmpty()) {
        return f;
      }
      missed.put(f, List.copyOf(missing));
    }
    StringBuilder m = new StringBuilder(source).append(": is not an export SMMKit reads; tried ");
    String sep = "";
    for (Map.Entry<PostFormat, List<String>> e : missed.entrySet()) {
      m.append(sep).append(e.getKey().title());
      if (e.getKey() == PostFormat.SMMKIT_POSTS_JSON_LINES) {
        m.append(" (the first character is not {)");
      } else {
        m.append(" (")
            .append(e.getKey().separator() == ';' ? ";-separated, " : "")
            .append("missing ")
            .append(String.join(", ", e.getValue()))
            .append(')');
      }
      sep = "; ";
    }
    String shown = first.length() > 200 ? first.substring(0, 200) + "..." : first;
    m.append(". Its first line: ").append(RowProblem.oneLine(shown));
    throw new UnrecognizedFormatException(m.toString(), missed);
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
  }

  /** Decodes strictly; a sequence cut at the end of the prefix is left undecoded, not an error. */
  private static String decode(byte[] head, Charset charset, String source) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(head.length + 1);
    ByteBuffer in = ByteBuffer.wrap(head);
    CoderResult r = decoder.decode(in, out, head.length < HEAD);
    if (r.isError()) {
      CharacterCodingException e =
          r.isMalformed()
              ? new java.nio.charset.MalformedInputException(r.length())
              : new java.nio.charset.UnmappableCharacterException(r.length());
      throw new UncheckedIOException(
          source + ": byte " + in.position() + " is not valid " + charset.name() + " text", e);
    }
    out.flip();
    return out.toString();
  }

  private static String firstLine(String text) {
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      String line = end < 0 ? text.substring(start) : text.substring(start, end);
      if (!line.isBlank()) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      }
      if (end < 0) {
        break;
      }
      start = end + 1;
    }
    return "";
  }

  private static List<String> header(String line, char separator) {
    try (CsvReader<CsvRecord> csv =
        CsvReader.builder().fieldSeparator(separator).ofCsvRecord(line)) {
      for (CsvRecord r : csv) {
        return r.getFields().stream().map(String::strip).toList();
      }
    } catch (IOException | RuntimeException e) {
      // an unbalanced quote or the like: no header of any CSV format
    }
    return List.of();
  }
}
