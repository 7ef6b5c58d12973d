/**
 * SMMKit metrics: exact, mergeable social media metrics (engagement, reach and frequency, unique
 * reach, audience overlap, virality, ROI and cost per subscriber) and readers for real exports.
 */
module dev.smmkit.metrics {
  requires transitive dev.smmkit.core;
  requires static transitive org.jspecify;
  requires de.siegmar.fastcsv;
  requires com.fasterxml.jackson.databind;
  // Apache DataSketches 7.0.1 ships no module descriptor and no Automatic-Module-Name: these are
  // the file-name-derived automatic module names of datasketches-java-7.0.1.jar and
  // datasketches-memory-4.1.0.jar. No DataSketches type appears in the exported API.
  requires datasketches.java;
  requires datasketches.memory;

  exports dev.smmkit.metrics;
  exports dev.smmkit.metrics.io;
  exports dev.smmkit.metrics.traffic;
  exports dev.smmkit.metrics.reach;
  exports dev.smmkit.metrics.virality;
}
