package dev.smmkit.core;

/**
 * Why a person types a search query; groups the queries of a semantic core.
 *
 * <p>Immutable and thread-safe.
 */
public enum SearchIntent {
  /** Wants to know or solve something ("what to do if linoleum wrinkles"). */
  INFORMATIONAL,
  /** Looks for a particular site, brand or community. */
  NAVIGATIONAL,
  /** Compares products or offers before buying. */
  COMMERCIAL,
  /** Is ready to buy or order ("buy wallpaper in Moscow"). */
  TRANSACTIONAL;
}
