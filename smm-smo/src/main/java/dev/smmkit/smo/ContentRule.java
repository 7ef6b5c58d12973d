package dev.smmkit.smo;

import dev.smmkit.core.ContentPiece;
import dev.smmkit.core.Platform;

/**
 * A rule that checks a content piece for one target platform.
 *
 * <p>Implementations must be immutable and thread-safe: one engine calls a rule from many threads
 * at once.
 */
public interface ContentRule extends SmoRule {
  /**
   * Checks a content piece.
   *
   * @param piece the piece
   * @param platform the platform it is checked for
   * @param parameters the parameter values
   * @return the outcome
   */
  Outcome check(ContentPiece piece, Platform platform, Parameters parameters);
}
