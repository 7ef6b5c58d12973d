package dev.smmkit.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartsTest {

  private static BufferedImage check(ChartImage chart) {
    assertThat(chart.width()).isEqualTo(Charts.WIDTH);
    assertThat(chart.height()).isEqualTo(Charts.HEIGHT);
    BufferedImage image = ReportChecks.assertNonTrivialPng(chart.png(), chart.title());
    assertThat(image.getWidth()).isEqualTo(Charts.WIDTH);
    assertThat(image.getHeight()).isEqualTo(Charts.HEIGHT);
    assertThat(System.getProperty("java.awt.headless")).isEqualTo("true");
    return image;
  }

  @Test
  void bar_drawsOneBarPerCategoryAndSaysSoInTheAltText() {
    Map<String, Double> rates = new LinkedHashMap<>();
    rates.put("Link", 0.5318);
    rates.put("Photo", 1.6641);
    rates.put("Status", 1234.5);
    ChartImage chart = Charts.bar("ER by type", "Post type", "ER, %", rates);
    BufferedImage image = check(chart);
    assertThat(ReportChecks.pixelsNear(image, 0x2b6cb0)).isGreaterThan(5_000);
    assertThat(chart.alt())
        .isEqualTo("Bar chart: ER by type. Link 0.532; Photo 1.664; Status 1,234.5.");
  }

  @Test
  void line_drawsMonthsInOrder() {
    Map<String, Double> months = new LinkedHashMap<>();
    for (int m = 1; m <= 30; m++) {
      months.put(String.format("20%02d-%02d", 14 + (m - 1) / 12, (m - 1) % 12 + 1), (double) m);
    }
    ChartImage chart = Charts.line("ER by month", "Month", "ER, %", months);
    check(chart);
    assertThat(chart.alt())
        .startsWith("Line chart: ER by month. 2014-01 1; 2014-02 2;")
        .endsWith("; and 6 more.");
  }

  @Test
  void reachVsImpressions_usesLogAxesUnlessThereIsAZero() {
    ChartImage log =
        Charts.reachVsImpressions(
            "Reach vs impressions",
            new long[] {300, 5_000, 120_000},
            new long[] {450, 9_000, 1_100_000});
    check(log);
    assertThat(log.alt())
        .startsWith("Scatter chart on logarithmic axes: Reach vs impressions. 3 posts; 3 of them")
        .endsWith("values from 300 to 1,100,000.");
    ChartImage linear =
        Charts.reachVsImpressions("With a zero", new long[] {0, 50, 60}, new long[] {0, 40, 90});
    check(linear);
    assertThat(linear.alt()).startsWith("Scatter chart: With a zero. 3 posts; 1 of them");
  }

  @Test
  void viralityProjection_showsExpectedMeanAndBand() {
    ChartImage chart =
        Charts.viralityProjection(
            "Virality",
            new int[] {0, 1, 2},
            new double[] {1000, 1800, 2440},
            new double[] {1000, 1801, 2441.1},
            new double[] {1000, 1754, 2346},
            new double[] {1000, 1848, 2537});
    BufferedImage image = check(chart);
    assertThat(ReportChecks.pixelsNear(image, 0xdd6b20)).as("orange mean").isGreaterThan(100);
    assertThat(chart.alt())
        .isEqualTo(
            "Line chart: Virality. Over generations 0 to 2 the expected cumulative reach grows"
                + " from 1,000 to 2,440; the simulated mean ends at 2,441.1, with 90% of runs"
                + " between 2,346 and 2,537.");
  }

  @Test
  void badInput_isRefused() {
    assertThatThrownBy(() -> Charts.bar("t", "x", "y", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Charts.line("t", "x", "y", Map.of("a", Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a: value is not finite");
    assertThatThrownBy(() -> Charts.reachVsImpressions("t", new long[] {1}, new long[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Charts.reachVsImpressions("t", new long[0], new long[0]))
        .isInstanceOf(IllegalArgumentException.class);
    double[] one = {1};
    assertThatThrownBy(
            () -> Charts.viralityProjection("t", new int[] {0}, one, one, one, new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void chartImage_copiesItsBytesAndComparesByValue() {
    byte[] png = {1, 2, 3};
    ChartImage a = new ChartImage("t", "alt", png, 10, 10);
    png[0] = 9;
    assertThat(a.png()).containsExactly(1, 2, 3);
    a.png()[1] = 9;
    assertThat(a.png()).containsExactly(1, 2, 3);
    assertThat(a).isEqualTo(new ChartImage("t", "alt", new byte[] {1, 2, 3}, 10, 10));
    assertThat(a).hasSameHashCodeAs(new ChartImage("t", "alt", new byte[] {1, 2, 3}, 10, 10));
    assertThat(a).isNotEqualTo(new ChartImage("t", "alt", new byte[] {1, 2}, 10, 10));
    assertThat(a.toString()).isEqualTo("ChartImage[t, 10x10, 3 bytes]");
    assertThatThrownBy(() -> new ChartImage("t", "a", png, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void number_isReadableAndLocaleIndependent() {
    assertThat(Charts.number(1234567.891)).isEqualTo("1,234,567.891");
    assertThat(Charts.number(0.8)).isEqualTo("0.8");
    assertThat(Charts.number(5000)).isEqualTo("5,000");
  }
}
