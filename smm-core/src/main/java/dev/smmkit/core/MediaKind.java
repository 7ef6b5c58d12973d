package dev.smmkit.core;

/**
 * The kind of a media attachment of a content piece.
 *
 * <p>Immutable and thread-safe.
 */
public enum MediaKind {
  /** A still image; has a size in pixels. */
  IMAGE,
  /** A video; has a size in pixels and a duration. */
  VIDEO,
  /** An animated GIF or short looping clip; has a size in pixels. */
  ANIMATION,
  /** An audio track; has a duration. */
  AUDIO,
  /** An attached document such as a PDF. */
  DOCUMENT;
}
