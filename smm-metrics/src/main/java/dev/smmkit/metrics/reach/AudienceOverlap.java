package dev.smmkit.metrics.reach;

import java.util.Objects;
import org.apache.datasketches.theta.CompactSketch;
import org.apache.datasketches.theta.SetOperation;
import org.jspecify.annotations.Nullable;

/**
 * Overlap and incremental reach between two audiences A and B (two campaigns, two communities),
 * computed with Theta sketch set operations; each figure carries its own error bounds.
 *
 * <ul>
 *   <li>{@link #overlap()}: {@code |A ∩ B|}, people reached by both (Theta intersection).
 *   <li>{@link #incrementalReach()}: {@code |B \ A|}, people B reached that A did not — the
 *       incremental reach of B over A (Theta A-not-B with the roles B, A).
 *   <li>{@link #onlyA()}: {@code |A \ B|}.
 *   <li>{@link #union()}: {@code |A ∪ B|}, the combined unique reach.
 * </ul>
 *
 * <p><b>Unit:</b> people. <b>Zero case:</b> two empty audiences give exact zeros everywhere; the
 * overlap of disjoint audiences is estimated near 0 with a lower bound of 0. <b>Error:</b> the
 * error of an intersection or difference is relative to the <em>union</em>, not to the result: a
 * small overlap of two large audiences has a wide relative error, which the bounds show.
 *
 * <p><b>Source:</b> Apache DataSketches, "Theta Sketch Set Operations" and "Set operation
 * accuracy", https://datasketches.apache.org/docs/Theta/ThetaSketchSetOps.html.
 *
 * <p>Immutable and thread-safe.
 */
public final class AudienceOverlap {
  private final ReachEstimate overlap;
  private final ReachEstimate onlyA;
  private final ReachEstimate onlyB;
  private final ReachEstimate union;

  private AudienceOverlap(
      ReachEstimate overlap, ReachEstimate onlyA, ReachEstimate onlyB, ReachEstimate union) {
    this.overlap = overlap;
    this.onlyA = onlyA;
    this.onlyB = onlyB;
    this.union = union;
  }

  /**
   * Compares two audiences. Neither is changed.
   *
   * @param a the first audience (the baseline, such as the earlier campaign)
   * @param b the second audience (whose incremental reach over {@code a} is wanted)
   * @return the overlap figures
   */
  public static AudienceOverlap between(AudienceSketch a, AudienceSketch b) {
    CompactSketch sa = a.result();
    CompactSketch sb = b.result();
    int lgK = Math.max(a.lgK(), b.lgK());
    CompactSketch both = SetOperation.builder().buildIntersection().intersect(sa, sb);
    CompactSketch aNotB = SetOperation.builder().buildANotB().aNotB(sa, sb);
    CompactSketch bNotA = SetOperation.builder().buildANotB().aNotB(sb, sa);
    CompactSketch all = SetOperation.builder().setLogNominalEntries(lgK).buildUnion().union(sa, sb);
    return new AudienceOverlap(
        AudienceSketch.estimateOf(both),
        AudienceSketch.estimateOf(aNotB),
        AudienceSketch.estimateOf(bNotA),
        AudienceSketch.estimateOf(all));
  }

  /**
   * People in both audiences, {@code |A ∩ B|}.
   *
   * @return the overlap estimate
   */
  public ReachEstimate overlap() {
    return overlap;
  }

  /**
   * The incremental reach of B over A: people in B but not in A, {@code |B \ A|}.
   *
   * @return the incremental reach estimate
   */
  public ReachEstimate incrementalReach() {
    return onlyB;
  }

  /**
   * People in A but not in B, {@code |A \ B|}.
   *
   * @return the estimate
   */
  public ReachEstimate onlyA() {
    return onlyA;
  }

  /**
   * People in either audience, {@code |A ∪ B|}.
   *
   * @return the union estimate
   */
  public ReachEstimate union() {
    return union;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AudienceOverlap that)) {
      return false;
    }
    return overlap.equals(that.overlap)
        && onlyA.equals(that.onlyA)
        && onlyB.equals(that.onlyB)
        && union.equals(that.union);
  }

  @Override
  public int hashCode() {
    return Objects.hash(overlap, onlyA, onlyB, union);
  }

  @Override
  public String toString() {
    return "AudienceOverlap[overlap="
        + overlap
        + ", onlyA="
        + onlyA
        + ", incrementalReach="
        + onlyB
        + ", union="
        + union
        + "]";
  }
}
