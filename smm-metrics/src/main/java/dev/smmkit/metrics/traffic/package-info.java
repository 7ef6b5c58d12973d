/**
 * Social traffic to a site, the success metric of SMO: which network a visit came from, and the
 * social share of sessions and click-throughs per network.
 */
@NullMarked
package dev.smmkit.metrics.traffic;

import org.jspecify.annotations.NullMarked;
