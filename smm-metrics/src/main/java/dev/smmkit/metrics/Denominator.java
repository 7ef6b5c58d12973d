package dev.smmkit.metrics;

/**
 * What engagement is divided by. Each choice answers a different question.
 *
 * <p>Immutable and thread-safe.
 */
public enum Denominator {
  /** Unique people who saw the post: how engaging it was for those it reached. */
  REACH,
  /** Times the post was shown: engagement per view, including repeat views. */
  IMPRESSIONS,
  /** Followers (page likes) when the post was published: how engaged the audience is. */
  FOLLOWERS,
  /** Video views: engagement of those who watched. */
  VIEWS
}
