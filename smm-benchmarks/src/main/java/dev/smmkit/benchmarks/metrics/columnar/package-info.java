/** Columnar engagement aggregation against a hand-written loop and DuckDB. */
package dev.smmkit.benchmarks.metrics.columnar;
