/**
 * Readers for real social media exports. The caller always gives the charset (or a {@link
 * java.io.Reader}); a bad row is reported with row number, column and value, and the caller chooses
 * to stop at the first problem or to collect every problem and keep every good row.
 *
 * <table>
 *   <caption>Types</caption>
 *   <tr><th>type</th><th>what it is for</th></tr>
 *   <tr><td>{@link dev.smmkit.metrics.io.PostReaders}</td><td>which format a file is in</td></tr>
 *   <tr><td>{@link dev.smmkit.metrics.io.XAnalyticsReader}</td><td>X tweet and daily activity
 *       exports, streaming</td></tr>
 *   <tr><td>{@link dev.smmkit.metrics.io.ExportReader}</td><td>a streaming reader: rows, problems,
 *       notes</td></tr>
 *   <tr><td>{@link dev.smmkit.metrics.io.UciFacebookReader}, {@link
 *       dev.smmkit.metrics.io.InstagramInsightsReader}, {@link
 *       dev.smmkit.metrics.io.PostsCsvReader}, {@link dev.smmkit.metrics.io.PostsJsonReader}</td>
 *       <td>the other formats, read into a list ({@link dev.smmkit.metrics.io.ReadResult})</td></tr>
 *   <tr><td>{@link dev.smmkit.metrics.io.RowProblem}</td><td>one problem or note: row, line,
 *       column, value, rule</td></tr>
 * </table>
 */
@NullMarked
package dev.smmkit.metrics.io;

import org.jspecify.annotations.NullMarked;
