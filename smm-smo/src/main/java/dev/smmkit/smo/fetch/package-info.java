/** An optional, guarded page fetcher: used only when a caller asks for it. */
@NullMarked
package dev.smmkit.smo.fetch;

import org.jspecify.annotations.NullMarked;
