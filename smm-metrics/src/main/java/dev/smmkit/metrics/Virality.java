package dev.smmkit.metrics;

/**
 * Virality and Avinash Kaushik's social metrics: how far content travels and how people respond.
 *
 * <p>Formulas (all {@link Rate}s; a zero denominator gives an undefined rate):
 *
 * <ul>
 *   <li>virality rate = shares / impressions, or shares / reach;
 *   <li>amplification = shares per post, or shares per follower;
 *   <li>applause = likes per post, or likes per follower;
 *   <li>conversation = comments per post, or comments per follower.
 * </ul>
 *
 * <p>Sources: A. Kaushik, "Best Social Media Metrics: Conversation, Amplification, Applause,
 * Economic Value" (2011); virality rate as used by Facebook Insights. UCI data, row 1: 17 shares
 * over 5 091 impressions is a virality rate of 0.333923 %. The viral coefficient and reach
 * projections are in {@code dev.smmkit.metrics.virality}.
 *
 * <p>Stateless and thread-safe: its methods are static and share no mutable state.
 */
public final class Virality {
  private Virality() {}

  /**
   * Virality rate over impressions: {@code shares / impressions}.
   *
   * @param shares shares, at least 0
   * @param impressions impressions, at least 0
   * @return the rate; undefined with no impressions
   */
  public static Rate rateByImpressions(long shares, long impressions) {
    return Rate.of(shares, impressions);
  }

  /**
   * Virality rate over reach: {@code shares / reach}.
   *
   * @param shares shares, at least 0
   * @param reach reach, at least 0
   * @return the rate; undefined with no reach
   */
  public static Rate rateByReach(long shares, long reach) {
    return Rate.of(shares, reach);
  }

  /**
   * Amplification: {@code shares / posts} (or shares per follower when the second argument is the
   * follower count).
   *
   * @param shares shares, at least 0
   * @param postsOrFollowers posts, or followers
   * @return the rate; undefined when the second argument is 0
   */
  public static Rate amplification(long shares, long postsOrFollowers) {
    return Rate.of(shares, postsOrFollowers);
  }

  /**
   * Applause: {@code likes / posts} (or per follower).
   *
   * @param likes likes, at least 0
   * @param postsOrFollowers posts, or followers
   * @return the rate; undefined when the second argument is 0
   */
  public static Rate applause(long likes, long postsOrFollowers) {
    return Rate.of(likes, postsOrFollowers);
  }

  /**
   * Conversation: {@code comments / posts} (or per follower).
   *
   * @param comments comments, at least 0
   * @param postsOrFollowers posts, or followers
   * @return the rate; undefined when the second argument is 0
   */
  public static Rate conversation(long comments, long postsOrFollowers) {
    return Rate.of(comments, postsOrFollowers);
  }
}
