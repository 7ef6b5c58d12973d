/** SMO engine benchmarks: metadata extraction and full audits over real pages. */
package dev.smmkit.benchmarks.smo;
