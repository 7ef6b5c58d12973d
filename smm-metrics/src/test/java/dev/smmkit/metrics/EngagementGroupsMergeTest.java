package dev.smmkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class EngagementGroupsMergeTest {
  @Test
  void merge_thatOverflowsOnOneKey_changesNoKey() {
    // GIVEN groups where "b" is near the limit, and others whose "a" would merge fine first
    EngagementGroups<String> groups =
        new EngagementGroups<String>()
            .add("a", 5, 100)
            .add("b", Long.MAX_VALUE - 1, Long.MAX_VALUE);
    EngagementGroups<String> other =
        new EngagementGroups<String>().add("a", 7, 100).add("b", 2, 10).add("c", 1, 10);
    SortedMap<String, EngagementSummary> before = groups.snapshot();

    // WHEN the merge overflows on "b"
    assertThatThrownBy(() -> groups.merge(other))
        .isInstanceOf(MetricOverflowException.class)
        .hasMessageContaining("EngagementSummary.engagements");

    // THEN nothing was merged: "a" is not half-merged, "c" was not added
    assertThat(groups.snapshot()).isEqualTo(before);
    assertThat(other.snapshot()).containsOnlyKeys("a", "b", "c");
  }

  @Test
  void merge_withoutOverflow_addsEveryGroup_andMergingWithItselfDoubles() {
    EngagementGroups<String> groups = new EngagementGroups<String>().add("a", 5, 100);
    groups.merge(new EngagementGroups<String>().add("a", 7, 100).add("c", 1, 10));

    assertThat(groups.snapshot().get("a").engagements()).isEqualTo(12);
    assertThat(groups.snapshot().get("a").posts()).isEqualTo(2);
    assertThat(groups.snapshot().get("c").engagements()).isEqualTo(1);

    groups.merge(groups);
    assertThat(groups.snapshot().get("a").engagements()).isEqualTo(24);
    assertThat(groups.snapshot().get("c").posts()).isEqualTo(2);
  }
}
