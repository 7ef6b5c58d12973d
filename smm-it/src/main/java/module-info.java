/**
 * A modular application using SMMKit, with an SMO rule of its own offered through the service
 * loader. Its tests check that the library works on the module path as its module descriptors
 * declare.
 */
module dev.smmkit.it {
  requires dev.smmkit.metrics;
  requires dev.smmkit.smo;

  // The provider's package need not be exported: the service loader reaches it through provides.
  provides dev.smmkit.smo.RuleProvider with
      dev.smmkit.it.GeneratorRules;
}
