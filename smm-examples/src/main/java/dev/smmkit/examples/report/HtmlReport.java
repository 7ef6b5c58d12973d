package dev.smmkit.examples.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A report as one self-contained HTML5 page: a title, a subtitle, then sections of key figures,
 * tables, findings and charts in the order they were added.
 *
 * <p>The page needs nothing but itself to be viewed: the style sheet is inline, there are no
 * scripts and no external URLs, and charts are embedded as {@code data:image/png;base64,} images
 * with alternative text. A Content-Security-Policy meta element tells the browser to load nothing
 * else. Every text given to the builder is HTML-escaped, and the markup is also well-formed XML.
 *
 * <pre>{@code
 * String html = new HtmlReport("Engagement report")
 *     .subtitle("dataset_Facebook.csv")
 *     .keyFigures("Overview", List.of(new HtmlReport.Figure("Posts", "496")))
 *     .table("By type", List.of("type", "posts"), List.of(List.of("Photo", "424")))
 *     .findings("Findings", List.of("Status posts engage best."))
 *     .charts("Charts", List.of(Charts.bar("ER by type", "type", "ER, %", rates)))
 *     .render();
 * }</pre>
 */
public final class HtmlReport {

  /**
   * One key figure: a short label and its value, shown as a card.
   *
   * @param label what the figure is, e.g. "Posts"
   * @param value the figure, already formatted, e.g. "496"
   */
  public record Figure(String label, String value) {
    /**
     * A key figure.
     *
     * @param label what the figure is
     * @param value the figure, already formatted
     */
    public Figure {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
    }
  }

  private sealed interface Section permits Figures, Table, Findings, ChartsSection {}

  private record Figures(String heading, List<Figure> figures) implements Section {}

  private record Table(String heading, List<String> header, List<List<String>> rows)
      implements Section {}

  private record Findings(String heading, List<String> items) implements Section {}

  private record ChartsSection(String heading, List<ChartImage> charts) implements Section {}

  private static final Pattern NUMERIC =
      Pattern.compile("[-+]?[0-9][0-9,. ]*(%| %)?|[-+]?\\.[0-9]+|undefined|n/a");

  private static final String CSP =
      "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none';"
          + " form-action 'none'";

  private static final String CSS =
      """
      :root { color-scheme: light; }
      * { box-sizing: border-box; }
      body { margin: 0; background: #f7fafc; color: #1a202c;
        font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans",
          "DejaVu Sans", Arial, sans-serif; }
      main { max-width: 1000px; margin: 0 auto; padding: 32px 24px 48px; }
      header { border-bottom: 3px solid #2b6cb0; margin-bottom: 24px; padding-bottom: 12px; }
      h1 { font-size: 1.9rem; margin: 0 0 4px; }
      .subtitle { color: #4a5568; margin: 0; }
      section { background: #fff; border: 1px solid #e2e8f0; border-radius: 8px;
        margin: 0 0 24px; padding: 16px 20px; }
      h2 { font-size: 1.25rem; margin: 0 0 12px; color: #2a4365; }
      .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr));
        gap: 12px; margin: 0; }
      .figure { background: #ebf4ff; border-radius: 6px; padding: 10px 12px; }
      .figure dt { font-size: 0.8rem; color: #4a5568; text-transform: uppercase;
        letter-spacing: 0.03em; }
      .figure dd { margin: 2px 0 0; font-size: 1.35rem; font-weight: 600;
        overflow-wrap: anywhere; }
      .table-wrap { overflow-x: auto; }
      table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
      caption { text-align: left; color: #4a5568; padding-bottom: 6px; }
      th, td { padding: 6px 10px; border-bottom: 1px solid #e2e8f0; text-align: left;
        vertical-align: top; }
      th { background: #edf2f7; font-weight: 600; }
      td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
      tbody tr:nth-child(even) { background: #f7fafc; }
      ul.findings { margin: 0; padding-left: 1.25rem; }
      ul.findings li { margin: 4px 0; }
      figure.chart { margin: 0 0 16px; }
      figure.chart img { display: block; max-width: 100%; height: auto;
        border: 1px solid #e2e8f0; border-radius: 4px; }
      figcaption { color: #4a5568; font-size: 0.9rem; margin-top: 6px; }
      footer { color: #718096; font-size: 0.85rem; text-align: center; }
      @media print { body { background: #fff; } section { break-inside: avoid; } }
      """;

  private final String title;
  private String subtitle = "";
  private final List<Section> sections = new ArrayList<>();

  /**
   * A report with a title and nothing else yet.
   *
   * @param title the page title and main heading
   */
  public HtmlReport(String title) {
    this.title = Objects.requireNonNull(title, "title");
  }

  /**
   * Sets the line under the title.
   *
   * @param subtitle what the report is about, e.g. the input file and the settings
   * @return this report
   */
  public HtmlReport subtitle(String subtitle) {
    this.subtitle = Objects.requireNonNull(subtitle, "subtitle");
    return this;
  }

  /**
   * Adds a section of key figures, shown as cards.
   *
   * @param heading the section heading
   * @param figures the figures, in order
   * @return this report
   */
  public HtmlReport keyFigures(String heading, List<Figure> figures) {
    sections.add(new Figures(Objects.requireNonNull(heading, "heading"), List.copyOf(figures)));
    return this;
  }

  /**
   * Adds a table. Cells that look like numbers are right-aligned.
   *
   * @param heading the section heading
   * @param header the column names
   * @param rows the rows, each as long as the header
   * @return this report
   * @throws IllegalArgumentException if a row is not as long as the header
   */
  public HtmlReport table(String heading, List<String> header, List<? extends List<String>> rows) {
    List<List<String>> copy = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException(
            "row " + (copy.size() + 1) + " has " + row.size() + " cells, header " + header.size());
      }
      copy.add(List.copyOf(row));
    }
    sections.add(new Table(Objects.requireNonNull(heading, "heading"), List.copyOf(header), copy));
    return this;
  }

  /**
   * Adds a bulleted list of findings.
   *
   * @param heading the section heading
   * @param findings the findings, one sentence or so each
   * @return this report
   */
  public HtmlReport findings(String heading, List<String> findings) {
    sections.add(new Findings(Objects.requireNonNull(heading, "heading"), List.copyOf(findings)));
    return this;
  }

  /**
   * Adds a section of charts, embedded as {@code data:} PNG images.
   *
   * @param heading the section heading
   * @param charts the charts, in order
   * @return this report
   */
  public HtmlReport charts(String heading, List<ChartImage> charts) {
    sections.add(
        new ChartsSection(Objects.requireNonNull(heading, "heading"), List.copyOf(charts)));
    return this;
  }

  /**
   * Renders the page.
   *
   * @return one self-contained HTML5 document
   */
  public String render() {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\" />\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(CSP)
        .append("\" />\n")
        .append("<meta name=\"generator\" content=\"smm (SMMKit)\" />\n")
        .append("<title>")
        .append(escape(title))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<main>\n<header>\n<h1>")
        .append(escape(title))
        .append("</h1>\n");
    if (!subtitle.isEmpty()) {
      h.append("<p class=\"subtitle\">").append(escape(subtitle)).append("</p>\n");
    }
    h.append("</header>\n");
    for (Section s : sections) {
      if (s instanceof Figures f) {
        figures(h, f);
      } else if (s instanceof Table t) {
        table(h, t);
      } else if (s instanceof Findings f) {
        findings(h, f);
      } else if (s instanceof ChartsSection c) {
        charts(h, c);
      }
    }
    h.append("<footer>Made by smm, the SMMKit command-line tool. This page is self-contained:")
        .append(" no scripts, nothing loaded from the network.</footer>\n")
        .append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  /**
   * Renders the page into a file, in UTF-8.
   *
   * @param file the file to write, replaced if it exists
   * @throws IOException if the file cannot be written
   */
  public void writeTo(Path file) throws IOException {
    Files.writeString(file, render(), StandardCharsets.UTF_8);
  }

  private static void figures(StringBuilder h, Figures f) {
    open(h, f.heading());
    h.append("<dl class=\"figures\">\n");
    for (Figure fig : f.figures()) {
      h.append("<div class=\"figure\"><dt>")
          .append(escape(fig.label()))
          .append("</dt><dd>")
          .append(escape(fig.value()))
          .append("</dd></div>\n");
    }
    h.append("</dl>\n</section>\n");
  }

  private static void table(StringBuilder h, Table t) {
    open(h, t.heading());
    boolean[] numeric = new boolean[t.header().size()];
    for (int c = 0; c < numeric.length; c++) {
      numeric[c] = !t.rows().isEmpty();
      for (List<String> row : t.rows()) {
        numeric[c] &= row.get(c).isEmpty() || NUMERIC.matcher(row.get(c)).matches();
      }
    }
    h.append("<div class=\"table-wrap\">\n<table>\n<thead>\n<tr>");
    for (int c = 0; c < numeric.length; c++) {
      h.append(numeric[c] ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
          .append(escape(t.header().get(c)))
          .append("</th>");
    }
    h.append("</tr>\n</thead>\n<tbody>\n");
    for (List<String> row : t.rows()) {
      h.append("<tr>");
      for (int c = 0; c < numeric.length; c++) {
        h.append(numeric[c] ? "<td class=\"num\">" : "<td>")
            .append(escape(row.get(c)))
            .append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n</div>\n</section>\n");
  }

  private static void findings(StringBuilder h, Findings f) {
    open(h, f.heading());
    if (f.items().isEmpty()) {
      h.append("<p>None.</p>\n");
    } else {
      h.append("<ul class=\"findings\">\n");
      for (String item : f.items()) {
        h.append("<li>").append(escape(item)).append("</li>\n");
      }
      h.append("</ul>\n");
    }
    h.append("</section>\n");
  }

  private static void charts(StringBuilder h, ChartsSection c) {
    open(h, c.heading());
    Base64.Encoder base64 = Base64.getEncoder();
    for (ChartImage chart : c.charts()) {
      h.append("<figure class=\"chart\">\n<img src=\"data:image/png;base64,")
          .append(base64.encodeToString(chart.png()))
          .append("\" alt=\"")
          .append(escape(chart.alt()))
          .append("\" width=\"")
          .append(chart.width())
          .append("\" height=\"")
          .append(chart.height())
          .append("\" />\n<figcaption>")
          .append(escape(chart.title()))
          .append("</figcaption>\n</figure>\n");
    }
    h.append("</section>\n");
  }

  private static void open(StringBuilder h, String heading) {
    h.append("<section>\n<h2>").append(escape(heading)).append("</h2>\n");
  }

  /**
   * Escapes text for HTML element content and quoted attribute values; also drops the control
   * characters that HTML and XML do not allow (C0 except tab and LF, DEL, C1), turns CR into LF,
   * and replaces lone surrogates and noncharacters (U+FDD0..U+FDEF, U+nFFFE, U+nFFFF) with U+FFFD,
   * so the UTF-8 file is valid and parses without errors.
   *
   * @param text any text
   * @return the text, safe to put between tags or in a quoted attribute
   */
  public static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            int cp = text.codePointAt(i++);
            // U+nFFFE and U+nFFFF are noncharacters in every plane.
            b.appendCodePoint((cp & 0xFFFE) == 0xFFFE ? 0xFFFD : cp);
          } else if (Character.isSurrogate(c)
              || c == 0xFFFE
              || c == 0xFFFF
              || (c >= 0xFDD0 && c <= 0xFDEF)) {
            b.append('\uFFFD');
          } else if ((c >= 0x20 && (c < 0x7F || c > 0x9F)) || c == '\n' || c == '\t') {
            b.append(c);
          } else if (c == '\r') {
            b.append('\n');
          }
        }
      }
    }
    return b.toString();
  }
}
