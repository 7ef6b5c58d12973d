/**
 * SMMKit metrics: exact, mergeable social media metrics (engagement, reach and frequency, unique
 * reach, audience overlap, virality, ROI and cost per subscriber) and readers for real exports.
 */
module dev.smmkit.metrics {
  requires transitive dev.smmkit.core;
  requires static transitive org.jspecify;
  requires de.siegmar.fastcsv;
  requires tools.jackson.databind;

  exports dev.smmkit.metrics;
  exports dev.smmkit.metrics.io;
  exports dev.smmkit.metrics.traffic;
}
