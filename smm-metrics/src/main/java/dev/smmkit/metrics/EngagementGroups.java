package dev.smmkit.metrics;

import dev.smmkit.core.ValidationException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Engagement grouped by a key: per platform, per post type, per calendar month, or any key of the
 * caller's. One {@link EngagementAccumulator} per key; mergeable like the accumulators.
 *
 * <p>Calendar months depend on the time zone (a post at 23:30 on 31 March in Moscow is April in
 * Vladivostok), so {@link #month(ZonedDateTime, ZoneId)} takes the zone explicitly. Not
 * thread-safe: one instance per thread, then merge.
 *
 * @param <K> the key type, sorted naturally in snapshots
 */
public final class EngagementGroups<K extends Comparable<K>> {
  private final Map<K, EngagementAccumulator> groups = new TreeMap<>();

  /** Creates empty groups. */
  public EngagementGroups() {}

  /**
   * The calendar month of a moment in a time zone.
   *
   * @param at the moment
   * @param zone the zone whose calendar counts
   * @return the month
   */
  public static YearMonth month(ZonedDateTime at, ZoneId zone) {
    return YearMonth.from(at.withZoneSameInstant(Objects.requireNonNull(zone, "zone")));
  }

  /**
   * Adds one post to its group.
   *
   * @param key the group
   * @param engagements the post's engagements
   * @param denominator the post's denominator
   * @return this
   * @throws ValidationException if the key is null or a count is negative
   */
  public EngagementGroups<K> add(K key, long engagements, long denominator) {
    if (key == null) {
      throw ValidationException.of("EngagementGroups.key", null, "NotNull", "must not be null");
    }
    EngagementAccumulator group = groups.get(key);
    if (group == null) {
      // Added only once the post is accepted, so a rejected post leaves no empty group behind.
      group = new EngagementAccumulator().add(engagements, denominator);
      groups.put(key, group);
    } else {
      group.add(engagements, denominator);
    }
    return this;
  }

  /**
   * Adds another instance's groups, all or nothing: every group's sum is computed before any is
   * stored, so when one overflows this instance is left exactly as it was.
   *
   * @param other the other groups (not changed; may be this instance)
   * @return this
   * @throws MetricOverflowException if a group's sum overflows; nothing is merged then
   */
  public EngagementGroups<K> merge(EngagementGroups<K> other) {
    Map<K, EngagementAccumulator> merged = new TreeMap<>();
    other.groups.forEach(
        (k, v) -> {
          EngagementAccumulator sum = new EngagementAccumulator();
          EngagementAccumulator mine = groups.get(k);
          if (mine != null) {
            sum.merge(mine);
          }
          merged.put(k, sum.merge(v));
        });
    groups.putAll(merged);
    return this;
  }

  /**
   * The summary of every group, sorted by key.
   *
   * @return an unmodifiable sorted map
   */
  public SortedMap<K, EngagementSummary> snapshot() {
    SortedMap<K, EngagementSummary> out = new TreeMap<>();
    groups.forEach((k, v) -> out.put(k, v.snapshot()));
    return Collections.unmodifiableSortedMap(out);
  }
}
