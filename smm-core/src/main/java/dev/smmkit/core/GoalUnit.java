package dev.smmkit.core;

/**
 * The unit of a goal's baseline and target.
 *
 * <p>Immutable and thread-safe.
 */
public enum GoalUnit {
  /** Percent, such as share of the audience informed or sales growth. */
  PERCENT,
  /** A count, such as subscribers or sales. */
  COUNT,
  /** An amount of money in the campaign's budget currency. */
  MONEY;
}
