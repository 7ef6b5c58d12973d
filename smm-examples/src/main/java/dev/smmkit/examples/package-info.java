/**
 * Small example programs, one per concept, for students: each has a {@code main} and a {@code
 * run(PrintStream)} that a test runs so that it cannot rot.
 */
package dev.smmkit.examples;
