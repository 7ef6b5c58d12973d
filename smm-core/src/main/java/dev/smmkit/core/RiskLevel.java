package dev.smmkit.core;

/**
 * How likely and how serious the consequences of a promotion method are.
 *
 * <p>Immutable and thread-safe.
 */
public enum RiskLevel {
  /** No known risk beyond wasted budget. */
  NONE,
  /** Minor risk, such as ads shown to the wrong audience. */
  LOW,
  /** Possible sanctions that are hard to detect or rarely applied. */
  MEDIUM,
  /** The network blocks the group or account if detected. */
  HIGH,
  /** Criminal liability. */
  CRITICAL;
}
