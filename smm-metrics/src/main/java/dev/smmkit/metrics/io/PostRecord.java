package dev.smmkit.metrics.io;

import dev.smmkit.metrics.Figures;
import dev.smmkit.metrics.Interaction;
import dev.smmkit.metrics.InteractionSet;
import dev.smmkit.metrics.Post;
import dev.smmkit.metrics.PostStats;
import java.time.ZonedDateTime;

/**
 * One post of SMMKit's own CSV format: who, where, when, and its counts.
 *
 * @param row the 1-based data row it was read from
 * @param id the post id
 * @param platform the platform id, such as {@code vkontakte} (a {@link dev.smmkit.core.Platform} id
 *     or the caller's own)
 * @param type the post type, such as {@code photo}, {@code video}, {@code link}
 * @param publishedAt when it was published, with its offset or zone
 * @param stats the counts
 *     <p>Immutable and thread-safe.
 */
public record PostRecord(
    long row, String id, String platform, String type, ZonedDateTime publishedAt, PostStats stats) {

  /**
   * The post's figures, which know what the format has: likes, comments, shares and saves (always
   * in the format), reach, impressions, followers and views where their cells are filled. Every
   * other interaction is absent, so a set that needs one (such as {@link
   * InteractionSet#X_ANALYTICS}) is refused rather than summed short.
   *
   * @return the figures
   */
  public Figures toFigures() {
    Figures.Builder b = Figures.builder();
    for (Interaction i :
        new Interaction[] {
          Interaction.LIKE, Interaction.COMMENT, Interaction.SHARE, Interaction.SAVE
        }) {
      b.count(i, stats.count(i));
    }
    stats.reach().ifPresent(b::reach);
    stats.impressions().ifPresent(b::impressions);
    stats.followers().ifPresent(b::followers);
    stats.views().ifPresent(b::views);
    return b.build();
  }

  /**
   * The post in SMMKit's common model.
   *
   * @return the post: id, platform, type, publication time and {@link #toFigures()}
   */
  public Post toPost() {
    return Post.builder()
        .id(id)
        .platform(platform)
        .type(type)
        .publishedAt(publishedAt)
        .figures(toFigures())
        .build();
  }
}
