package dev.smmkit.metrics.io;

import dev.smmkit.metrics.Figures;
import dev.smmkit.metrics.Interaction;
import dev.smmkit.metrics.InteractionSet;
import dev.smmkit.metrics.PostStats;
import java.util.Set;

/**
 * One post of the UCI "Facebook metrics" data set (Moro, Rita and Vala, 2016,
 * doi:10.1016/j.jbusres.2016.02.010, CC BY 4.0): 500 posts of a cosmetics brand's page in 2014.
 *
 * <p>Missing cells (the data has five although its description says none) are read as 0 and named
 * in {@link #missing()}; {@link #impossible()} is true where reach exceeds impressions (rows 477,
 * 478, 483 and 493).
 *
 * @param row the 1-based data row
 * @param pageTotalLikes page likes when the post was published (followers)
 * @param type Photo, Status, Link or Video
 * @param category the data set's category code, 1 to 3
 * @param month the month of 2014 when it was posted, 1 to 12
 * @param weekday the weekday code, 1 to 7
 * @param hour the hour, 0 to 23
 * @param paid whether the post was paid (false also when missing)
 * @param reach lifetime post total reach
 * @param impressions lifetime post total impressions
 * @param engagedUsers lifetime engaged users: unique people who clicked anywhere (not
 *     comment+like+share)
 * @param consumers lifetime post consumers
 * @param consumptions lifetime post consumptions
 * @param impressionsByFans impressions by people who like the page
 * @param reachByFans reach among people who like the page
 * @param engagedFans people who like the page and engaged with the post
 * @param comments comments
 * @param likes likes
 * @param shares shares
 * @param totalInteractions the data's own comment + like + share
 * @param missing names of the columns whose cells were empty
 *     <p>Immutable and thread-safe.
 */
public record UciPost(
    int row,
    long pageTotalLikes,
    String type,
    int category,
    int month,
    int weekday,
    int hour,
    boolean paid,
    long reach,
    long impressions,
    long engagedUsers,
    long consumers,
    long consumptions,
    long impressionsByFans,
    long reachByFans,
    long engagedFans,
    long comments,
    long likes,
    long shares,
    long totalInteractions,
    Set<String> missing) {

  /**
   * Copies the set of missing columns.
   *
   * @param row the row
   * @param pageTotalLikes page likes
   * @param type post type
   * @param category category
   * @param month month
   * @param weekday weekday
   * @param hour hour
   * @param paid paid
   * @param reach reach
   * @param impressions impressions
   * @param engagedUsers engaged users
   * @param consumers consumers
   * @param consumptions consumptions
   * @param impressionsByFans impressions by fans
   * @param reachByFans reach by fans
   * @param engagedFans engaged fans
   * @param comments comments
   * @param likes likes
   * @param shares shares
   * @param totalInteractions total interactions
   * @param missing missing columns
   */
  public UciPost {
    missing = Set.copyOf(missing);
  }

  /**
   * Whether reach exceeds impressions, which cannot happen in a correct export; false when either
   * cell is missing.
   *
   * @return true for an impossible row
   */
  public boolean impossible() {
    return reach > impressions && !missing.contains(REACH) && !missing.contains(IMPRESSIONS);
  }

  /**
   * The post's counts for SMMKit's engagement functions: likes, comments, shares, reach,
   * impressions, and page likes as followers. A missing interaction cell counts as 0 (as the data's
   * own {@code Total Interactions} does); a missing reach, impressions or page-likes cell is
   * unknown, so no rate is computed by it (a 0 there would inflate the rate).
   *
   * @return the counts
   * @throws dev.smmkit.core.ValidationException for an {@link #impossible()} row
   */
  public PostStats toPostStats() {
    PostStats.Builder b = PostStats.builder().likes(likes).comments(comments).shares(shares);
    if (!missing.contains(REACH)) {
      b.reach(reach);
    }
    if (!missing.contains(IMPRESSIONS)) {
      b.impressions(impressions);
    }
    if (!missing.contains(PAGE_LIKES)) {
      b.followers(pageTotalLikes);
    }
    return b.build();
  }

  /**
   * The post's figures, which know what the data has: likes, comments and shares (an empty cell
   * counts as 0, as the data's own {@code Total Interactions} does), reach, impressions and page
   * likes as followers (each absent when its cell is empty), and {@code Total Interactions} as the
   * data's own total of {@link InteractionSet#LIKES_COMMENTS_SHARES}. Every other interaction is
   * absent, so a set that needs one (such as {@link InteractionSet#X_ANALYTICS}) is refused rather
   * than summed short.
   *
   * @return the figures
   * @throws dev.smmkit.core.ValidationException for an {@link #impossible()} row, or a total below
   *     its parts
   */
  public Figures toFigures() {
    Figures.Builder b =
        Figures.builder()
            .count(Interaction.LIKE, likes)
            .count(Interaction.COMMENT, comments)
            .count(Interaction.SHARE, shares)
            .reportedEngagements(InteractionSet.LIKES_COMMENTS_SHARES, totalInteractions);
    if (!missing.contains(REACH)) {
      b.reach(reach);
    }
    if (!missing.contains(IMPRESSIONS)) {
      b.impressions(impressions);
    }
    if (!missing.contains(PAGE_LIKES)) {
      b.followers(pageTotalLikes);
    }
    return b.build();
  }

  private static final String REACH = "Lifetime Post Total Reach";
  private static final String IMPRESSIONS = "Lifetime Post Total Impressions";
  private static final String PAGE_LIKES = "Page total likes";
}
