/** Streaming rows through accumulators in a small heap. */
package dev.smmkit.benchmarks.metrics.stream;
