package dev.smmkit.metrics;

/**
 * A kind of interaction with a post that an engagement definition may count.
 *
 * <p>New kinds may be added at the end in later releases; a preset {@link InteractionSet} lists its
 * members explicitly, so a new kind never joins a platform's definition by itself.
 *
 * <p>Immutable and thread-safe.
 */
public enum Interaction {
  /** A like, reaction, or favourite. */
  LIKE,
  /** A comment, or a reply on X. */
  COMMENT,
  /** A share, repost, or retweet. */
  SHARE,
  /** A save or bookmark. */
  SAVE,
  /** A click on the author's profile. */
  PROFILE_CLICK,
  /** A click on a link in the post. */
  URL_CLICK,
  /** A click on a hashtag in the post. */
  HASHTAG_CLICK,
  /** An expansion of the post to see its details. */
  DETAIL_EXPAND,
  /** A click on the post's permalink. */
  PERMALINK_CLICK,
  /** An app opened from the post. */
  APP_OPEN,
  /** An app installed from the post. */
  APP_INSTALL,
  /** A follow of the author from the post. */
  FOLLOW,
  /** An e-mail sent from the post. */
  EMAIL,
  /** A phone number dialled from the post. */
  DIAL,
  /** A click on the post's media (photo, video, GIF). */
  MEDIA_ENGAGEMENT,
  /** A view of the post's media; not an engagement in X Analytics. */
  MEDIA_VIEW,
  /**
   * A visit to the author's profile from the post, as Instagram insights report it ("Profile
   * Visits"); X reports {@link #PROFILE_CLICK} instead.
   */
  PROFILE_VISIT
}
