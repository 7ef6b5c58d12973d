/** Implementation details of smm-metrics. Not exported. */
@NullMarked
package dev.smmkit.metrics.internal;

import org.jspecify.annotations.NullMarked;
