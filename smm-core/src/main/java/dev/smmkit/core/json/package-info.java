/**
 * JSON for every SMMKit domain type, with Jackson 3: {@link dev.smmkit.core.json.SmmJson}.
 *
 * <p>Reading validates exactly like the builders, rejects unknown properties by default, uses no
 * polymorphic typing and limits document size and nesting.
 */
@NullMarked
package dev.smmkit.core.json;

import org.jspecify.annotations.NullMarked;
