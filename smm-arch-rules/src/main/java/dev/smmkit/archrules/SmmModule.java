package dev.smmkit.archrules;

/**
 * The SMMKit modules, each with its root package and its layer. A module may call the modules of a
 * lower layer only: {@code smm-core} &lt;- {@code smm-metrics}, {@code smm-smo} &lt;- {@code
 * smm-planning}, {@code smm-spark} &lt;- {@code smm-examples}, {@code smm-benchmarks}, {@code
 * smm-it}. Modules of one layer do not call each other.
 *
 * <p>{@link #PLANNING} and {@link #SPARK} do not exist yet; they are listed so that the lower
 * modules are already forbidden to call them. A new module adds a constant here and a test class
 * that calls {@link ArchitectureRules#of(SmmModule)}.
 *
 * <p>Immutable and thread-safe.
 */
public enum SmmModule {
  /** {@code smm-core}: the domain model. */
  CORE("core", 0, true),
  /** {@code smm-metrics}: metrics and readers. */
  METRICS("metrics", 1, true),
  /** {@code smm-smo}: the SMO engine. */
  SMO("smo", 1, true),
  /** {@code smm-planning}, to come. */
  PLANNING("planning", 2, true),
  /** {@code smm-spark}, to come. */
  SPARK("spark", 2, true),
  /** {@code smm-it}: the module-path consumer. */
  IT("it", 3, false),
  /** {@code smm-examples}: the example programs and the CLI. */
  EXAMPLES("examples", 3, false),
  /** {@code smm-benchmarks}: the JMH benchmarks. */
  BENCHMARKS("benchmarks", 3, false);

  private final String rootPackage;
  private final int layer;
  private final boolean library;

  SmmModule(String name, int layer, boolean library) {
    this.rootPackage = "dev.smmkit." + name;
    this.layer = layer;
    this.library = library;
  }

  /**
   * The root package, such as {@code dev.smmkit.metrics}; every class of the module lies in it or
   * below it.
   *
   * @return the root package
   */
  public String rootPackage() {
    return rootPackage;
  }

  /**
   * Whether this module is published library code, to which the static-state rule applies.
   *
   * @return true for the library modules
   */
  public boolean isLibrary() {
    return library;
  }

  /**
   * Whether this module's classes may call the other module's classes: the other module is this one
   * or lies in a lower layer.
   *
   * @param other the module called
   * @return true when the call goes down the layers, or stays inside this module
   */
  public boolean mayCall(SmmModule other) {
    return other == this || other.layer < layer;
  }
}
