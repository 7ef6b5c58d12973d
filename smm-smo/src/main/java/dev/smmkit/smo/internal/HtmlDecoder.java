package dev.smmkit.smo.internal;

import dev.smmkit.smo.SmoInputException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns page bytes into text: BOM, caller, meta declaration, UTF-8; and refuses junk. */
public final class HtmlDecoder {
  private static final int PRESCAN = 4096;
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

  private HtmlDecoder() {}

  /**
   * Decoded text and where its charset came from.
   *
   * @param text the text
   * @param charset the charset
   * @param source bom, caller, meta or default
   */
  public record Decoded(String text, Charset charset, String source) {}

  /**
   * Decodes page bytes.
   *
   * @param bytes the bytes
   * @param callerCharset the caller's charset or null
   * @param maxBytes bytes read at most
   * @param notes where a truncation note goes
   * @return the text
   */
  public static Decoded decode(
      byte[] bytes, Charset callerCharset, int maxBytes, List<String> notes) {
    int length = bytes.length;
    if (length > maxBytes) {
      notes.add("truncated at " + maxBytes + " bytes of " + length);
      length = maxBytes;
    }
    Charset charset;
    String source;
    int offset = 0;
    if (length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      charset = StandardCharsets.UTF_8;
      source = "bom";
      offset = 3;
    } else if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      source = "bom";
      offset = 2;
    } else if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      source = "bom";
      offset = 2;
    } else if (callerCharset != null) {
      charset = callerCharset;
      source = "caller";
    } else {
      String head = new String(bytes, 0, Math.min(length, PRESCAN), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      Charset declared = m.find() ? charsetOrNull(m.group(1)) : null;
      if (declared != null) {
        charset = declared;
        source = "meta";
      } else {
        charset = StandardCharsets.UTF_8;
        source = "default";
      }
    }
    if (length < bytes.length && charset.equals(StandardCharsets.UTF_8)) {
      // Cut at a character boundary, not inside a multi-byte sequence.
      while (length > offset && (bytes[length] & 0xC0) == 0x80) {
        length--;
      }
    }
    String text = new String(bytes, offset, length - offset, charset);
    int undecodable = 0;
    // indexOf is vectorised; count only when there is something to count.
    for (int i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
      undecodable++;
    }
    if (undecodable > 0) {
      notes.add(
          undecodable
              + " byte sequences are not valid "
              + charset.name()
              + " (charset from "
              + source
              + "); the charset may be wrong");
    }
    return new Decoded(text, charset, source);
  }

  private static Charset charsetOrNull(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    // WHATWG: a page declaring UTF-16 in a meta tag without a BOM is really UTF-8.
    if (n.startsWith("utf-16")) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /**
   * Refuses empty and binary input.
   *
   * @param text the decoded text
   * @param name the page's name for the message
   * @throws SmoInputException when the text is blank or looks binary
   */
  public static void checkText(String text, String name) {
    if (text.isBlank()) {
      throw new SmoInputException(name + ": the page is empty");
    }
    int n = Math.min(text.length(), 1024);
    int control = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
        control++;
      }
    }
    if (control * 20 > n) {
      throw new SmoInputException(
          name
              + ": not HTML: "
              + control
              + " control characters in the first "
              + n
              + " (binary data, or text in a charset other than the one used)");
    }
  }
}
