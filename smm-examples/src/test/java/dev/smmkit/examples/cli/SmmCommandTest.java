package dev.smmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smmkit.examples.report.ReportChecks;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code smm} tool end to end: output and exit codes 0 (success), 2 (usage), 3 (bad input). */
class SmmCommandTest {

  @TempDir static Path dir;
  static Path uci;

  /** What one run printed and returned. */
  record Run(int code, String out, String err) {}

  static Run smm(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = SmmCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void copyBundledData() throws IOException {
    uci = dir.resolve("dataset_Facebook.csv");
    try (InputStream in =
        SmmCommandTest.class.getResourceAsStream(
            "/dev/smmkit/examples/data/dataset_Facebook.csv")) {
      Files.copy(in, uci, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void tour_walksFromPersonaToMoney() {
    Run r = smm("tour");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("1. Know your customer: persona and semantic core")
        .contains("Oboi Moskva")
        .contains("15000.00 RUB a month")
        .contains("ratio of sums 1.53 %, mean of rates 2.41 %")
        .contains("4. SMO: the site first, as networks see it")
        .contains("8. Money: ROI, ROAS, cost per subscriber");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void noCommand_printsUsage() {
    Run r = smm();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: smm").contains("metrics").contains("simulate");
  }

  @Test
  void everyCommandHasHelpWithExamples() {
    for (String[] args :
        new String[][] {
          {"--help"},
          {"tour", "--help"},
          {"audit", "--help"},
          {"metrics", "--help"},
          {"simulate", "virality", "--help"}
        }) {
      Run r = smm(args);
      assertThat(r.code()).as(String.join(" ", args)).isZero();
      assertThat(r.out()).as(String.join(" ", args)).contains("Examples:");
    }
  }

  @Test
  void unknownCommand_isAUsageError() {
    assertThat(SmmCommand.run("no-such-command")).isEqualTo(2);
    Run r = smm("metrics", uci.toString(), "--denominator", "likes");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("'likes' is not one of reach, impressions, followers, views");
  }

  static Path page() throws IOException {
    return copyPage(dir.resolve("oboi-blog.html"));
  }

  /** Copies the bundled sample page to {@code target}. */
  static Path copyPage(Path target) throws IOException {
    try (InputStream in =
        SmmCommandTest.class.getResourceAsStream("/dev/smmkit/examples/pages/oboi-blog.html")) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  @Test
  void audit_aPage_asTextInRussian() throws IOException {
    Run r =
        smm(
            "audit",
            page().toString(),
            "--url",
            "https://oboi.example.ru/blog/moyushchiesya-oboi-dlya-detskoy",
            "--profile",
            "ru-market",
            "--locale",
            "ru");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("https://oboi.example.ru/blog/moyushchiesya-oboi-dlya-detskoy")
        .contains("ru-market")
        .containsPattern("\\d+/100")
        .containsPattern("\\p{IsCyrillic}{5}");
  }

  @Test
  void audit_aPage_asJson() throws IOException {
    Run r = smm("audit", page().toString(), "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"profile\" : \"global\"").contains("\"ruleId\" : \"og.image\"");
  }

  @Test
  void audit_aDirectory_showsProgressAndASummary_andFlagsBadFiles() throws IOException {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Files.copy(page(), pages.resolve("a.html"), StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(
        pages.resolve("b.htm"), "<html><head><title>Just a title here</title></head></html>");
    Files.write(pages.resolve("c.html"), new byte[0]);
    Files.writeString(pages.resolve("notes.txt"), "not a page");
    Files.createDirectories(pages.resolve("archive.html"));
    Run r = smm("audit", pages.toString(), "--progress", "bar");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("Auditing").contains("3/3");
    assertThat(r.out())
        .contains("a.html")
        .contains("b.htm")
        .contains("c.html")
        .contains("the page is empty")
        .contains("3 pages, mean score")
        .contains("1 could not be read")
        .doesNotContain("notes.txt");
    Run json = smm("audit", pages.toString(), "--format", "json");
    assertThat(json.out())
        .startsWith("{\"tool\":\"smm\",\"command\":\"audit\"")
        .contains("\"error\":");
  }

  @Test
  void audit_asHtml_writesOneSelfContainedFile() throws IOException {
    Path out = dir.resolve("audit-report.html");
    Run r = smm("audit", page().toString(), "--format", "html", "--output", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().trim()).isEqualTo(out.toAbsolutePath().normalize().toString());
    org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(out.toFile(), "UTF-8");
    assertThat(html.title()).isEqualTo("SMO audit");
    assertThat(html.select("img"))
        .isNotEmpty()
        .allSatisfy(img -> assertThat(img.attr("src")).startsWith("data:image/png;base64,"));
    assertThat(html.select("[src^=http], [href^=http]")).isEmpty();
    assertThat(html.text()).contains("Share metadata as networks read it").contains("og.image");
    assertThat(smm("audit", page().toString(), "--format", "html").code()).isEqualTo(2);
    Path pages = Files.createDirectories(dir.resolve("html-pages"));
    Files.copy(page(), pages.resolve("a.html"), StandardCopyOption.REPLACE_EXISTING);
    Path summary = dir.resolve("audit-summary.html");
    assertThat(
            smm("audit", pages.toString(), "--format", "html", "--output", summary.toString())
                .code())
        .isZero();
    assertThat(Files.readString(summary)).contains("SMO audit of 1 pages").contains("a.html");
  }

  @Test
  void audit_badProfileOrMissingFile_isBadInput() throws IOException {
    assertThat(smm("audit", dir.resolve("missing.html").toString()).code()).isEqualTo(3);
    Path profile = dir.resolve("profile.json");
    Files.writeString(profile, "{\"name\":\"mine\",\"weights\":{\"og.image\":-2}}");
    Run r = smm("audit", page().toString(), "--profile", profile.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("ScoringProfile.weights.og.image: must be a finite number >= 0");
    Run unknown = smm("audit", page().toString(), "--profile", "martian");
    assertThat(unknown.code()).isEqualTo(3);
    assertThat(unknown.err()).contains("--profile martian: neither a built-in profile");
  }

  @Test
  void metrics_byType_onTheUciData() {
    Run r = smm("metrics", uci.toString(), "--by", "type");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("Photo              424     1.6641 %")
        .contains("1.6")
        .contains("10 problems")
        .contains("reach exceeds impressions");
  }

  @Test
  void metrics_asCsvAndJson_agreeOnTheOverallRate() {
    Run csv = smm("metrics", uci.toString(), "--format", "csv");
    assertThat(csv.code()).isZero();
    assertThat(csv.out()).startsWith("group,posts,engagements,denominator,rate");
    assertThat(csv.out()).contains("all,496,");
    Run json = smm("metrics", uci.toString(), "--format", "json", "--aggregate", "mean-of-rates");
    assertThat(json.code()).isZero();
    assertThat(json.out())
        .startsWith("{\"tool\":\"smm\",\"command\":\"metrics\"")
        .contains("\"aggregation\":\"mean-of-rates\"")
        .contains("\"group\":\"all\",\"posts\":496,\"rate\":0.024");
  }

  @Test
  void metrics_ownFormat_byMonthInAnExplicitZone() throws IOException {
    Path posts = dir.resolve("posts.csv");
    Files.writeString(
        posts,
        "id,platform,type,published_at,likes,comments,shares,saves,reach,impressions,followers,views\n"
            + "1,vkontakte,photo,2026-01-31T22:30:00Z,10,2,1,0,400,500,1000,\n"
            + "2,vkontakte,photo,2026-02-15T10:00:00Z,20,2,2,0,400,500,1000,\n",
        StandardCharsets.UTF_8);
    Run utc = smm("metrics", posts.toString(), "--by", "month", "--format", "csv");
    Run moscow =
        smm(
            "metrics",
            posts.toString(),
            "--by",
            "month",
            "--zone",
            "Europe/Moscow",
            "--format",
            "csv");
    assertThat(utc.code()).as(utc.err()).isZero();
    assertThat(utc.out()).contains("2026-01,1,13,400").contains("2026-02,1,24,400");
    assertThat(moscow.out()).contains("2026-02,2,37,800").doesNotContain("2026-01");
  }

  @Test
  void metrics_instagramExport_withAnExplicitCharset() {
    Path root = Path.of("..").toAbsolutePath().normalize();
    String cp1252 =
        root.resolve("smm-metrics/src/test/resources/instagram/instagram_posts_cp1252.csv")
            .toString();
    Run r =
        smm(
            "metrics",
            cp1252,
            "--charset",
            "windows-1252",
            "--denominator",
            "impressions",
            "--format",
            "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("group,posts,engagements,denominator,rate").contains("all,5,");
    Run noReach = smm("metrics", cp1252, "--charset", "windows-1252");
    assertThat(noReach.code()).isEqualTo(3);
    assertThat(noReach.err()).contains("has no reach column values");
    String dated =
        root.resolve("smm-metrics/src/test/resources/instagram/instagram_posts_with_date.csv")
            .toString();
    Run byMonth =
        smm("metrics", dated, "--denominator", "impressions", "--by", "month", "--format", "csv");
    assertThat(byMonth.code()).as(byMonth.err()).isZero();
    assertThat(byMonth.out()).containsPattern("\\n20\\d\\d-\\d\\d,");
  }

  @Test
  void metrics_ownFormat_asJsonLines() throws IOException {
    Path posts = dir.resolve("posts.jsonl");
    Files.writeString(
        posts,
        "{\"id\":\"1\",\"platform\":\"vkontakte\",\"type\":\"photo\",\"published_at\":\"2026-01-31T22:30:00Z\",\"likes\":10,\"comments\":2,\"shares\":1,\"saves\":0,\"reach\":400}\n"
            + "{\"id\":\"2\",\"platform\":\"telegram\",\"type\":\"link\",\"published_at\":\"2026-02-15T10:00:00Z\",\"likes\":20,\"comments\":2,\"shares\":2,\"saves\":0,\"reach\":400}\n",
        StandardCharsets.UTF_8);
    Run r = smm("metrics", posts.toString(), "--by", "platform", "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("telegram,1,24,400").contains("vkontakte,1,13,400");
  }

  @Test
  void metrics_missingFile_isBadInput() {
    Run r = smm("metrics", dir.resolve("nope.csv").toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("nope.csv: no such file");
  }

  @Test
  void metrics_failFast_namesFileRowColumnAndValue() {
    Run r = smm("metrics", uci.toString(), "--fail-fast");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .contains("smm: bad input: ")
        .contains("dataset_Facebook.csv")
        .containsPattern("row \\d+ \\(line \\d+\\), column [A-Za-z ]+:")
        .contains("was ");
  }

  @Test
  void simulateVirality_isReproducibleWithASeed() {
    Run a =
        smm(
            "simulate",
            "virality",
            "--k",
            "0.8",
            "--seeds",
            "100",
            "--generations",
            "5",
            "--runs",
            "200",
            "--seed",
            "7");
    Run b =
        smm(
            "simulate",
            "virality",
            "--k",
            "0.8",
            "--seeds",
            "100",
            "--generations",
            "5",
            "--runs",
            "200",
            "--seed",
            "7");
    assertThat(a.code()).isZero();
    assertThat(a.out()).isEqualTo(b.out()).contains("generation").contains("336.2");
  }

  @Test
  void simulateVirality_withoutPopulationForKAboveOne_isAUsageError() {
    Run r = smm("simulate", "virality", "--k", "1.5", "--seeds", "10", "--generations", "5");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("smm: --population: must be set when k >= 1")
        .contains("Try 'smm simulate virality --help' for more.")
        .doesNotContain("Usage:");
  }

  @Test
  void simulateVirality_missingOption_isAUsageError() {
    Run r = smm("simulate", "virality", "--k", "0.5");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required options");
  }

  @Test
  void metrics_html_writesASelfContainedReportAndPrintsItsPath() throws IOException {
    Path html = dir.resolve("metrics.html");
    Run r =
        smm(
            "metrics",
            uci.toString(),
            "--by",
            "type",
            "--format",
            "html",
            "--output",
            html.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().strip()).isEqualTo(html.toAbsolutePath().normalize().toString());
    Document doc = ReportChecks.assertSelfContained(Files.readString(html, StandardCharsets.UTF_8));
    assertThat(doc.title()).isEqualTo("Engagement report: dataset_Facebook.csv");
    assertThat(doc.select("h2").eachText())
        .containsExactly("Key figures", "Charts", "By type", "Findings");
    assertThat(doc.select("figcaption").eachText())
        .containsExactly(
            "Engagement rate by post type",
            "Engagement rate by month",
            "Reach vs impressions per post");
    assertThat(doc.select("td").eachText()).contains("Photo", "424", "1.6641 %");
    assertThat(doc.select(".figure dd").eachText()).contains("496", "1.5521 %", "10");
    assertThat(doc.select("li").eachText())
        .anyMatch(t -> t.startsWith("Highest engagement rate by post type: Photo"))
        .anyMatch(t -> t.contains("reach exceeds impressions"));
    assertThat(doc.select("img").first().attr("alt"))
        .startsWith("Bar chart: Engagement rate by post type. Link 0.532; Photo 1.664;");
  }

  @Test
  void metrics_html_needsOutput_andOutputNeedsHtml() {
    Run noOutput = smm("metrics", uci.toString(), "--format", "html");
    assertThat(noOutput.code()).isEqualTo(2);
    assertThat(noOutput.err()).contains("--format html needs --output FILE");
    Run textToFile = smm("metrics", uci.toString(), "--output", dir.resolve("x.txt").toString());
    assertThat(textToFile.code()).isEqualTo(2);
    assertThat(textToFile.err()).contains("--output is only used with --format html");
    assertThat(dir.resolve("x.txt")).doesNotExist();
  }

  @Test
  void metrics_html_toAnUnwritablePlace_isAUsageError() {
    Path nowhere = dir.resolve("no-such-dir").resolve("r.html");
    Run r = smm("metrics", uci.toString(), "--format", "html", "--output", nowhere.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("cannot write").contains("r.html");
  }

  @Test
  void metrics_html_escapesWhatTheFileSays() throws IOException {
    Path posts = dir.resolve("hostile.csv");
    Files.writeString(
        posts,
        "id,platform,type,published_at,likes,comments,shares,saves,reach,impressions,followers,views\n"
            + "1,<b>vk</b>,<script>alert(1)</script>,2026-01-31T22:30:00Z,10,2,1,0,400,500,1000,\n"
            + "2,vk,photo \"&\" co,2026-02-15T10:00:00Z,20,2,2,0,0,0,1000,\n",
        StandardCharsets.UTF_8);
    Path html = dir.resolve("hostile.html");
    Run r =
        smm(
            "metrics",
            posts.toString(),
            "--by",
            "platform",
            "--format",
            "html",
            "--output",
            html.toString());
    assertThat(r.code()).as(r.err()).isZero();
    Document doc = ReportChecks.assertSelfContained(Files.readString(html, StandardCharsets.UTF_8));
    assertThat(doc.select("script, b")).isEmpty();
    assertThat(doc.select("td").eachText()).contains("<b>vk</b>");
    assertThat(doc.select("img").eachAttr("alt"))
        .anyMatch(a -> a.contains("<script>alert(1)</script> 3.25"))
        .anyMatch(a -> a.startsWith("Scatter chart: Reach vs impressions per post. 2 posts"));
    assertThat(doc.select("figcaption").eachText()).contains("Engagement rate by platform");
  }

  @Test
  void metrics_chart_writesAPngAndLeavesTheTextAlone() throws IOException {
    Path bar = dir.resolve("by-type.png");
    Run plain = smm("metrics", uci.toString(), "--by", "type");
    Run charted = smm("metrics", uci.toString(), "--by", "type", "--chart", bar.toString());
    assertThat(charted.code()).isZero();
    assertThat(charted.out()).isEqualTo(plain.out());
    ReportChecks.assertNonTrivialPng(Files.readAllBytes(bar), "bar chart");

    Path line = dir.resolve("by-month.png");
    Run json =
        smm(
            "metrics",
            uci.toString(),
            "--by",
            "month",
            "--format",
            "json",
            "--chart",
            line.toString());
    assertThat(json.code()).isZero();
    assertThat(json.out()).startsWith("{\"tool\":\"smm\"");
    ReportChecks.assertNonTrivialPng(Files.readAllBytes(line), "line chart");
  }

  @Test
  void simulateVirality_html_writesTheProjectionReport() throws IOException {
    Path html = dir.resolve("virality.html");
    Run r =
        smm(
            "simulate",
            "virality",
            "--k",
            "1.3",
            "--seeds",
            "100",
            "--generations",
            "12",
            "--population",
            "5000",
            "--runs",
            "300",
            "--seed",
            "7",
            "--format",
            "html",
            "--output",
            html.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().strip()).isEqualTo(html.toAbsolutePath().normalize().toString());
    Document doc = ReportChecks.assertSelfContained(Files.readString(html, StandardCharsets.UTF_8));
    assertThat(doc.title()).isEqualTo("Virality projection");
    assertThat(doc.select(".subtitle").text())
        .startsWith("K = 1.3, 100 seeds, 12 generations, 300 runs, seed 7, population 5,000");
    assertThat(doc.select("img")).hasSize(1);
    assertThat(doc.selectFirst("img").attr("alt"))
        .startsWith("Line chart: Cumulative reach by generation.");
    assertThat(doc.select("tbody tr")).hasSize(13);
    assertThat(doc.select("li").eachText())
        .anyMatch(t -> t.startsWith("K = 1.3 ≥ 1"))
        .anyMatch(t -> t.startsWith("The expected reach hits the population cap at generation"));
  }

  @Test
  void simulateVirality_html_needsOutput() {
    Run r =
        smm(
            "simulate",
            "virality",
            "--k",
            "0.5",
            "--seeds",
            "10",
            "--generations",
            "3",
            "--format",
            "html");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--format html needs --output FILE");
  }
}
