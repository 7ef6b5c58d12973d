package dev.smmkit.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smmkit.examples.report.HtmlReport.Figure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  private static final String HOSTILE = "<script>alert('x&y')</script> \"quoted\" <b>bold</b>";

  static HtmlReport sample() {
    Map<String, Double> byType = new LinkedHashMap<>();
    byType.put("Photo", 1.66);
    byType.put("Status", 1.66);
    byType.put("Link", 0.53);
    Map<String, Double> byMonth = new LinkedHashMap<>();
    for (int m = 1; m <= 12; m++) {
      byMonth.put(String.format("2014-%02d", m), 1 + Math.sin(m) / 2);
    }
    return new HtmlReport("Engagement report")
        .subtitle("dataset_Facebook.csv")
        .keyFigures("Key figures", List.of(new Figure("Posts", "496"), new Figure("ER", "1.55 %")))
        .charts(
            "Charts",
            List.of(
                Charts.bar("ER by type", "type", "ER, %", byType),
                Charts.line("ER by month", "month", "ER, %", byMonth),
                Charts.reachVsImpressions(
                    "Reach vs impressions",
                    new long[] {100, 2_000, 30_000, 5_000},
                    new long[] {150, 4_000, 90_000, 5_500}),
                Charts.viralityProjection(
                    "Virality",
                    new int[] {0, 1, 2, 3},
                    new double[] {100, 180, 244, 295},
                    new double[] {100, 181, 246, 296},
                    new double[] {100, 170, 225, 265},
                    new double[] {100, 192, 268, 330})))
        .table(
            "By type",
            List.of("type", "posts", "ER"),
            List.of(List.of("Photo", "424", "1.6641 %"), List.of("Link", "20", "0.5318 %")))
        .findings("Findings", List.of("Photos engage best.", "Links engage worst."));
  }

  @Test
  void render_isWellFormedSelfContainedHtml5WithFourCharts() {
    Document doc = ReportChecks.assertSelfContained(sample().render());
    assertThat(doc.title()).isEqualTo("Engagement report");
    assertThat(doc.select("h1").text()).isEqualTo("Engagement report");
    assertThat(doc.select(".subtitle").text()).isEqualTo("dataset_Facebook.csv");
    assertThat(doc.select("h2").eachText())
        .containsExactly("Key figures", "Charts", "By type", "Findings");
    assertThat(doc.select("img")).hasSize(4);
    assertThat(doc.select("figcaption").eachText())
        .containsExactly("ER by type", "ER by month", "Reach vs impressions", "Virality");
    assertThat(doc.select("img").first().attr("alt"))
        .isEqualTo("Bar chart: ER by type. Photo 1.66; Status 1.66; Link 0.53.");
    assertThat(doc.select(".figure dt").eachText()).containsExactly("Posts", "ER");
    assertThat(doc.select(".figure dd").eachText()).containsExactly("496", "1.55 %");
    assertThat(doc.select("ul.findings li").eachText())
        .containsExactly("Photos engage best.", "Links engage worst.");
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(doc.selectFirst("meta[charset]").attr("charset")).isEqualTo("utf-8");
  }

  @Test
  void everyTextIsEscaped() {
    ChartImage chart = Charts.bar(HOSTILE, HOSTILE, HOSTILE, Map.of(HOSTILE, 1.0, "other", 2.0));
    String html =
        new HtmlReport(HOSTILE)
            .subtitle(HOSTILE)
            .keyFigures(HOSTILE, List.of(new Figure(HOSTILE, HOSTILE)))
            .table(HOSTILE, List.of(HOSTILE), List.of(List.of(HOSTILE)))
            .findings(HOSTILE, List.of(HOSTILE))
            .charts(HOSTILE, List.of(chart))
            .render();
    Document doc = ReportChecks.assertSelfContained(html);
    assertThat(doc.select("script, b")).isEmpty();
    assertThat(doc.title()).isEqualTo(HOSTILE);
    for (String css :
        List.of("h1", ".subtitle", "h2", "dt", "dd", "th", "td", "li", "figcaption")) {
      assertThat(doc.select(css).first().text()).as(css).isEqualTo(HOSTILE);
    }
    assertThat(doc.selectFirst("img").attr("alt")).contains(HOSTILE);
    assertThat(html).doesNotContain("<script").doesNotContain("<b>");
  }

  @Test
  void escape_handlesMarkupQuotesAndControlCharacters() {
    assertThat(HtmlReport.escape("a<b>&\"'c")).isEqualTo("a&lt;b&gt;&amp;&quot;&#39;c");
    assertThat(HtmlReport.escape("x\u0000y\u0007z\r\n\t")).isEqualTo("xyz\n\n\t");
    assertThat(HtmlReport.escape("Привет – ok")).isEqualTo("Привет – ok");
  }

  @Test
  void escape_replacesNoncharactersAndLoneSurrogates_keepsRealPairs() {
    assertThat(HtmlReport.escape("a\uFFFEb\uFFFFc\uFDD0d")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
    assertThat(HtmlReport.escape("x\uD800y\uDC00z\uD83D")).isEqualTo("x\uFFFDy\uFFFDz\uFFFD");
    assertThat(HtmlReport.escape("emoji \uD83D\uDE00 ok")).isEqualTo("emoji \uD83D\uDE00 ok");
    assertThat(HtmlReport.escape(new String(Character.toChars(0x1FFFE)))).isEqualTo("\uFFFD");
    assertThat(HtmlReport.escape("del\u007Fc1\u0085end")).isEqualTo("delc1end");
  }

  @Test
  void table_rightAlignsNumericColumnsOnly() {
    Document doc =
        ReportChecks.assertSelfContained(
            new HtmlReport("t")
                .table(
                    "numbers",
                    List.of("name", "count", "rate"),
                    List.of(
                        List.of("Photo", "1,424", "1.6641 %"), List.of("Link", "20", "undefined")))
                .render());
    assertThat(doc.select("th").eachAttr("class")).containsExactly("num", "num");
    assertThat(doc.select("th").get(0).hasClass("num")).isFalse();
    assertThat(doc.select("tbody tr").first().select("td.num").eachText())
        .containsExactly("1,424", "1.6641 %");
  }

  @Test
  void table_rejectsARowOfTheWrongLength() {
    HtmlReport report = new HtmlReport("t");
    List<String> header = List.of("a", "b");
    List<List<String>> rows = List.of(List.of("1", "2"), List.of("3"));
    assertThatThrownBy(() -> report.table("x", header, rows))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 2 has 1 cells, header 2");
  }

  @Test
  void emptyReportAndEmptySections_stillRender() {
    Document doc =
        ReportChecks.assertSelfContained(
            new HtmlReport("Nothing yet")
                .findings("Findings", List.of())
                .table("Empty", List.of("a"), List.of())
                .keyFigures("None", List.of())
                .render());
    assertThat(doc.select(".subtitle")).isEmpty();
    assertThat(doc.select("section p").text()).isEqualTo("None.");
    assertThat(doc.select("tbody tr")).isEmpty();
  }

  @Test
  void writeTo_writesUtf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("r.html");
    HtmlReport report = new HtmlReport("Отчёт").findings("Выводы", List.of("Всё хорошо"));
    report.writeTo(file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(report.render());
    Element li = ReportChecks.assertSelfContained(Files.readString(file)).selectFirst("li");
    assertThat(li.text()).isEqualTo("Всё хорошо");
  }
}
