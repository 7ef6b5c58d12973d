package dev.smmkit.smo;

import dev.smmkit.core.ValidationException;
import dev.smmkit.smo.internal.Facts;
import dev.smmkit.smo.internal.HtmlDecoder;
import dev.smmkit.smo.internal.MetadataExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * A web page parsed for SMO analysis: its document, address, charset and share metadata.
 *
 * <p>Relative URLs resolve against the page URL, or against the first {@code <base href>}. The
 * charset comes from, in order: a byte-order mark, the caller, a {@code <meta charset>} or {@code
 * http-equiv} declaration in the first 4096 bytes, and UTF-8 as the default; {@link
 * #charsetSource()} says which. Work is bounded by {@link PageLimits}: a page beyond a bound is
 * analysed up to it and flagged {@linkplain #isPartial() partial}, with the reason in {@link
 * #notes()}. Element nesting deeper than 512 is flattened by the parser.
 *
 * <p>A page is immutable in use: rules read its document and must not modify it. Parsing never
 * touches the network.
 *
 * <p>Immutable in use and thread-safe: several threads may audit one page at once, as long as
 * nobody modifies its document.
 */
public final class Page {
  /** Deepest element nesting the parser keeps; deeper elements are attached at this depth. */
  static final int MAX_DEPTH = 512;

  private final URI url;
  private final Document document;
  private final Charset charset;
  private final String charsetSource;
  private final ShareMetadata metadata;
  private final List<String> notes;

  private Page(
      URI url,
      Document document,
      Charset charset,
      String charsetSource,
      PageLimits limits,
      List<String> notes) {
    this.url = url;
    this.document = document;
    Facts.attach(document, limits);
    this.charset = charset;
    this.charsetSource = charsetSource;
    List<String> all = new ArrayList<>(notes);
    this.metadata = MetadataExtractor.extract(document, url, limits, all);
    this.notes = List.copyOf(all);
  }

  /**
   * Parses HTML text.
   *
   * @param html the page's HTML
   * @param url the page's absolute address
   * @return the page
   * @throws SmoInputException when the text is empty or binary
   * @throws ValidationException when the URL is not absolute
   */
  public static Page parse(String html, URI url) {
    Objects.requireNonNull(html, "html");
    checkUrl(url);
    HtmlDecoder.checkText(html, url.toString());
    List<String> notes = new ArrayList<>();
    String text = html;
    int max = PageLimits.defaults().maxBytes();
    if (text.length() > max) {
      text = text.substring(0, max);
      notes.add("truncated at " + max + " characters of " + html.length());
    }
    return new Page(
        url,
        parseDocument(text, url),
        StandardCharsets.UTF_8,
        "text",
        PageLimits.defaults(),
        notes);
  }

  /**
   * Parses HTML bytes with the default limits.
   *
   * @param html the page's bytes
   * @param url the page's absolute address
   * @param charset the charset the caller knows (from HTTP headers, say), or {@code null} to detect
   *     it
   * @return the page
   * @throws SmoInputException when the bytes are empty or binary
   * @throws ValidationException when the URL is not absolute
   */
  public static Page parse(byte[] html, URI url, @Nullable Charset charset) {
    return parse(html, url, charset, PageLimits.defaults());
  }

  /**
   * Parses HTML bytes.
   *
   * @param html the page's bytes
   * @param url the page's absolute address
   * @param charset the charset the caller knows, or {@code null} to detect it
   * @param limits bounds on the work
   * @return the page
   * @throws SmoInputException when the bytes are empty or binary
   * @throws ValidationException when the URL is not absolute
   */
  public static Page parse(byte[] html, URI url, @Nullable Charset charset, PageLimits limits) {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(limits, "limits");
    checkUrl(url);
    List<String> notes = new ArrayList<>();
    HtmlDecoder.Decoded d = HtmlDecoder.decode(html, charset, limits.maxBytes(), notes);
    HtmlDecoder.checkText(d.text(), url.toString());
    Document doc = parseDocument(d.text(), url);
    return new Page(url, doc, d.charset(), d.source(), limits, notes);
  }

  /**
   * Reads and parses HTML from a stream, holding at most {@link PageLimits#maxBytes()} bytes: a
   * longer input is cut there and the page flagged partial, so a huge or endless stream costs
   * bounded memory. The stream is read, not closed.
   *
   * @param in the page's bytes
   * @param url the page's absolute address
   * @param charset the charset the caller knows, or {@code null} to detect it
   * @param limits bounds on the work
   * @return the page
   * @throws IOException when reading fails
   * @throws SmoInputException when the bytes are empty or binary
   * @throws ValidationException when the URL is not absolute
   */
  public static Page read(InputStream in, URI url, @Nullable Charset charset, PageLimits limits)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(limits, "limits");
    checkUrl(url);
    byte[] head = in.readNBytes(limits.maxBytes());
    List<String> notes = new ArrayList<>();
    if (head.length == limits.maxBytes() && in.read() != -1) {
      notes.add("truncated at " + limits.maxBytes() + " bytes (the input is longer)");
    }
    HtmlDecoder.Decoded d = HtmlDecoder.decode(head, charset, limits.maxBytes(), notes);
    HtmlDecoder.checkText(d.text(), url.toString());
    Document doc = parseDocument(d.text(), url);
    return new Page(url, doc, d.charset(), d.source(), limits, notes);
  }

  private static Document parseDocument(String text, URI url) {
    Parser parser = Parser.htmlParser().setMaxDepth(MAX_DEPTH);
    return parser.parseInput(text, url.toString());
  }

  private static void checkUrl(URI url) {
    Objects.requireNonNull(url, "url");
    if (!url.isAbsolute() || (url.getHost() == null && !"file".equals(url.getScheme()))) {
      throw ValidationException.of(
          "Page.url", url, "Absolute", "must be an absolute URL such as https://example.com/page");
    }
  }

  /**
   * The page's address, as given.
   *
   * @return the URL
   */
  public URI url() {
    return url;
  }

  /**
   * The parsed document (jsoup). Read it; do not modify it.
   *
   * @return the document
   */
  public Document document() {
    return document;
  }

  /**
   * The charset the bytes were decoded with.
   *
   * @return the charset
   */
  public Charset charset() {
    return charset;
  }

  /**
   * Where the charset came from: {@code bom}, {@code caller}, {@code meta}, {@code default} or
   * {@code text} (parsed from a string).
   *
   * @return the source
   */
  public String charsetSource() {
    return charsetSource;
  }

  /**
   * The share metadata as networks would read it.
   *
   * @return the metadata
   */
  public ShareMetadata metadata() {
    return metadata;
  }

  /**
   * Whether the analysis is partial: a limit cut the input short, or some bytes could not be
   * decoded in the charset used (so some text may be wrong). {@link #notes()} says which.
   *
   * @return true when partial
   */
  public boolean isPartial() {
    return !notes.isEmpty();
  }

  /**
   * Why the page is partial, one line per limit that applied or decoding problem found.
   *
   * @return the notes, empty when the page was read in full
   */
  public List<String> notes() {
    return notes;
  }

  @Override
  public String toString() {
    return "Page[" + url + ", " + charset + " from " + charsetSource + "]";
  }
}
