package dev.smmkit.metrics.io;

import java.util.List;

/**
 * The export formats SMMKit reads, as {@link PostReaders#detect(java.nio.file.Path,
 * java.nio.charset.Charset)} recognises them: each by its field separator and a few header columns
 * (its {@link #signature()}); the format's reader then checks the whole header.
 */
public enum PostFormat {
  /**
   * SMMKit's own posts format as JSON Lines ({@link PostsJsonReader}): the first character is {.
   */
  SMMKIT_POSTS_JSON_LINES("smmkit-posts JSON Lines", '{', List.of()),
  /** X Analytics' tweet activity export, 40 columns ({@link XAnalyticsReader#tweets}). */
  X_TWEET_ACTIVITY("X tweet activity export", ',', XAnalyticsReader.TWEET_REQUIRED),
  /** X Analytics' daily activity export, 38 columns ({@link XAnalyticsReader#daily}). */
  X_DAILY_ACTIVITY("X daily activity export", ',', XAnalyticsReader.DAILY_REQUIRED),
  /** An Instagram post-insights CSV ({@link InstagramInsightsReader}). */
  INSTAGRAM_INSIGHTS(
      "Instagram post insights CSV", ',', List.of("Impressions", "From Home", "Likes")),
  /** The UCI Facebook metrics data set, {@code ;}-separated ({@link UciFacebookReader}). */
  UCI_FACEBOOK("UCI Facebook metrics CSV", ';', List.of("Page total likes")),
  /** SMMKit's own posts format as CSV, {@code smmkit-posts/1} ({@link PostsCsvReader}). */
  SMMKIT_POSTS_CSV("smmkit-posts CSV", ',', List.of("id", "platform", "published_at"));

  private final String title;
  private final char separator;

  // Immutable: a List.copyOf of the constants' List.of values (Error Prone cannot see that).
  @SuppressWarnings("ImmutableEnumChecker")
  private final List<String> signature;

  PostFormat(String title, char separator, List<String> signature) {
    this.title = title;
    this.separator = separator;
    this.signature = List.copyOf(signature);
  }

  /**
   * A name for messages, such as {@code X tweet activity export}.
   *
   * @return the name
   */
  public String title() {
    return title;
  }

  /**
   * The field separator of a CSV format; for JSON Lines, the first character, <code>&#123;</code>.
   *
   * @return the character
   */
  public char separator() {
    return separator;
  }

  /**
   * The header columns that identify the format (empty for JSON Lines).
   *
   * @return an unmodifiable list
   */
  public List<String> signature() {
    return signature;
  }
}
