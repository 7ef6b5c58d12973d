/**
 * Virality dynamics: the viral coefficient, the closed-form projection of cumulative reach over
 * generations of sharing, and a seeded Monte Carlo branching-process simulation.
 *
 * <ul>
 *   <li>{@link dev.smmkit.metrics.virality.ViralCoefficient}: {@code K = invites per user ×
 *       conversion per invite}.
 *   <li>{@link dev.smmkit.metrics.virality.ReachProjection}: expected cumulative reach {@code seeds
 *       × (1 + K + K² + … + K^n)}, capped by a population size.
 *   <li>{@link dev.smmkit.metrics.virality.ViralitySimulation}: a reproducible Galton–Watson
 *       branching process with Poisson offspring, reporting mean and percentiles per generation.
 * </ul>
 *
 * <p>Sources: Andrew Chen, "What's your viral loop? Understanding the engine of adoption"
 * (andrewchen.com; viral coefficient K as invites per user × conversion per invite); T. E. Harris,
 * <i>The Theory of Branching Processes</i> (1963) and K. B. Athreya, P. E. Ney, <i>Branching
 * Processes</i> (1972) for the Galton–Watson process, whose expected generation size is {@code
 * seeds × K^g}.
 */
@NullMarked
package dev.smmkit.metrics.virality;

import org.jspecify.annotations.NullMarked;
