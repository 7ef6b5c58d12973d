/**
 * SMMKit SMO: the social media optimization scoring engine for web pages and content pieces, with
 * share-metadata extraction and an optional, guarded page fetcher.
 */
module dev.smmkit.smo {
  requires transitive dev.smmkit.core;
  requires transitive org.jsoup;
  requires static transitive org.jspecify;
  requires com.fasterxml.jackson.databind;
  requires java.net.http;

  exports dev.smmkit.smo;
  exports dev.smmkit.smo.fetch;

  uses dev.smmkit.smo.RuleProvider;

  provides dev.smmkit.smo.RuleProvider with
      dev.smmkit.smo.internal.BuiltInRules;
}
