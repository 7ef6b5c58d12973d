package dev.smmkit.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smmkit.examples.cli.SmmCommand;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Opens the reports of {@code smm metrics} and {@code smm simulate virality} in headless Chromium:
 * the page renders (a screenshot that is not blank and shows the chart colours) and every chart
 * image decodes in the browser (natural width above 0). Without Chromium the tests are skipped, or
 * fail when {@code SMMKIT_REQUIRE_CHROMIUM=true} (as {@code .ci/run} sets it).
 */
class HtmlReportChromiumTest {
  /** The blue of bars and lines in the charts (not used that much by the page's own style). */
  private static final int CHART_BLUE = 0x2b6cb0;

  /** The orange of the simulated mean in the virality chart. */
  private static final int CHART_ORANGE = 0xdd6b20;

  @TempDir static Path dir;
  static Path metrics;
  static Path virality;
  static Path audit;

  @BeforeAll
  static void writeReports() throws IOException {
    Chromium.binary(); // skips (or fails, when required) before any report is written
    Path uci = dir.resolve("dataset_Facebook.csv");
    try (InputStream in =
        HtmlReportChromiumTest.class.getResourceAsStream(
            "/dev/smmkit/examples/data/dataset_Facebook.csv")) {
      Files.copy(in, uci);
    }
    metrics = dir.resolve("metrics report.html");
    smm(
        "metrics",
        uci.toString(),
        "--by",
        "type",
        "--format",
        "html",
        "--output",
        metrics.toString());
    virality = dir.resolve("virality.html");
    smm(
        "simulate",
        "virality",
        "--k",
        "0.8",
        "--seeds",
        "1000",
        "--generations",
        "10",
        "--runs",
        "500",
        "--format",
        "html",
        "--output",
        virality.toString());
    Path page = dir.resolve("oboi-blog.html");
    try (InputStream in =
        HtmlReportChromiumTest.class.getResourceAsStream(
            "/dev/smmkit/examples/pages/oboi-blog.html")) {
      Files.copy(in, page);
    }
    audit = dir.resolve("audit.html");
    smm(
        "audit",
        page.toString(),
        "--url",
        "https://oboi.example.ru/blog/moyushchiesya-oboi-dlya-detskoy",
        "--format",
        "html",
        "--output",
        audit.toString());
  }

  private static void smm(String... args) {
    CommandLine cli = SmmCommand.commandLine();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));
    assertThat(cli.execute(args)).as(String.join(" ", args) + "\n" + err).isZero();
  }

  @Test
  void metricsReport_rendersWithItsCharts() throws Exception {
    BufferedImage shot = screenshot(metrics, "metrics");
    // The bar chart sits near the top: its bars are large areas of the chart blue.
    assertThat(ReportChecks.pixelsNear(shot, CHART_BLUE)).isGreaterThan(20_000);
  }

  @Test
  void viralityReport_rendersWithItsChart() throws Exception {
    BufferedImage shot = screenshot(virality, "virality");
    assertThat(ReportChecks.pixelsNear(shot, CHART_ORANGE)).isGreaterThan(200);
    assertThat(ReportChecks.pixelsNear(shot, CHART_BLUE)).isGreaterThan(1_000);
  }

  @Test
  void auditReport_rendersWithItsChart_andItsImageDecodes() throws Exception {
    BufferedImage shot = screenshot(audit, "audit");
    assertThat(ReportChecks.pixelsNear(shot, CHART_BLUE)).isGreaterThan(5_000);
    assertImagesDecode(audit, "audit-dom", 1);
  }

  @Test
  void metricsReport_imagesDecodeInTheBrowser() throws Exception {
    assertImagesDecode(metrics, "metrics-dom", 3);
  }

  @Test
  void viralityReport_imageDecodesInTheBrowser() throws Exception {
    assertImagesDecode(virality, "virality-dom", 1);
  }

  private static BufferedImage screenshot(Path page, String name) throws Exception {
    Path work = Files.createDirectories(dir.resolve(name));
    Path png = work.resolve("screenshot.png");
    Chromium.Result r = Chromium.run(work, page, "--screenshot=" + png, "--window-size=1200,2000");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(png).as(r.stderr()).exists();
    BufferedImage shot = ImageIO.read(png.toFile());
    assertThat(shot).as("screenshot decodes").isNotNull();
    assertThat(shot.getWidth()).isEqualTo(1200);
    assertThat(shot.getHeight()).isEqualTo(2000);
    long white = ReportChecks.pixelsNear(shot, 0xffffff);
    long pixels = (long) shot.getWidth() * shot.getHeight();
    assertThat(white).as("white pixels of %d", pixels).isLessThan(pixels);
    ReportChecks.assertNonTrivialPng(Files.readAllBytes(png), name + " screenshot");
    System.out.printf("chromium --screenshot of %s took %d ms%n", name, r.took().toMillis());
    return shot;
  }

  /**
   * Checks in the browser that each image decoded. The report has no scripts and forbids them, so a
   * test copy drops the Content-Security-Policy and adds a script that writes every image's natural
   * size into the DOM, which {@code --dump-dom} prints once the page has loaded.
   */
  private static void assertImagesDecode(Path page, String name, int images) throws Exception {
    Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
    assertThat(doc.select("img")).hasSize(images);
    doc.select("meta[http-equiv=Content-Security-Policy]").remove();
    doc.body()
        .appendElement("script")
        .appendChild(
            new org.jsoup.nodes.DataNode(
                """
                window.addEventListener('load', function () {
                  var sizes = [];
                  document.querySelectorAll('img').forEach(function (img) {
                    sizes.push(img.naturalWidth + 'x' + img.naturalHeight);
                  });
                  var out = document.createElement('pre');
                  out.id = 'image-sizes';
                  out.textContent = sizes.join(' ');
                  document.body.appendChild(out);
                });
                """));
    Path work = Files.createDirectories(dir.resolve(name));
    Path copy = work.resolve("probe.html");
    Files.writeString(copy, doc.outerHtml(), StandardCharsets.UTF_8);
    Chromium.Result r = Chromium.run(work, copy, "--virtual-time-budget=10000", "--dump-dom");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    Element sizes = Jsoup.parse(r.stdout()).getElementById("image-sizes");
    assertThat(sizes).as("the probe's output in the dumped DOM\n" + r.stderr()).isNotNull();
    List<String> each = Arrays.asList(sizes.text().split(" "));
    assertThat(each).hasSize(images);
    for (String size : each) {
      String[] wh = size.split("x");
      assertThat(Integer.parseInt(wh[0])).as("naturalWidth").isEqualTo(Charts.WIDTH);
      assertThat(Integer.parseInt(wh[1])).as("naturalHeight").isEqualTo(Charts.HEIGHT);
    }
    System.out.printf("chromium --dump-dom of %s took %d ms%n", name, r.took().toMillis());
  }
}
