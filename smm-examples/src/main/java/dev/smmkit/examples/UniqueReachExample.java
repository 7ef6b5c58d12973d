package dev.smmkit.examples;

import dev.smmkit.metrics.reach.AudienceOverlap;
import dev.smmkit.metrics.reach.AudienceSketch;
import dev.smmkit.metrics.reach.ReachEstimate;
import dev.smmkit.metrics.reach.UniqueReach;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Unique reach across posts and the overlap of two communities, with sketches that fit in a few
 * kilobytes and report their own error bounds.
 */
public final class UniqueReachExample {
  private UniqueReachExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Prints the example to a stream.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    // Three posts seen by overlapping audiences: ids 0..199 999, 100 000..299 999, 250 000..349
    // 999.
    UniqueReach reach = UniqueReach.create();
    long[][] posts = {{0, 200_000}, {100_000, 300_000}, {250_000, 350_000}};
    for (long[] post : posts) {
      for (long id = post[0]; id < post[1]; id++) {
        reach.add(id);
      }
    }
    ReachEstimate e = reach.estimate();
    out.printf(
        Locale.ROOT,
        "Unique reach of 3 posts: %d (true 350000), 95%% bounds %.0f..%.0f, exact=%s%n",
        e.rounded(),
        e.lowerBound(2),
        e.upperBound(2),
        e.isExact());
    // Two communities: members 0..59 999 and 40 000..99 999.
    AudienceSketch vk = AudienceSketch.create();
    AudienceSketch ok = AudienceSketch.create();
    for (long id = 0; id < 60_000; id++) {
      vk.add(id);
    }
    for (long id = 40_000; id < 100_000; id++) {
      ok.add(id);
    }
    AudienceOverlap o = AudienceOverlap.between(vk, ok);
    out.printf(
        Locale.ROOT,
        "Overlap %d (true 20000), incremental reach of the second %d (true 40000)%n",
        o.overlap().rounded(),
        o.incrementalReach().rounded());
  }
}
