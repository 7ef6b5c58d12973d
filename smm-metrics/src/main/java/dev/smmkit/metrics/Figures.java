package dev.smmkit.metrics;

import dev.smmkit.core.ValidationException;
import dev.smmkit.core.Violations;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The figures a platform reported for one post (or one day of an account): audience figures,
 * interactions by kind, watch time, and the platform's own printed total of engagements.
 *
 * <p><b>Absent is not zero.</b> Every figure the source does not have (a column the export lacks)
 * is absent, and stays absent: {@link #engagements(InteractionSet)} refuses a set that needs an
 * absent kind, naming each missing kind, instead of giving a smaller sum. This is what {@link
 * PostStats} cannot say (its counts start at 0); it stays for figures built by hand.
 *
 * <p><b>The platform's own total.</b> Where an export prints its own total (X Analytics' {@code
 * engagements}), it is kept with the {@link InteractionSet} it is the total of, and {@link
 * #engagements(InteractionSet)} of that set returns it rather than the sum of the published parts:
 * X's total is larger than its parts on some rows, since not every kind of engagement has its own
 * column, and the platform's {@code engagement rate} is its total over impressions. A total smaller
 * than the sum of its published parts is impossible and rejected by {@link Builder#build()}.
 *
 * <p>Immutable and thread-safe; equal when every figure is equal.
 */
// counts and the presence bits are indexed by Interaction.ordinal(): compact per row, and the
// order is never persisted (the JSON and the readers name each kind).
@SuppressWarnings("EnumOrdinal")
public final class Figures {
  private static final int KINDS = Interaction.values().length;
  private static final long ABSENT = -1;

  private final long[] counts;
  private final long reach;
  private final long impressions;
  private final long followers;
  private final long views;
  private final @Nullable Duration watchTime;
  private final long reportedEngagements;
  private final @Nullable InteractionSet reportedDefinition;

  private Figures(Builder b) {
    this.counts = b.counts.clone();
    this.reach = b.reach;
    this.impressions = b.impressions;
    this.followers = b.followers;
    this.views = b.views;
    this.watchTime = b.watchTime;
    this.reportedEngagements = b.reportedEngagements;
    this.reportedDefinition = b.reportedDefinition;
  }

  /**
   * Starts building.
   *
   * @return a builder with every figure absent
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The count of one kind of interaction.
   *
   * @param interaction the kind
   * @return the count (at least 0), or empty when the source does not report that kind
   */
  public OptionalLong count(Interaction interaction) {
    return known(counts[interaction.ordinal()]);
  }

  /**
   * The kinds of interaction the source reports.
   *
   * @return an unmodifiable set, possibly empty
   */
  public Set<Interaction> present() {
    EnumSet<Interaction> out = EnumSet.noneOf(Interaction.class);
    for (Interaction i : Interaction.values()) {
      if (counts[i.ordinal()] != ABSENT) {
        out.add(i);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /**
   * The members of a set that the source does not report.
   *
   * @param set the interaction set
   * @return an unmodifiable set, empty when every member is reported
   */
  public Set<Interaction> absent(InteractionSet set) {
    EnumSet<Interaction> out = EnumSet.noneOf(Interaction.class);
    for (Interaction i : set.members()) {
      if (counts[i.ordinal()] == ABSENT) {
        out.add(i);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /**
   * The engagements under a definition.
   *
   * <p>When the platform printed its own total for exactly this set ({@link
   * #reportedDefinition()}), that total; otherwise the sum of the counts of the set's members.
   * Never a smaller sum: a member the source does not report is an error.
   *
   * @param set which interactions count
   * @return the engagements, at least 0
   * @throws ValidationException if a member of the set is absent; one violation per missing kind,
   *     path {@code Figures.<kind>} (such as {@code Figures.url_click}), rule {@code Absent}
   * @throws MetricOverflowException if the sum overflows
   */
  public long engagements(InteractionSet set) {
    Objects.requireNonNull(set, "set");
    if (reportedDefinition != null && reportedDefinition.equals(set)) {
      return reportedEngagements;
    }
    return sumOfParts(set);
  }

  /**
   * The sum of the counts of a set's members, even where the platform printed its own total.
   *
   * @param set which interactions count
   * @return the sum, at least 0
   * @throws ValidationException if a member of the set is absent (as {@link
   *     #engagements(InteractionSet)})
   * @throws MetricOverflowException if the sum overflows
   */
  public long sumOfParts(InteractionSet set) {
    Set<Interaction> missing = absent(set);
    if (!missing.isEmpty()) {
      Violations v = new Violations("Figures");
      for (Interaction i : missing) {
        v.add(
            name(i),
            null,
            "Absent",
            "is not in the source, and "
                + set.name()
                + " needs it: choose a set of the interactions the source has (a smaller sum is"
                + " never given)");
      }
      v.throwIfAny();
    }
    long sum = 0;
    for (Interaction i : set.members()) {
      sum = MetricOverflowException.add("Figures.engagements", sum, counts[i.ordinal()]);
    }
    return sum;
  }

  /**
   * How much of the platform's own total its published parts do not account for: the total minus
   * the sum of its definition's parts. X prints an {@code engagements} total larger than its
   * fourteen parts on some rows (not every kind of engagement has a column): readers report that as
   * a note, not an error.
   *
   * @return at least 0; empty when there is no printed total or one of its parts is absent
   */
  public OptionalLong unpublishedEngagements() {
    if (reportedDefinition == null || !absent(reportedDefinition).isEmpty()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(reportedEngagements - sumOfParts(reportedDefinition));
  }

  /**
   * The engagement rate under a definition: {@code engagements(set) / value(denominator)}.
   *
   * @param set which interactions count
   * @param denominator what to divide by
   * @return the rate; undefined when the denominator is 0
   * @throws ValidationException if the denominator or a member of the set is absent
   */
  public Rate rate(InteractionSet set, Denominator denominator) {
    return EngagementRate.of(this, set, denominator);
  }

  /**
   * Unique people reached.
   *
   * @return the reach, or empty when absent
   */
  public OptionalLong reach() {
    return known(reach);
  }

  /**
   * Times shown.
   *
   * @return the impressions, or empty when absent
   */
  public OptionalLong impressions() {
    return known(impressions);
  }

  /**
   * Followers (page likes, subscribers) when the post was published.
   *
   * @return the followers, or empty when absent
   */
  public OptionalLong followers() {
    return known(followers);
  }

  /**
   * Video views.
   *
   * @return the views, or empty when absent
   */
  public OptionalLong views() {
    return known(views);
  }

  /**
   * The value of a denominator.
   *
   * @param denominator which one
   * @return its value, or empty when absent
   */
  public OptionalLong value(Denominator denominator) {
    return switch (denominator) {
      case REACH -> reach();
      case IMPRESSIONS -> impressions();
      case FOLLOWERS -> followers();
      case VIEWS -> views();
    };
  }

  /**
   * Total watch time of the post's video.
   *
   * @return the watch time, or empty when absent
   */
  public Optional<Duration> watchTime() {
    return Optional.ofNullable(watchTime);
  }

  /**
   * The platform's own printed total of engagements, such as X Analytics' {@code engagements}.
   *
   * @return the total, or empty when the export has none
   */
  public OptionalLong reportedEngagements() {
    return known(reportedEngagements);
  }

  /**
   * The interaction set the printed total is the total of, such as {@link
   * InteractionSet#X_ANALYTICS}.
   *
   * @return the set, or empty when the export prints no total
   */
  public Optional<InteractionSet> reportedDefinition() {
    return Optional.ofNullable(reportedDefinition);
  }

  private static OptionalLong known(long v) {
    return v == ABSENT ? OptionalLong.empty() : OptionalLong.of(v);
  }

  static String name(Interaction i) {
    return i.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Figures f
        && Arrays.equals(counts, f.counts)
        && reach == f.reach
        && impressions == f.impressions
        && followers == f.followers
        && views == f.views
        && Objects.equals(watchTime, f.watchTime)
        && reportedEngagements == f.reportedEngagements
        && Objects.equals(reportedDefinition, f.reportedDefinition);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        Arrays.hashCode(counts),
        reach,
        impressions,
        followers,
        views,
        watchTime,
        reportedEngagements,
        reportedDefinition);
  }

  /**
   * Lists the figures that are present, such as {@code Figures[impressions=215, like=1, reported=4
   * (x-analytics)]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringJoiner j = new StringJoiner(", ", "Figures[", "]");
    String[] audience = {"reach", "impressions", "followers", "views"};
    long[] values = {reach, impressions, followers, views};
    for (int k = 0; k < values.length; k++) {
      if (values[k] != ABSENT) {
        j.add(audience[k] + "=" + values[k]);
      }
    }
    for (Interaction i : Interaction.values()) {
      if (counts[i.ordinal()] != ABSENT) {
        j.add(name(i) + "=" + counts[i.ordinal()]);
      }
    }
    if (watchTime != null) {
      j.add("watch_time=" + watchTime);
    }
    if (reportedDefinition != null) {
      j.add("reported=" + reportedEngagements + " (" + reportedDefinition.name() + ")");
    }
    return j.toString();
  }

  /**
   * Builds {@link Figures}. Each setter rejects a negative value at once; {@link #build()} checks
   * the rules between figures. Not thread-safe; reusable: every {@code build()} copies.
   */
  public static final class Builder {
    private final long[] counts = new long[KINDS];
    private long reach = ABSENT;
    private long impressions = ABSENT;
    private long followers = ABSENT;
    private long views = ABSENT;
    private @Nullable Duration watchTime;
    private long reportedEngagements = ABSENT;
    private @Nullable InteractionSet reportedDefinition;

    private Builder() {
      Arrays.fill(counts, ABSENT);
    }

    /**
     * Sets the count of one kind of interaction, which makes that kind present.
     *
     * @param interaction the kind
     * @param count at least 0
     * @return this builder
     * @throws ValidationException if the count is negative ({@code Figures.<kind>})
     */
    public Builder count(Interaction interaction, long count) {
      Objects.requireNonNull(interaction, "interaction");
      if (count < 0) {
        nonNegative(name(interaction), count);
      }
      counts[interaction.ordinal()] = count;
      return this;
    }

    /**
     * Sets the reach.
     *
     * @param n at least 0
     * @return this builder
     * @throws ValidationException if negative
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
     * @throws ValidationException if negative
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
     * @throws ValidationException if negative
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
     * @throws ValidationException if negative
     */
    public Builder views(long n) {
      this.views = nonNegative("views", n);
      return this;
    }

    /**
     * Sets the total watch time.
     *
     * @param d at least zero
     * @return this builder
     * @throws ValidationException if negative
     */
    public Builder watchTime(Duration d) {
      Objects.requireNonNull(d, "watchTime");
      if (d.isNegative()) {
        throw ValidationException.of("Figures.watch_time", d, "PositiveOrZero", "must be >= 0");
      }
      this.watchTime = d;
      return this;
    }

    /**
     * Sets the platform's own printed total of engagements and the set it is the total of.
     *
     * @param definition the set the platform's total counts, such as {@link
     *     InteractionSet#X_ANALYTICS}
     * @param total at least 0
     * @return this builder
     * @throws ValidationException if the total is negative ({@code Figures.reported_engagements})
     */
    public Builder reportedEngagements(InteractionSet definition, long total) {
      Objects.requireNonNull(definition, "definition");
      this.reportedEngagements = nonNegative("reported_engagements", total);
      this.reportedDefinition = definition;
      return this;
    }

    private static long nonNegative(String field, long n) {
      if (n < 0) {
        throw ValidationException.of("Figures." + field, n, "PositiveOrZero", "must be >= 0");
      }
      return n;
    }

    /**
     * Builds.
     *
     * @return the figures
     * @throws ValidationException if reach exceeds impressions ({@code ReachAtMostImpressions}), or
     *     the printed total is smaller than the sum of its parts that are present ({@code
     *     TotalAtLeastParts}, naming each part)
     */
    public Figures build() {
      Violations v = new Violations("Figures");
      if (reach != ABSENT && impressions != ABSENT && reach > impressions) {
        v.add(
            "reach",
            reach,
            "ReachAtMostImpressions",
            "is impossible: reach must not exceed impressions (" + impressions + ")");
      }
      if (reportedDefinition != null) {
        long parts = 0;
        for (Interaction i : reportedDefinition.members()) {
          long c = counts[i.ordinal()];
          if (c != ABSENT) {
            parts = c > Long.MAX_VALUE - parts ? Long.MAX_VALUE : parts + c;
          }
        }
        if (reportedEngagements < parts) {
          StringJoiner named = new StringJoiner(" + ");
          for (Interaction i : reportedDefinition.members()) {
            long c = counts[i.ordinal()];
            if (c > 0) {
              named.add(name(i) + " " + c);
            }
          }
          v.add(
              "reported_engagements",
              reportedEngagements,
              "TotalAtLeastParts",
              "is impossible: the platform's total must not be smaller than the sum of its"
                  + " published parts ("
                  + named
                  + " = "
                  + parts
                  + ")");
        }
      }
      v.throwIfAny();
      return new Figures(this);
    }
  }
}
