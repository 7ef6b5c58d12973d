package dev.smmkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smmkit.core.ValidationException;
import dev.smmkit.testsupport.Cases;
import dev.smmkit.testsupport.Gen;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccumulatorPropertiesTest {

  record Post(long engagements, long denominator) {}

  /**
   * 0 to 200 posts of 0 to 5M engagements over a denominator of 0 to 50M. Edge cases: no post, one
   * post of each combination of 0, 1, the maximum and its neighbour, and 200 posts cycling through
   * them; random draws mix them in.
   */
  private static final Gen<List<Post>> POSTS =
      Gen.zip(Gen.longs(0, 5_000_000), Gen.longs(0, 50_000_000), Post::new).list(0, 200);

  private static EngagementAccumulator accumulate(List<Post> posts) {
    EngagementAccumulator a = new EngagementAccumulator();
    posts.forEach(p -> a.add(p.engagements(), p.denominator()));
    return a;
  }

  @Test
  void mergingPartials_equalsOneAccumulatorOverAll() {
    Cases.check(
        draw -> {
          List<Post> posts = draw.draw("posts", POSTS);
          int at = Math.min(draw.draw("cut", Gen.ints(0, 200)), posts.size());
          EngagementAccumulator left = accumulate(posts.subList(0, at));
          EngagementAccumulator right = accumulate(posts.subList(at, posts.size()));
          assertThat(left.merge(right).snapshot()).isEqualTo(accumulate(posts).snapshot());
        });
  }

  @Test
  void merge_isAssociativeAndCommutative_withEmptyAsIdentity() {
    Cases.check(
        draw -> {
          EngagementSummary x = accumulate(draw.draw("a", POSTS)).snapshot();
          EngagementSummary y = accumulate(draw.draw("b", POSTS)).snapshot();
          EngagementSummary z = accumulate(draw.draw("c", POSTS)).snapshot();
          assertThat(x.plus(y).plus(z)).isEqualTo(x.plus(y.plus(z)));
          assertThat(x.plus(y)).isEqualTo(y.plus(x));
          assertThat(x.plus(EngagementSummary.EMPTY)).isEqualTo(x);
        });
  }

  @Test
  void batch_equalsAccumulator_andBytesRoundTrip() {
    Cases.check(
        draw -> {
          List<Post> posts = draw.draw("posts", POSTS);
          long[] e = posts.stream().mapToLong(Post::engagements).toArray();
          long[] d = posts.stream().mapToLong(Post::denominator).toArray();
          EngagementSummary batch = EngagementBatch.aggregate(e, d);
          assertThat(batch).isEqualTo(accumulate(posts).snapshot());
          assertThat(EngagementSummary.fromBytes(batch.toBytes())).isEqualTo(batch);
        });
  }

  @Test
  void ratioOfSums_isTheRateOfTheWhole_meanOfRatesTheMeanOfEach() {
    Cases.check(
        draw -> {
          List<Post> posts = draw.draw("posts", POSTS);
          ratioOfSumsAndMeanOfRates(posts);
          // the same posts over one common denominator, where the two aggregations must agree
          long common = draw.draw("commonDenominator", Gen.longs(1, 50_000_000));
          ratioOfSumsAndMeanOfRates(
              posts.stream().map(p -> new Post(p.engagements(), common)).toList());
        });
  }

  private static void ratioOfSumsAndMeanOfRates(List<Post> posts) {
    EngagementSummary s = accumulate(posts).snapshot();
    long sumE = posts.stream().mapToLong(Post::engagements).sum();
    long sumD = posts.stream().mapToLong(Post::denominator).sum();
    assertThat(s.ratioOfSums()).isEqualTo(Rate.of(sumE, sumD));
    List<Post> defined = posts.stream().filter(p -> p.denominator() > 0).toList();
    if (defined.isEmpty()) {
      assertThat(s.meanOfRates()).isEmpty();
    } else {
      double mean =
          defined.stream()
              .mapToDouble(p -> (double) p.engagements() / p.denominator())
              .average()
              .orElseThrow();
      // per-post rates are summed at 1e-9 resolution: error at most 0.5e-9 per post
      assertThat(s.meanOfRates().getAsDouble())
          .isCloseTo(mean, org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, mean)));
    }
    // The two aggregations agree when every post has the same denominator.
    if (!posts.isEmpty()
        && posts.stream()
            .allMatch(p -> p.denominator() == posts.get(0).denominator() && p.denominator() > 0)) {
      assertThat(s.meanOfRates().getAsDouble())
          .isCloseTo(
              s.ratioOfSums().fraction().getAsDouble(),
              org.assertj.core.api.Assertions.within(1e-9));
    }
  }

  @Test
  void empty_isUndefined_forBothAggregations() {
    EngagementSummary s = new EngagementAccumulator().snapshot();
    assertThat(s).isEqualTo(EngagementSummary.EMPTY);
    assertThat(s.ratioOfSums().isDefined()).isFalse();
    assertThat(s.value(Aggregation.MEAN_OF_RATES)).isEmpty();
    assertThat(s.value(Aggregation.RATIO_OF_SUMS)).isEmpty();
  }

  @Test
  void zeroDenominatorPosts_countInRatioOfSumsButNotInMeanOfRates() {
    EngagementSummary s = new EngagementAccumulator().add(10, 100).add(5, 0).snapshot();
    assertThat(s.undefinedPosts()).isEqualTo(1);
    assertThat(s.ratioOfSums()).isEqualTo(Rate.of(15, 100));
    assertThat(s.meanOfRates().getAsDouble()).isEqualTo(0.1);
  }

  @Test
  void overflow_failsLoudly_neverWraps() {
    EngagementAccumulator a = new EngagementAccumulator().add(Long.MAX_VALUE, Long.MAX_VALUE);
    assertThatThrownBy(() -> a.add(1, 1))
        .isInstanceOf(MetricOverflowException.class)
        .hasMessage(
            "EngagementAccumulator.engagements: sum exceeds Long.MAX_VALUE (was 9223372036854775807 + 1)");
    assertThatThrownBy(
            () ->
                EngagementBatch.aggregate(
                    new long[] {Long.MAX_VALUE, 1}, new long[] {Long.MAX_VALUE, 1}))
        .isInstanceOf(MetricOverflowException.class)
        .hasMessageStartingWith("EngagementBatch.engagements: sum exceeds Long.MAX_VALUE");
    assertThatThrownBy(
            () -> new EngagementAccumulator().add(Long.MAX_VALUE, Long.MAX_VALUE).merge(a))
        .isInstanceOf(MetricOverflowException.class);
  }

  @Test
  void absurdPerPostRate_failsLoudly() {
    assertThatThrownBy(() -> new EngagementAccumulator().add(Long.MAX_VALUE, 1))
        .isInstanceOf(MetricOverflowException.class)
        .hasMessageStartingWith("EngagementSummary.rate: product exceeds Long.MAX_VALUE (was ");
  }

  @Test
  void badInput_isRejectedWithFieldAndValue() {
    assertThatThrownBy(() -> new EngagementAccumulator().add(-1, 10))
        .isInstanceOf(ValidationException.class)
        .hasMessage("EngagementAccumulator.engagements: must be >= 0 (was -1)");
    assertThatThrownBy(() -> new EngagementAccumulator().add(1, -10))
        .isInstanceOf(ValidationException.class)
        .hasMessage("EngagementAccumulator.denominator: must be >= 0 (was -10)");
    assertThatThrownBy(() -> EngagementBatch.aggregate(new long[] {1, 2}, new long[] {1}))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "EngagementBatch.denominators: must have as many rows as engagements (2) (was 1)");
    assertThatThrownBy(() -> EngagementBatch.aggregate(new long[] {1, -2}, new long[] {1, 1}))
        .isInstanceOf(ValidationException.class)
        .hasMessage("EngagementBatch.engagements[1]: must be >= 0 (was -2)");
    assertThatThrownBy(() -> EngagementBatch.aggregate(new long[] {1}, new long[] {1}, 0, 2))
        .isInstanceOf(ValidationException.class)
        .hasMessage("EngagementBatch.range: must lie inside both columns (was \"0..2\")");
    assertThatThrownBy(() -> EngagementSummary.fromBytes(new byte[3]))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "EngagementSummary.bytes: must be 44 bytes written by EngagementSummary.toBytes (version 1) (was \"3 bytes\")");
    assertThatThrownBy(() -> new EngagementSummary(1, 2, 0, 0, 0))
        .isInstanceOf(ValidationException.class)
        .hasMessage("EngagementSummary.undefinedPosts: must be between 0 and posts (was 2)");
  }

  @Test
  void addPostStats_usesTheChosenDefinition() {
    PostStats p =
        PostStats.builder().likes(79).comments(4).shares(17).reach(2752).impressions(5091).build();
    EngagementSummary s =
        new EngagementAccumulator()
            .add(p, InteractionSet.LIKES_COMMENTS_SHARES, Denominator.IMPRESSIONS)
            .snapshot();
    assertThat(s.ratioOfSums()).isEqualTo(Rate.of(100, 5091));
  }
}
