package dev.smmkit.core;

/**
 * The kind of media platform a brand keeps on a network (DOMAIN.md §3).
 *
 * <p>Immutable and thread-safe.
 */
public enum CommunityKind {
  /** A group that members join (VKontakte, Facebook, Odnoklassniki groups). */
  GROUP,
  /** A brand or public page that people follow (Facebook page). */
  PAGE,
  /** A VKontakte public page. */
  PUBLIC,
  /** A personal or business account (Instagram, X, TikTok). */
  ACCOUNT,
  /** A broadcast channel (Telegram, YouTube). */
  CHANNEL;
}
