/**
 * Readers for real social media exports. The caller always gives the charset (or a {@link
 * java.io.Reader}); a bad row is reported with row number, column and value, and the caller chooses
 * to stop at the first problem or to collect every problem and keep every good row.
 */
@NullMarked
package dev.smmkit.metrics.io;

import org.jspecify.annotations.NullMarked;
