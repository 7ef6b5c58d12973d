package dev.smmkit.metrics;

import dev.smmkit.core.ValidationException;

/**
 * Accumulates engagement over a stream of posts, for both aggregations at once.
 *
 * <p>{@code add} each post, {@link #merge(EngagementAccumulator)} partial accumulators (one per
 * thread, partition or Spark task), and take an immutable {@link #snapshot()}. Merging is
 * associative and commutative: merged partials equal one accumulator over all posts, exactly.
 * Constant memory (five longs); no allocation per post.
 *
 * <p>Not thread-safe: use one accumulator per thread and merge them.
 */
public final class EngagementAccumulator {
  private long posts;
  private long undefinedPosts;
  private long engagements;
  private long denominator;
  private long rateSumNano;

  /** Creates an empty accumulator. */
  public EngagementAccumulator() {}

  /**
   * Adds one post.
   *
   * @param postEngagements the post's engagements, at least 0
   * @param postDenominator the post's denominator, at least 0; 0 leaves the post out of the mean of
   *     rates
   * @return this accumulator
   * @throws ValidationException if a count is negative
   * @throws MetricOverflowException if a sum overflows
   */
  public EngagementAccumulator add(long postEngagements, long postDenominator) {
    if (postEngagements < 0 || postDenominator < 0) {
      throw ValidationException.of(
          postEngagements < 0
              ? "EngagementAccumulator.engagements"
              : "EngagementAccumulator.denominator",
          postEngagements < 0 ? postEngagements : postDenominator,
          "PositiveOrZero",
          "must be >= 0");
    }
    // Every sum is computed before any field changes: a post that overflows is not half-added.
    long newEngagements =
        MetricOverflowException.add(
            "EngagementAccumulator.engagements", engagements, postEngagements);
    long newDenominator =
        MetricOverflowException.add(
            "EngagementAccumulator.denominator", denominator, postDenominator);
    long newRateSum =
        postDenominator == 0
            ? rateSumNano
            : MetricOverflowException.add(
                "EngagementAccumulator.rateSum",
                rateSumNano,
                EngagementSummary.nanoRate(postEngagements, postDenominator));
    engagements = newEngagements;
    denominator = newDenominator;
    rateSumNano = newRateSum;
    if (postDenominator == 0) {
      undefinedPosts++;
    }
    posts++;
    return this;
  }

  /**
   * Adds one post's counts under a definition.
   *
   * @param post the post
   * @param interactions which interactions count
   * @param by the denominator
   * @return this accumulator
   * @throws ValidationException if the post does not know the denominator
   */
  public EngagementAccumulator add(PostStats post, InteractionSet interactions, Denominator by) {
    Rate r = EngagementRate.of(post, interactions, by);
    return add(r.numerator(), r.denominator());
  }

  /**
   * Adds one post's (or day's) figures under a definition, as {@link EngagementRate#of(Figures,
   * InteractionSet, Denominator)} computes them.
   *
   * @param figures the figures
   * @param interactions which interactions count
   * @param by the denominator
   * @return this accumulator
   * @throws ValidationException if the denominator or a member of the set is absent
   */
  public EngagementAccumulator add(Figures figures, InteractionSet interactions, Denominator by) {
    Rate r = EngagementRate.of(figures, interactions, by);
    return add(r.numerator(), r.denominator());
  }

  /**
   * Adds everything another accumulator has seen.
   *
   * @param other another accumulator (not changed)
   * @return this accumulator
   * @throws MetricOverflowException if a sum overflows
   */
  public EngagementAccumulator merge(EngagementAccumulator other) {
    return merge(other.snapshot());
  }

  /**
   * Adds a summary, such as one received from another process.
   *
   * @param summary the summary
   * @return this accumulator
   * @throws MetricOverflowException if a sum overflows
   */
  public EngagementAccumulator merge(EngagementSummary summary) {
    EngagementSummary sum = snapshot().plus(summary);
    posts = sum.posts();
    undefinedPosts = sum.undefinedPosts();
    engagements = sum.engagements();
    denominator = sum.denominator();
    rateSumNano = sum.rateSumNano();
    return this;
  }

  /**
   * An immutable view of what was added so far.
   *
   * @return the summary
   */
  public EngagementSummary snapshot() {
    return new EngagementSummary(posts, undefinedPosts, engagements, denominator, rateSumNano);
  }
}
