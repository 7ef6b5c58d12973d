package dev.smmkit.examples.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report charts, drawn with XChart as PNG images without a display ({@code
 * java.awt.headless=true} is set before anything is drawn).
 *
 * <p>Each helper returns a {@link ChartImage} whose alternative text lists the numbers the chart
 * shows, so that the report still says everything to a reader who cannot see the image.
 */
public final class Charts {
  /** Width of every chart, in pixels. */
  public static final int WIDTH = 800;

  /** Height of every chart, in pixels. */
  public static final int HEIGHT = 450;

  /** Most categories named in an alternative text; the rest are counted. */
  private static final int ALT_ITEMS = 24;

  private static final Color BLUE = new Color(0x2b, 0x6c, 0xb0);
  private static final Color ORANGE = new Color(0xdd, 0x6b, 0x20);
  private static final Color GREY = new Color(0x71, 0x80, 0x96);
  private static final Color GRID = new Color(0xe2, 0xe8, 0xf0);

  private Charts() {}

  /**
   * A bar chart of one value per category, e.g. the engagement rate by post type.
   *
   * @param title the chart title
   * @param xTitle the category axis title
   * @param yTitle the value axis title
   * @param values value by category, drawn in iteration order
   * @return the chart
   * @throws IllegalArgumentException if {@code values} is empty or holds a non-finite value
   */
  public static ChartImage bar(
      String title, String xTitle, String yTitle, Map<String, Double> values) {
    return category(title, xTitle, yTitle, values, CategorySeriesRenderStyle.Bar, "Bar chart");
  }

  /**
   * A line chart of one value per ordered category, e.g. the engagement rate by month.
   *
   * @param title the chart title
   * @param xTitle the category axis title
   * @param yTitle the value axis title
   * @param values value by category, drawn in iteration order (sort months before)
   * @return the chart
   * @throws IllegalArgumentException if {@code values} is empty or holds a non-finite value
   */
  public static ChartImage line(
      String title, String xTitle, String yTitle, Map<String, Double> values) {
    return category(title, xTitle, yTitle, values, CategorySeriesRenderStyle.Line, "Line chart");
  }

  /**
   * A scatter chart of impressions against reach, one point per post, with the line where
   * impressions equal reach: points above it were seen more than once per person reached.
   *
   * @param title the chart title
   * @param reach reach per post
   * @param impressions impressions per post, same length as {@code reach}
   * @return the chart
   * @throws IllegalArgumentException if the arrays are empty or of different lengths
   */
  public static ChartImage reachVsImpressions(String title, long[] reach, long[] impressions) {
    Objects.requireNonNull(title, "title");
    if (reach.length == 0 || reach.length != impressions.length) {
      throw new IllegalArgumentException(
          "reach and impressions must be non-empty and of the same length");
    }
    headless();
    double[] x = new double[reach.length];
    double[] y = new double[reach.length];
    double min = Double.MAX_VALUE;
    double max = 1;
    long above = 0;
    for (int i = 0; i < reach.length; i++) {
      x[i] = reach[i];
      y[i] = impressions[i];
      min = Math.min(min, Math.min(x[i], y[i]));
      max = Math.max(max, Math.max(x[i], y[i]));
      if (impressions[i] > reach[i]) {
        above++;
      }
    }
    // Reach and impressions are skewed (a few posts reach far more people): logarithmic axes
    // spread the crowd near the origin, but cannot show 0, so then the axes stay linear.
    boolean log = min > 0;
    double from = log ? min : 0;
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle("Reach (people)")
            .yAxisTitle("Impressions (views)")
            .build();
    style(chart.getStyler());
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
    chart.getStyler().setMarkerSize(6);
    chart.getStyler().setLegendPosition(LegendPosition.InsideSE);
    chart.getStyler().setXAxisLogarithmic(log);
    chart.getStyler().setYAxisLogarithmic(log);
    chart.getStyler().setXAxisDecimalPattern("#,##0");
    chart.getStyler().setYAxisDecimalPattern("#,##0");
    if (!log) {
      chart.getStyler().setXAxisMin(0.0);
      chart.getStyler().setYAxisMin(0.0);
    }
    XYSeries posts = chart.addSeries("Posts", x, y);
    posts.setMarker(SeriesMarkers.CIRCLE).setMarkerColor(new Color(0x2b, 0x6c, 0xb0, 0x99));
    XYSeries diagonal =
        chart.addSeries("Impressions = reach", new double[] {from, max}, new double[] {from, max});
    diagonal.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
    diagonal.setMarker(SeriesMarkers.NONE).setLineColor(GREY);
    diagonal.setLineStyle(dashed());
    String alt =
        String.format(
            Locale.ROOT,
            "Scatter chart%s: %s. %d posts; %d of them have more impressions than reach"
                + " (seen more than once per person reached); values from %s to %s.",
            log ? " on logarithmic axes" : "",
            title,
            reach.length,
            above,
            number(min),
            number(max));
    return image(chart, title, alt);
  }

  /**
   * The virality projection: cumulative reach by generation from the closed form (expected) and
   * from a Monte Carlo simulation (mean, with the 5th and 95th percentiles of the runs).
   *
   * @param title the chart title
   * @param generations generation numbers, ascending
   * @param expected expected cumulative reach per generation
   * @param mean simulated mean cumulative reach per generation
   * @param p5 5th percentile of the simulated cumulative reach
   * @param p95 95th percentile of the simulated cumulative reach
   * @return the chart
   * @throws IllegalArgumentException if the arrays are empty or of different lengths
   */
  public static ChartImage viralityProjection(
      String title,
      int[] generations,
      double[] expected,
      double[] mean,
      double[] p5,
      double[] p95) {
    Objects.requireNonNull(title, "title");
    int n = generations.length;
    if (n == 0 || expected.length != n || mean.length != n || p5.length != n || p95.length != n) {
      throw new IllegalArgumentException("all series must be non-empty and of the same length");
    }
    headless();
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = generations[i];
    }
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle("Generation")
            .yAxisTitle("Cumulative reach (people)")
            .build();
    style(chart.getStyler());
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setXAxisDecimalPattern("0");
    chart.getStyler().setYAxisDecimalPattern("#,##0");
    XYSeries closed = chart.addSeries("Expected (closed form)", x, expected.clone());
    closed.setMarker(SeriesMarkers.NONE).setLineColor(BLUE).setLineStyle(solid(3f));
    XYSeries simulated = chart.addSeries("Simulated mean", x, mean.clone());
    simulated.setMarker(SeriesMarkers.CIRCLE).setMarkerColor(ORANGE).setLineColor(ORANGE);
    simulated.setLineStyle(solid(1.5f));
    XYSeries high = chart.addSeries("Simulated p95", x, p95.clone());
    high.setMarker(SeriesMarkers.NONE).setLineColor(GREY).setLineStyle(dashed());
    XYSeries low = chart.addSeries("Simulated p5", x, p5.clone());
    low.setMarker(SeriesMarkers.NONE).setLineColor(GREY).setLineStyle(dashed());
    int last = n - 1;
    String alt =
        String.format(
            Locale.ROOT,
            "Line chart: %s. Over generations %d to %d the expected cumulative reach grows from"
                + " %s to %s; the simulated mean ends at %s, with 90%% of runs between %s and %s.",
            title,
            generations[0],
            generations[last],
            number(expected[0]),
            number(expected[last]),
            number(mean[last]),
            number(p5[last]),
            number(p95[last]));
    return image(chart, title, alt);
  }

  private static ChartImage category(
      String title,
      String xTitle,
      String yTitle,
      Map<String, Double> values,
      CategorySeriesRenderStyle style,
      String kind) {
    Objects.requireNonNull(title, "title");
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values to draw");
    }
    List<String> categories = new ArrayList<>(values.size());
    List<Double> numbers = new ArrayList<>(values.size());
    StringJoiner alt = new StringJoiner("; ", kind + ": " + title + ". ", ".");
    for (Map.Entry<String, Double> e : values.entrySet()) {
      double v = Objects.requireNonNull(e.getValue(), e.getKey());
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException(e.getKey() + ": value is not finite: " + v);
      }
      categories.add(e.getKey());
      numbers.add(v);
      if (categories.size() <= ALT_ITEMS) {
        alt.add(e.getKey() + " " + number(v));
      }
    }
    if (categories.size() > ALT_ITEMS) {
      alt.add("and " + (categories.size() - ALT_ITEMS) + " more");
    }
    headless();
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle(xTitle)
            .yAxisTitle(yTitle)
            .build();
    style(chart.getStyler());
    chart.getStyler().setDefaultSeriesRenderStyle(style);
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setAvailableSpaceFill(0.6);
    if (categories.size() > 8) {
      chart.getStyler().setXAxisLabelRotation(45);
    }
    chart.addSeries(yTitle, categories, numbers).setMarker(SeriesMarkers.CIRCLE);
    return image(chart, title, alt.toString());
  }

  private static void style(AxesChartStyler styler) {
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotBorderVisible(false);
    styler.setPlotGridLinesColor(GRID);
    styler.setLegendBorderColor(GRID);
    styler.setLegendPosition(LegendPosition.InsideNW);
    styler.setSeriesColors(new Color[] {BLUE, ORANGE, GREY});
    styler.setAntiAlias(true);
  }

  private static BasicStroke solid(float width) {
    return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  private static BasicStroke dashed() {
    return new BasicStroke(
        1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);
  }

  private static ChartImage image(Chart<?, ?> chart, String title, String alt) {
    try {
      return new ChartImage(
          title, alt, BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG), WIDTH, HEIGHT);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode chart " + title, e);
    }
  }

  /** Draws without a display: set before AWT is first touched, harmless after. */
  private static void headless() {
    System.setProperty("java.awt.headless", "true");
  }

  /**
   * Formats a number for people: grouped thousands, at most three decimals, a dot as separator.
   *
   * @param v the number
   * @return e.g. {@code 1,234.5} or {@code 0.8}
   */
  public static String number(double v) {
    DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(v);
  }
}
