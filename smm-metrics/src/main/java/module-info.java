/**
 * SMMKit metrics: exact, mergeable social media metrics (engagement, reach and frequency, unique
 * reach, audience overlap, virality, ROI and cost per subscriber) and readers for real exports.
 */
module dev.smmkit.metrics {
  requires transitive dev.smmkit.core;
  requires static transitive org.jspecify;
  requires de.siegmar.fastcsv;
  requires com.fasterxml.jackson.databind;
  // datasketches-java 6.2.0 ships no module descriptor and no Automatic-Module-Name, so this is
  // the file-name-derived name of datasketches-java-6.2.0.jar; DataSketches Memory 3.0.2 is a
  // named module. No DataSketches type appears in the exported API.
  requires datasketches.java;
  requires org.apache.datasketches.memory;

  exports dev.smmkit.metrics;
  exports dev.smmkit.metrics.io;
  exports dev.smmkit.metrics.traffic;
  exports dev.smmkit.metrics.reach;
  exports dev.smmkit.metrics.virality;
}
