/** The {@code smm} command-line tool (picocli). */
package dev.smmkit.examples.cli;
