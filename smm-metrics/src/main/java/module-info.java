/**
 * SMMKit metrics: exact, mergeable social media metrics (engagement, reach and frequency, unique
 * reach, audience overlap, virality, ROI and cost per subscriber) and readers for real exports.
 */
module dev.smmkit.metrics {
  requires transitive dev.smmkit.core;
  requires static transitive org.jspecify;
  requires de.siegmar.fastcsv;
  requires com.fasterxml.jackson.databind;
  // datasketches-java 6.2.0 has no module name, so it is not a module dependency: it is compiled
  // against on the class path (--add-reads in pom.xml) and the published jar carries it relocated
  // under dev.smmkit.metrics.internal.datasketches (the shade plugin in pom.xml). DataSketches
  // Memory 3.0.2 is a named module and a normal dependency. No DataSketches type appears in the
  // exported API.
  requires org.apache.datasketches.memory;

  exports dev.smmkit.metrics;
  exports dev.smmkit.metrics.io;
  exports dev.smmkit.metrics.traffic;
  exports dev.smmkit.metrics.reach;
  exports dev.smmkit.metrics.virality;
}
