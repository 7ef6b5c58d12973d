/**
 * Self-contained HTML reports for the {@code smm} tool: {@link
 * dev.smmkit.examples.report.HtmlReport} lays out key figures, tables, findings and charts in one
 * HTML file that needs no network to view; {@link dev.smmkit.examples.report.Charts} draws the
 * charts with XChart as PNG images, headless.
 */
package dev.smmkit.examples.report;
