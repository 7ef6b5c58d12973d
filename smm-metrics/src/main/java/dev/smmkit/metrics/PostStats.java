package dev.smmkit.metrics;

import dev.smmkit.core.ValidationException;
import dev.smmkit.core.Violations;
import java.util.Arrays;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The counts of one post: interactions by kind, and the audience figures that may serve as
 * denominators (reach, impressions, followers at posting time, video views). An audience figure the
 * source does not have is unknown, not zero.
 *
 * <p>Rules checked by {@link Builder#build()}: every count is at least 0; reach does not exceed
 * impressions (a person reached has seen the post at least once), which real exports sometimes
 * break: such a post is impossible and rejected with both values named.
 */
// counts is indexed by Interaction.ordinal(): compact per post, and the order is never persisted.
@SuppressWarnings("EnumOrdinal")
public final class PostStats {
  private static final int INTERACTIONS = Interaction.values().length;
  private static final long UNKNOWN = -1;

  private final long[] counts;
  private final long reach;
  private final long impressions;
  private final long followers;
  private final long views;

  private PostStats(Builder b) {
    this.counts = b.counts.clone();
    this.reach = b.reach;
    this.impressions = b.impressions;
    this.followers = b.followers;
    this.views = b.views;
  }

  /**
   * Starts building.
   *
   * @return a builder with every count 0 and every audience figure unknown
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The count of one kind of interaction.
   *
   * @param interaction the kind
   * @return the count, at least 0
   */
  public long count(Interaction interaction) {
    return counts[interaction.ordinal()];
  }

  /**
   * The engagements under a definition: the sum of the counts of its members.
   *
   * @param set which interactions count
   * @return the sum
   * @throws MetricOverflowException if the sum overflows
   */
  public long engagements(InteractionSet set) {
    long sum = 0;
    for (Interaction i : set.members()) {
      sum = MetricOverflowException.add("PostStats.engagements", sum, counts[i.ordinal()]);
    }
    return sum;
  }

  /**
   * Unique people reached.
   *
   * @return the reach, or empty when unknown
   */
  public OptionalLong reach() {
    return known(reach);
  }

  /**
   * Times shown.
   *
   * @return the impressions, or empty when unknown
   */
  public OptionalLong impressions() {
    return known(impressions);
  }

  /**
   * Followers at posting time.
   *
   * @return the followers, or empty when unknown
   */
  public OptionalLong followers() {
    return known(followers);
  }

  /**
   * Video views.
   *
   * @return the views, or empty when unknown
   */
  public OptionalLong views() {
    return known(views);
  }

  /**
   * The value of a denominator.
   *
   * @param denominator which one
   * @return its value, or empty when unknown
   */
  public OptionalLong value(Denominator denominator) {
    return switch (denominator) {
      case REACH -> reach();
      case IMPRESSIONS -> impressions();
      case FOLLOWERS -> followers();
      case VIEWS -> views();
    };
  }

  private static OptionalLong known(long v) {
    return v == UNKNOWN ? OptionalLong.empty() : OptionalLong.of(v);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PostStats p
        && Arrays.equals(counts, p.counts)
        && reach == p.reach
        && impressions == p.impressions
        && followers == p.followers
        && views == p.views;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(counts)
        + Long.hashCode(reach ^ (impressions << 7) ^ (followers << 13) ^ (views << 19));
  }

  @Override
  public String toString() {
    return "PostStats[likes="
        + count(Interaction.LIKE)
        + ", comments="
        + count(Interaction.COMMENT)
        + ", shares="
        + count(Interaction.SHARE)
        + ", reach="
        + reach
        + ", impressions="
        + impressions
        + "]";
  }

  /** Builds {@link PostStats}. Not thread-safe; reusable. */
  public static final class Builder {
    private final long[] counts = new long[INTERACTIONS];
    private long reach = UNKNOWN;
    private long impressions = UNKNOWN;
    private long followers = UNKNOWN;
    private long views = UNKNOWN;

    private Builder() {}

    /**
     * Sets the count of one kind of interaction.
     *
     * @param interaction the kind
     * @param count at least 0
     * @return this builder
     * @throws ValidationException if the count is negative
     */
    public Builder count(Interaction interaction, long count) {
      counts[interaction.ordinal()] =
          nonNegative(interaction.name().toLowerCase(java.util.Locale.ROOT), count);
      return this;
    }

    /**
     * Sets likes.
     *
     * @param n at least 0
     * @return this builder
     */
    public Builder likes(long n) {
      return count(Interaction.LIKE, n);
    }

    /**
     * Sets comments.
     *
     * @param n at least 0
     * @return this builder
     */
    public Builder comments(long n) {
      return count(Interaction.COMMENT, n);
    }

    /**
     * Sets shares.
     *
     * @param n at least 0
     * @return this builder
     */
    public Builder shares(long n) {
      return count(Interaction.SHARE, n);
    }

    /**
     * Sets saves.
     *
     * @param n at least 0
     * @return this builder
     */
    public Builder saves(long n) {
      return count(Interaction.SAVE, n);
    }

    /**
     * Sets the reach.
     *
     * @param n at least 0
     * @return this builder
     */
    public Builder reach(long n) {
      this.reach = nonNegative("reach", n);
      return this;
    }

    /**
     * Sets the impressions.
     *
     * @param n at least 0
     * @return this builder
     */
    public Builder impressions(long n) {
      this.impressions = nonNegative("impressions", n);
      return this;
    }

    /**
     * Sets the followers at posting time.
     *
     * @param n at least 0
     * @return this builder
     */
    public Builder followers(long n) {
      this.followers = nonNegative("followers", n);
      return this;
    }

    /**
     * Sets the video views.
     *
     * @param n at least 0
     * @return this builder
     */
    public Builder views(long n) {
      this.views = nonNegative("views", n);
      return this;
    }

    private static long nonNegative(String field, long n) {
      if (n < 0) {
        throw ValidationException.of("PostStats." + field, n, "PositiveOrZero", "must be >= 0");
      }
      return n;
    }

    /**
     * Builds.
     *
     * @return the counts
     * @throws ValidationException if reach exceeds impressions
     */
    public PostStats build() {
      new Violations("PostStats")
          .check(
              reach == UNKNOWN || impressions == UNKNOWN || reach <= impressions,
              "reach",
              reach,
              "ReachAtMostImpressions",
              "is impossible: reach must not exceed impressions (" + impressions + ")")
          .throwIfAny();
      return new PostStats(this);
    }
  }
}
