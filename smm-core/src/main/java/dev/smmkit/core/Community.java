package dev.smmkit.core;

import dev.smmkit.core.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A group, page, public or account on a platform, with its size and an estimate of how many of its
 * members are real people rather than bots.
 *
 * <p>The playbook's thresholds refer to real members: recruit at least 200 before promoting; with
 * more than 5 000 real members and still no sales, something is fundamentally wrong.
 */
public final class Community {
  @NotNull private final Platform platform;
  @NotNull private final CommunityKind kind;

  @NotBlank
  @Size(max = 200)
  private final String handle;

  @PositiveOrZero private final long memberCount;
  @PositiveOrZero private final long realMembers;

  // Bean Validation checks this candidate's @NotNull fields; build() throws before it escapes.
  @SuppressWarnings("NullAway")
  private Community(Builder b) {
    this.platform = b.platform;
    this.kind = b.kind;
    this.handle = b.handle;
    this.memberCount = b.memberCount;
    this.realMembers = b.realMembers == null ? b.memberCount : b.realMembers;
  }

  /**
   * Starts building a community.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this community's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder()
        .platform(platform)
        .kind(kind)
        .handle(handle)
        .memberCount(memberCount)
        .realMembers(realMembers);
  }

  /**
   * The platform the community lives on.
   *
   * @return the platform
   */
  public Platform platform() {
    return platform;
  }

  /**
   * The kind of community.
   *
   * @return the kind
   */
  public CommunityKind kind() {
    return kind;
  }

  /**
   * The handle or address on the platform, such as {@code oboi_moskva}.
   *
   * @return the handle
   */
  public String handle() {
    return handle;
  }

  /**
   * All members, subscribers or followers, as the platform counts them.
   *
   * @return the member count, at least 0
   */
  public long memberCount() {
    return memberCount;
  }

  /**
   * The estimated number of real (not bot) members; equal to {@link #memberCount()} unless an
   * estimate was given.
   *
   * @return real members, between 0 and the member count
   */
  public long realMembers() {
    return realMembers;
  }

  /**
   * The estimated number of bot members: {@code memberCount - realMembers}.
   *
   * @return bot members, at least 0
   */
  public long botMembers() {
    return memberCount - realMembers;
  }

  /**
   * The share of real members, {@code realMembers / memberCount}.
   *
   * @return a fraction from 0 to 1; 1 for an empty community, which has no bots
   */
  public double realShare() {
    return memberCount == 0 ? 1.0 : (double) realMembers / memberCount;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Community c
        && platform.equals(c.platform)
        && kind == c.kind
        && handle.equals(c.handle)
        && memberCount == c.memberCount
        && realMembers == c.realMembers;
  }

  @Override
  public int hashCode() {
    return Objects.hash(platform, kind, handle, memberCount, realMembers);
  }

  @Override
  public String toString() {
    return "Community["
        + platform.id()
        + "/"
        + handle
        + ", "
        + kind
        + ", members="
        + memberCount
        + ", real="
        + realMembers
        + "]";
  }

  /** Builds a {@link Community}. Not thread-safe; reusable. */
  public static final class Builder {
    private @Nullable Platform platform;
    private @Nullable CommunityKind kind;
    private @Nullable String handle;
    private long memberCount;
    private @Nullable Long realMembers;

    private Builder() {}

    /**
     * Sets the platform.
     *
     * @param platform the platform
     * @return this builder
     */
    public Builder platform(Platform platform) {
      this.platform = platform;
      return this;
    }

    /**
     * Sets the kind.
     *
     * @param kind the kind
     * @return this builder
     */
    public Builder kind(CommunityKind kind) {
      this.kind = kind;
      return this;
    }

    /**
     * Sets the handle.
     *
     * @param handle the handle
     * @return this builder
     */
    public Builder handle(String handle) {
      this.handle = handle;
      return this;
    }

    /**
     * Sets the member count.
     *
     * @param memberCount members as the platform counts them
     * @return this builder
     */
    public Builder memberCount(long memberCount) {
      this.memberCount = memberCount;
      return this;
    }

    /**
     * Sets the estimated number of real members; by default all members are taken as real.
     *
     * @param realMembers the estimate
     * @return this builder
     */
    public Builder realMembers(long realMembers) {
      this.realMembers = realMembers;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return a new immutable community
     * @throws ValidationException listing every violation
     */
    public Community build() {
      return build(Checks.of("Community").locale());
    }

    /**
     * Validates and builds with messages in a locale.
     *
     * @param locale the message locale
     * @return a new immutable community
     * @throws ValidationException listing every violation
     */
    public Community build(Locale locale) {
      Community candidate = new Community(this);
      new Checks("Community", locale)
          .bean(candidate)
          .check(
              candidate.realMembers <= candidate.memberCount,
              "realMembers",
              candidate.realMembers,
              "RealMembers",
              "smm.community.realMembers")
          .throwIfAny();
      return candidate;
    }
  }
}
