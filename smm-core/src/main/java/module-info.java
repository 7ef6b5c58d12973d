/**
 * SMMKit core: the domain model of social media marketing (personas, semantic core, content,
 * campaigns, goals, money, platforms, communities and promotion methods).
 */
module dev.smmkit.core {
  requires static transitive org.jspecify;
  requires transitive org.joda.money;

  exports dev.smmkit.core;
}
