package dev.smmkit.metrics.io;

import dev.smmkit.core.Violations;
import dev.smmkit.metrics.Figures;
import dev.smmkit.metrics.Interaction;
import dev.smmkit.metrics.InteractionSet;
import dev.smmkit.metrics.PostStats;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One post of an Instagram post-insights export (see {@link InstagramInsightsReader}).
 *
 * <p>The four {@code from...} columns split impressions by source, but the sources are not
 * exhaustive: their sum is usually below {@code impressions}.
 *
 * @param row the 1-based data row it was read from (blank records count)
 * @param publishedOn the publication date, {@code null} when the export has no {@code Date} column;
 *     {@link #date()} gives it as an {@code Optional}
 * @param impressions times shown
 * @param fromHome impressions from the home feed
 * @param fromHashtags impressions from hashtag pages
 * @param fromExplore impressions from Explore
 * @param fromOther impressions from other sources
 * @param saves saves
 * @param comments comments
 * @param shares shares
 * @param likes likes
 * @param profileVisits profile visits from the post
 * @param follows follows from the post
 * @param caption the caption, as written
 * @param hashtags the hashtags, as written (with their {@code #}), in order
 *     <p>Immutable and thread-safe.
 */
public record InstagramPost(
    long row,
    @Nullable LocalDate publishedOn,
    long impressions,
    long fromHome,
    long fromHashtags,
    long fromExplore,
    long fromOther,
    long saves,
    long comments,
    long shares,
    long likes,
    long profileVisits,
    long follows,
    String caption,
    List<String> hashtags) {

  /**
   * Checks that every count is at least 0 and copies the hashtags.
   *
   * @param row the row
   * @param publishedOn the date, or {@code null}
   * @param impressions impressions
   * @param fromHome impressions from home
   * @param fromHashtags impressions from hashtags
   * @param fromExplore impressions from Explore
   * @param fromOther impressions from other sources
   * @param saves saves
   * @param comments comments
   * @param shares shares
   * @param likes likes
   * @param profileVisits profile visits
   * @param follows follows
   * @param caption the caption
   * @param hashtags the hashtags
   * @throws dev.smmkit.core.ValidationException if a count is negative
   */
  public InstagramPost {
    Objects.requireNonNull(caption, "caption");
    hashtags = List.copyOf(hashtags);
    Violations v = new Violations("InstagramPost");
    long[] counts = {
      impressions,
      fromHome,
      fromHashtags,
      fromExplore,
      fromOther,
      saves,
      comments,
      shares,
      likes,
      profileVisits,
      follows
    };
    String[] names = {
      "impressions",
      "fromHome",
      "fromHashtags",
      "fromExplore",
      "fromOther",
      "saves",
      "comments",
      "shares",
      "likes",
      "profileVisits",
      "follows"
    };
    for (int i = 0; i < counts.length; i++) {
      v.check(counts[i] >= 0, names[i], counts[i], "PositiveOrZero", "must be >= 0");
    }
    v.throwIfAny();
  }

  /**
   * The publication date.
   *
   * @return the date, empty when the export has no {@code Date} column
   */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(publishedOn);
  }

  /**
   * The post's counts for SMMKit's engagement functions: likes, comments, shares and saves (see
   * {@link dev.smmkit.metrics.InteractionSet#LIKES_COMMENTS_SHARES_SAVES}) and impressions. Reach,
   * followers and views are unknown: the export does not have them.
   *
   * @return the counts
   */
  public PostStats toPostStats() {
    return PostStats.builder()
        .likes(likes)
        .comments(comments)
        .shares(shares)
        .saves(saves)
        .impressions(impressions)
        .build();
  }

  /**
   * The post's figures, which know what the export has: impressions; likes, comments, shares,
   * saves, profile visits and follows. Reach, followers, views and every other interaction are
   * absent, so a set that needs one (such as {@link InteractionSet#X_ANALYTICS}) is refused rather
   * than summed short.
   *
   * @return the figures
   */
  public Figures toFigures() {
    return Figures.builder()
        .count(Interaction.LIKE, likes)
        .count(Interaction.COMMENT, comments)
        .count(Interaction.SHARE, shares)
        .count(Interaction.SAVE, saves)
        .count(Interaction.PROFILE_VISIT, profileVisits)
        .count(Interaction.FOLLOW, follows)
        .impressions(impressions)
        .build();
  }
}
