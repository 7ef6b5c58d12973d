package dev.smmkit.core;

/**
 * How a promotion method is paid for.
 *
 * <p>Immutable and thread-safe.
 */
public enum CostBasis {
  /** Paid per thousand impressions (CPM). */
  PER_IMPRESSION,
  /** Paid per click (CPC). */
  PER_CLICK,
  /** Paid per new subscriber or invited member. */
  PER_SUBSCRIBER,
  /** A fixed price per placement, contest or period. */
  FIXED,
  /** No direct cost, only time. */
  FREE;
}
