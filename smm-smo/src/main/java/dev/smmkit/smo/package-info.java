/**
 * The SMO scoring engine: {@link dev.smmkit.smo.SmoEngine} audits a {@link dev.smmkit.smo.Page} or
 * a content piece under a {@link dev.smmkit.smo.ScoringProfile} and returns a {@link
 * dev.smmkit.smo.SmoReport}. Rules implement {@link dev.smmkit.smo.PageRule} or {@link
 * dev.smmkit.smo.ContentRule} and arrive through a {@link dev.smmkit.smo.RuleProvider}.
 */
@NullMarked
package dev.smmkit.smo;

import org.jspecify.annotations.NullMarked;
