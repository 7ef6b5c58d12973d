/** Implementation details of smm-core. Not exported; may change in any release. */
@NullMarked
package dev.smmkit.core.internal;

import org.jspecify.annotations.NullMarked;
