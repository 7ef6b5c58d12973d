/** JMH benchmarks of unique reach (HLL) against an exact {@code HashSet<Long>} baseline. */
@NullMarked
package dev.smmkit.benchmarks.metrics.reach;

import org.jspecify.annotations.NullMarked;
