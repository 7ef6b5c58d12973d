package dev.smmkit.metrics;

import dev.smmkit.core.ValidationException;
import dev.smmkit.core.Violations;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One published post as a platform's export reports it: who wrote what where and when ({@link
 * #id()}, {@link #platform()}, {@link #type()}, {@link #publishedAt()}) and its {@link Figures}
 * (audience figures, interactions by kind, each absent when the source lacks its column, and the
 * platform's own total of engagements where the export prints one).
 *
 * <p>The id is kept as the platform wrote it: X ids have 19 digits, above 2<sup>53</sup>, and lose
 * digits as a {@code double}. The publication time keeps its instant and the zone (or offset) the
 * source gave, and is absent when the source has none (the UCI Facebook data gives only month,
 * weekday and hour).
 *
 * <p>The metrics work on it through its figures: {@link #engagements(InteractionSet)}, {@link
 * #rate(InteractionSet, Denominator)}, {@link EngagementRate#of(Figures, InteractionSet,
 * Denominator)} and {@link EngagementAccumulator#add(Figures, InteractionSet, Denominator)}.
 *
 * <p>Immutable and thread-safe; equal when every field is equal (two equal instants in different
 * zones are different posts' times).
 */
public final class Post {
  private final String id;
  private final String platform;
  private final String type;
  private final @Nullable Instant instant;
  private final @Nullable ZoneId zone;
  private final Figures figures;

  private Post(Builder b, Figures figures) {
    this.id = b.id;
    this.platform = b.platform;
    this.type = b.type;
    this.instant = b.instant;
    this.zone = b.zone;
    this.figures = figures;
  }

  /**
   * Starts building.
   *
   * @return an empty builder; id, platform, type and figures are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The post id as the platform wrote it.
   *
   * @return a non-blank id
   */
  public String id() {
    return id;
  }

  /**
   * The platform id, such as {@code x} or {@code facebook} (a {@link dev.smmkit.core.Platform} id
   * or the caller's own).
   *
   * @return a non-blank id
   */
  public String platform() {
    return platform;
  }

  /**
   * The post type, such as {@code tweet}, {@code photo}, {@code video}.
   *
   * @return a non-blank type
   */
  public String type() {
    return type;
  }

  /**
   * When it was published, in the zone or offset the source gave.
   *
   * @return the time, or empty when the source has none
   */
  public Optional<ZonedDateTime> publishedAt() {
    return instant == null || zone == null
        ? Optional.empty()
        : Optional.of(ZonedDateTime.ofInstant(instant, zone));
  }

  /**
   * The figures: audience, interactions by kind, watch time and the platform's total.
   *
   * @return the figures
   */
  public Figures figures() {
    return figures;
  }

  /**
   * The engagements under a definition; see {@link Figures#engagements(InteractionSet)}.
   *
   * @param set which interactions count
   * @return the engagements
   * @throws ValidationException if a member of the set is absent from the source
   */
  public long engagements(InteractionSet set) {
    return figures.engagements(set);
  }

  /**
   * The value of a denominator.
   *
   * @param denominator which one
   * @return its value, or empty when absent
   */
  public OptionalLong value(Denominator denominator) {
    return figures.value(denominator);
  }

  /**
   * The engagement rate; see {@link EngagementRate#of(Figures, InteractionSet, Denominator)}.
   *
   * @param set which interactions count
   * @param denominator what to divide by
   * @return the rate, undefined when the denominator is 0
   * @throws ValidationException if the denominator or a member of the set is absent
   */
  public Rate rate(InteractionSet set, Denominator denominator) {
    return figures.rate(set, denominator);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Post p
        && id.equals(p.id)
        && platform.equals(p.platform)
        && type.equals(p.type)
        && Objects.equals(instant, p.instant)
        && Objects.equals(zone, p.zone)
        && figures.equals(p.figures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, platform, type, instant, zone, figures);
  }

  /**
   * Describes the post, such as {@code Post[x 1355500244381949952 tweet 2021-01-30T12:56Z,
   * Figures[...]]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "Post["
        + platform
        + " "
        + id
        + " "
        + type
        + " "
        + publishedAt().map(ZonedDateTime::toString).orElse("undated")
        + ", "
        + figures
        + "]";
  }

  /**
   * Builds a {@link Post}. Setters reject a bad value at once, naming field and value; {@link
   * #build()} checks that every required field is set. Not thread-safe; reusable.
   */
  public static final class Builder {
    private String id = "";
    private String platform = "";
    private String type = "";
    private @Nullable Instant instant;
    private @Nullable ZoneId zone;
    private @Nullable Figures figures;

    private Builder() {}

    /**
     * Sets the id as the platform wrote it.
     *
     * @param id not blank
     * @return this builder
     * @throws ValidationException if blank ({@code Post.id})
     */
    public Builder id(String id) {
      this.id = notBlank("id", id);
      return this;
    }

    /**
     * Sets the platform id.
     *
     * @param platform not blank, such as {@code x}
     * @return this builder
     * @throws ValidationException if blank ({@code Post.platform})
     */
    public Builder platform(String platform) {
      this.platform = notBlank("platform", platform);
      return this;
    }

    /**
     * Sets the post type.
     *
     * @param type not blank, such as {@code tweet}
     * @return this builder
     * @throws ValidationException if blank ({@code Post.type})
     */
    public Builder type(String type) {
      this.type = notBlank("type", type);
      return this;
    }

    /**
     * Sets the publication time, keeping its instant and its zone or offset.
     *
     * @param at the time
     * @return this builder
     */
    public Builder publishedAt(ZonedDateTime at) {
      Objects.requireNonNull(at, "publishedAt");
      this.instant = at.toInstant();
      this.zone = at.getZone();
      return this;
    }

    /**
     * Sets the figures.
     *
     * @param figures the figures
     * @return this builder
     */
    public Builder figures(Figures figures) {
      this.figures = Objects.requireNonNull(figures, "figures");
      return this;
    }

    private static String notBlank(String field, @Nullable String value) {
      if (value == null || value.isBlank()) {
        throw ValidationException.of("Post." + field, value, "NotBlank", "must not be blank");
      }
      return value;
    }

    /**
     * Builds.
     *
     * @return the post
     * @throws ValidationException naming every required field not set (id, platform, type, figures)
     */
    public Post build() {
      Figures f = figures;
      new Violations("Post")
          .check(!id.isEmpty(), "id", null, "NotBlank", "must be set")
          .check(!platform.isEmpty(), "platform", null, "NotBlank", "must be set")
          .check(!type.isEmpty(), "type", null, "NotBlank", "must be set")
          .check(f != null, "figures", null, "NotNull", "must be set")
          .throwIfAny();
      return new Post(this, Objects.requireNonNull(f));
    }
  }
}
