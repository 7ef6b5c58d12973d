/**
 * Unique reach and audience overlap: exact counts for small id sets and Apache DataSketches
 * estimates for large ones, each reported with its error bounds.
 *
 * <ul>
 *   <li>{@link dev.smmkit.metrics.reach.UniqueReach}: distinct people reached across posts, days
 *       and campaigns; exact up to a threshold, then an HLL sketch.
 *   <li>{@link dev.smmkit.metrics.reach.AudienceSketch} and {@link
 *       dev.smmkit.metrics.reach.AudienceOverlap}: Theta sketches for the overlap (intersection),
 *       incremental reach (A-not-B) and union of two audiences.
 *   <li>{@link dev.smmkit.metrics.reach.ReachEstimate}: an estimate with its lower and upper bounds
 *       at 1, 2 and 3 standard deviations.
 * </ul>
 *
 * <p>Sources: Apache DataSketches, "HLL Sketches" and "Theta Sketch Framework" documentation
 * (https://datasketches.apache.org/), which define the estimators and their error bounds.
 *
 * <p>The accumulators are not thread-safe: give each thread its own and {@code merge} them.
 * Sketches are DataSketches 6.2 (the line Spark 4.x ships) and serialise on Java 17 without JVM
 * options.
 */
@NullMarked
package dev.smmkit.metrics.reach;

import org.jspecify.annotations.NullMarked;
