package dev.smmkit.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.smmkit.core.ValidationException;
import dev.smmkit.core.Violations;
import java.nio.ByteBuffer;
import java.util.OptionalDouble;

/**
 * An immutable summary of engagement over many posts: the snapshot of an {@link
 * EngagementAccumulator}, mergeable with {@link #plus(EngagementSummary)}.
 *
 * <p>Both aggregations are available: {@link #ratioOfSums()} ({@code sum(e_i) / sum(d_i)}) and
 * {@link #meanOfRates()} ({@code mean(e_i / d_i)} over posts with {@code d_i > 0}). Per-post rates
 * are summed in fixed point: each rate is rounded to 10<sup>-9</sup>, so sums are exact integers
 * and merging in any order gives identical results.
 *
 * @param posts posts added
 * @param undefinedPosts posts whose denominator was 0 (left out of the mean of rates)
 * @param engagements sum of engagements
 * @param denominator sum of denominators
 * @param rateSumNano sum of per-post rates in units of 10<sup>-9</sup>
 *     <p>Immutable and thread-safe.
 */
public record EngagementSummary(
    long posts, long undefinedPosts, long engagements, long denominator, long rateSumNano) {

  /** Below this per-post rate the fixed-point value is computed from one double division. */
  static final double FAST_LIMIT = 9.0e6;

  /** Scale of {@link #rateSumNano()}: 10<sup>9</sup> units per 1.0. */
  public static final long NANO = 1_000_000_000L;

  private static final int MAGIC = 0x534d4501; // "SME" + version 1

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** The summary of no posts. */
  public static final EngagementSummary EMPTY = new EngagementSummary(0, 0, 0, 0, 0);

  /**
   * Validates the counts.
   *
   * @param posts posts added
   * @param undefinedPosts posts with a zero denominator
   * @param engagements sum of engagements
   * @param denominator sum of denominators
   * @param rateSumNano sum of per-post rates, scaled
   * @throws ValidationException if a count is negative or undefined posts exceed posts
   */
  public EngagementSummary {
    new Violations("EngagementSummary")
        .check(posts >= 0, "posts", posts, "PositiveOrZero", "must be >= 0")
        .check(
            undefinedPosts >= 0 && undefinedPosts <= posts,
            "undefinedPosts",
            undefinedPosts,
            "Range",
            "must be between 0 and posts")
        .check(engagements >= 0, "engagements", engagements, "PositiveOrZero", "must be >= 0")
        .check(denominator >= 0, "denominator", denominator, "PositiveOrZero", "must be >= 0")
        .check(rateSumNano >= 0, "rateSumNano", rateSumNano, "PositiveOrZero", "must be >= 0")
        .throwIfAny();
  }

  /**
   * Ratio of sums: {@code sum(engagements) / sum(denominators)}.
   *
   * @return the rate; undefined when the denominators sum to 0 (including no posts)
   */
  public Rate ratioOfSums() {
    return Rate.of(engagements, denominator);
  }

  /**
   * Mean of rates: {@code sum(e_i / d_i) / n} over the {@code n} posts with {@code d_i > 0}.
   *
   * @return the mean as a fraction, or empty when no post had a non-zero denominator
   */
  public OptionalDouble meanOfRates() {
    long defined = posts - undefinedPosts;
    return defined == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) rateSumNano / NANO / defined);
  }

  /**
   * The value under an aggregation, as a fraction.
   *
   * @param aggregation ratio of sums or mean of rates
   * @return the fraction, or empty when undefined
   */
  public OptionalDouble value(Aggregation aggregation) {
    return aggregation == Aggregation.RATIO_OF_SUMS ? ratioOfSums().fraction() : meanOfRates();
  }

  /**
   * Merges with another summary; associative and commutative, with {@link #EMPTY} as identity.
   *
   * @param other another summary
   * @return the summary of both
   * @throws MetricOverflowException if a sum overflows
   */
  public EngagementSummary plus(EngagementSummary other) {
    return new EngagementSummary(
        MetricOverflowException.add("EngagementSummary.posts", posts, other.posts),
        MetricOverflowException.add(
            "EngagementSummary.undefinedPosts", undefinedPosts, other.undefinedPosts),
        MetricOverflowException.add(
            "EngagementSummary.engagements", engagements, other.engagements),
        MetricOverflowException.add(
            "EngagementSummary.denominator", denominator, other.denominator),
        MetricOverflowException.add(
            "EngagementSummary.rateSumNano", rateSumNano, other.rateSumNano));
  }

  /**
   * Serialises to 44 bytes (a magic/version int and five longs, big-endian), for shipping between
   * processes.
   *
   * @return the bytes
   */
  public byte[] toBytes() {
    return ByteBuffer.allocate(44)
        .putInt(MAGIC)
        .putLong(posts)
        .putLong(undefinedPosts)
        .putLong(engagements)
        .putLong(denominator)
        .putLong(rateSumNano)
        .array();
  }

  /**
   * Restores a summary from {@link #toBytes()}.
   *
   * @param bytes the bytes
   * @return the summary
   * @throws ValidationException if the bytes are not a serialised summary
   */
  public static EngagementSummary fromBytes(byte[] bytes) {
    if (bytes == null || bytes.length != 44 || ByteBuffer.wrap(bytes).getInt() != MAGIC) {
      throw ValidationException.of(
          "EngagementSummary.bytes",
          bytes == null ? null : bytes.length + " bytes",
          "Format",
          "must be 44 bytes written by EngagementSummary.toBytes (version 1)");
    }
    ByteBuffer b = ByteBuffer.wrap(bytes, 4, 40);
    return new EngagementSummary(b.getLong(), b.getLong(), b.getLong(), b.getLong(), b.getLong());
  }

  /**
   * Serialises to JSON: {@code {"posts":..,"undefinedPosts":..,"engagements":..,"denominator":..,
   * "rateSumNano":..}}.
   *
   * @return the JSON text
   */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an EngagementSummary is always writable", e);
    }
  }

  /**
   * Restores a summary from {@link #toJson()}.
   *
   * @param json the JSON text
   * @return the summary
   * @throws ValidationException if the text is not a serialised summary or a count is invalid
   */
  public static EngagementSummary fromJson(String json) {
    try {
      return JSON.readValue(json, EngagementSummary.class);
    } catch (JsonProcessingException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof ValidationException v) {
          throw v;
        }
      }
      throw ValidationException.of(
          "EngagementSummary.json",
          json.length() > 60 ? json.substring(0, 60) + "..." : json,
          "Format",
          "must be JSON written by EngagementSummary.toJson: " + e.getOriginalMessage());
    }
  }

  /**
   * The per-post rate in fixed point, as summed by accumulators: {@code engagements / denominator x
   * 10^9}, rounded half up, with the quotient taken in double precision below 9 x 10^6 (a relative
   * error of 2^-53, so the result is {@code round(engagements / denominator x 10^9)} except at an
   * exact tie such as 3 / 400 000 000, which may round down: at most 10^-9 off). Deterministic (the
   * same counts always give the same value), so sums of these values are exact and
   * order-independent.
   *
   * @param engagements engagements, at least 0
   * @param denominator denominator, above 0
   * @return the scaled rate
   * @throws MetricOverflowException if the scaled rate overflows
   */
  static long nanoRate(long engagements, long denominator) {
    double rate = (double) engagements / denominator;
    if (rate < FAST_LIMIT) {
      // One IEEE division (relative error 2^-53) and a half-up rounding: far below 10^-9.
      return (long) (rate * NANO + 0.5);
    }
    long whole = engagements / denominator;
    long remainder = engagements % denominator;
    if (whole > Long.MAX_VALUE / NANO) {
      throw MetricOverflowException.product("EngagementSummary.rate", whole, NANO);
    }
    return MetricOverflowException.add(
        "EngagementSummary.rate",
        whole * NANO,
        Math.round((double) remainder / denominator * NANO));
  }
}
