package dev.smmkit.examples;

import dev.smmkit.metrics.Aggregation;
import dev.smmkit.metrics.Denominator;
import dev.smmkit.metrics.EngagementAccumulator;
import dev.smmkit.metrics.EngagementRate;
import dev.smmkit.metrics.EngagementSummary;
import dev.smmkit.metrics.InteractionSet;
import dev.smmkit.metrics.PostStats;
import dev.smmkit.metrics.io.ReadResult;
import dev.smmkit.metrics.io.RowProblem;
import dev.smmkit.metrics.io.UciPost;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Engagement rate on real data (the UCI Facebook metrics set): every denominator gives a different
 * answer, and so does the way posts are aggregated.
 */
public final class EngagementExample {
  private EngagementExample() {}

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
    ReadResult<UciPost> data = Examples.uciData();
    out.println(
        data.rows().size()
            + " posts read; "
            + data.problems().size()
            + " problems reported, none hidden:");
    for (RowProblem p : data.problems()) {
      out.println("  " + p);
    }
    PostStats first = data.rows().get(0).toPostStats();
    InteractionSet lcs = InteractionSet.LIKES_COMMENTS_SHARES;
    out.println("Post 1, likes + comments + shares = " + first.engagements(lcs));
    for (Denominator d :
        new Denominator[] {Denominator.REACH, Denominator.IMPRESSIONS, Denominator.FOLLOWERS}) {
      out.println(
          "  ER by " + d.name().toLowerCase(Locale.ROOT) + ": " + EngagementRate.of(first, lcs, d));
    }
    EngagementAccumulator all = new EngagementAccumulator();
    Map<String, EngagementAccumulator> byType = new TreeMap<>();
    for (UciPost p : data.rows()) {
      long e = p.comments() + p.likes() + p.shares();
      all.add(e, p.reach());
      byType.computeIfAbsent(p.type(), t -> new EngagementAccumulator()).add(e, p.reach());
    }
    EngagementSummary s = all.snapshot();
    out.printf(
        Locale.ROOT,
        "All posts, ER by reach: ratio of sums %.2f %%, mean of rates %.2f %%%n",
        100 * s.value(Aggregation.RATIO_OF_SUMS).getAsDouble(),
        100 * s.value(Aggregation.MEAN_OF_RATES).getAsDouble());
    byType.forEach(
        (type, acc) ->
            out.printf(
                Locale.ROOT,
                "  %-7s %4d posts, ER by reach %.2f %%%n",
                type,
                acc.snapshot().posts(),
                100 * acc.snapshot().ratioOfSums().fractionOr(0)));
    out.println(Examples.UCI_CITATION);
  }
}
