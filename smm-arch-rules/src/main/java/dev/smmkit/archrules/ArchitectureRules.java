package dev.smmkit.archrules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The architecture rules of SMMKit, in one place. Each module's test suite has one test class that
 * returns {@link #of(SmmModule)} from a {@code @TestFactory}; the rules then check the module's own
 * main classes (its tests are not imported):
 *
 * <ol>
 *   <li><b>no package cycles</b>: no two packages of the module depend on each other, directly or
 *       through others. An API package may use its {@code internal} package, which then must not
 *       use the API package's classes back;
 *   <li><b>internal stays inside</b>: no class uses another module's {@code ..internal..} package
 *       (those packages are not exported, but the examples, benchmarks and class-path users are not
 *       stopped by module descriptors);
 *   <li><b>calls go down the layers</b>, as {@link SmmModule#mayCall(SmmModule)} says;
 *   <li><b>no static mutable state</b> in library code: every static field is final and holds no
 *       mutable value, see {@link #MUTABLE_STATIC_STATE}.
 * </ol>
 *
 * <p>Only the static-state rule has an allow-list, {@link #ALLOWED_STATIC_STATE}, each entry with
 * its reason. Immutable and thread-safe.
 */
public final class ArchitectureRules {
  private ArchitectureRules() {}

  /**
   * The rules for one module, as dynamic tests named after the rules.
   *
   * @param module the module whose main classes are checked; they must be on the class path
   * @return one test per rule that applies to the module
   */
  public static Stream<DynamicTest> of(SmmModule module) {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(module.rootPackage());
    if (classes.isEmpty()) {
      throw new IllegalStateException(
          "no main class of " + module + " under " + module.rootPackage() + " on the class path");
    }
    List<ArchRule> rules = new ArrayList<>();
    rules.add(packageCycles(module));
    rules.add(classCycles(module));
    rules.add(internalStaysInside(module));
    rules.add(callsGoDown(module));
    if (module.isLibrary()) {
      rules.add(MUTABLE_STATIC_STATE);
    }
    return rules.stream()
        .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
  }

  /**
   * No cycle between the module's packages, with one allowance: an {@code internal} package may use
   * its module's API types (values, exceptions) while the API uses the internal implementation.
   * That loop is by design; {@link #classCycles(SmmModule)} still forbids it between two classes.
   *
   * @param module the module
   * @return the rule
   */
  static ArchRule packageCycles(SmmModule module) {
    return slices()
        .matching("dev.smmkit.(**)")
        .namingSlices("package dev.smmkit.$1")
        .should()
        .beFreeOfCycles()
        .ignoreDependency(
            DescribedPredicate.describe("an internal class", ArchitectureRules::isInternal),
            DescribedPredicate.describe(
                "an API class of its module",
                (JavaClass c) -> inModule(c, module) && !isInternal(c)))
        .as(
            "no cycle between the packages of "
                + module.rootPackage()
                + " (an internal package may use its module's API types)");
  }

  /**
   * No dependency cycle between classes of different packages, such as an API class that calls an
   * internal class that calls it back. (Cycles inside one package, such as a class and its builder,
   * are allowed.) Nested classes count as their top-level class.
   *
   * @param module the module
   * @return the rule
   */
  static ArchRule classCycles(SmmModule module) {
    return ArchRuleDefinition.all(
            new AbstractClassesTransformer<ClassCycle>("dependency cycles between classes") {
              @Override
              public Iterable<ClassCycle> doTransform(JavaClasses classes) {
                return ClassCycle.find(classes);
              }
            })
        .should(
            new ArchCondition<ClassCycle>("stay inside one package") {
              @Override
              public void check(ClassCycle cycle, ConditionEvents events) {
                if (cycle.packages().size() > 1) {
                  events.add(SimpleConditionEvent.violated(cycle, cycle.toString()));
                }
              }
            })
        .allowEmptyShould(true)
        .as("no dependency cycle between classes of different packages of " + module.rootPackage());
  }

  private static boolean isInternal(JavaClass c) {
    return (c.getPackageName() + ".").contains(".internal.");
  }

  /**
   * No use of another module's internal package.
   *
   * @param module the module
   * @return the rule
   */
  static ArchRule internalStaysInside(SmmModule module) {
    return noClasses()
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "are in another module's internal package",
                (JavaClass c) ->
                    c.getPackageName().startsWith("dev.smmkit.")
                        && isInternal(c)
                        && !inModule(c, module)))
        .as("no class of " + module.rootPackage() + " uses another module's internal package");
  }

  /**
   * Calls go down the layers only.
   *
   * @param module the module
   * @return the rule
   */
  static ArchRule callsGoDown(SmmModule module) {
    return noClasses()
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "are in a module " + module + " may not call",
                (JavaClass c) ->
                    Stream.of(SmmModule.values())
                        .anyMatch(other -> inModule(c, other) && !module.mayCall(other))))
        .as("the classes of " + module.rootPackage() + " call only modules of lower layers");
  }

  private static boolean inModule(JavaClass c, SmmModule module) {
    String p = c.getPackageName();
    return p.equals(module.rootPackage()) || p.startsWith(module.rootPackage() + ".");
  }

  /** The static fields the static-state rule lets pass, by full name, each with the reason. */
  public static final Map<String, String> ALLOWED_STATIC_STATE =
      Map.of(
          "dev.smmkit.core.internal.BeanValidation.CONTEXT_LOCALE",
          "a ThreadLocal that carries SmmJson's message locale into the build() calls Jackson makes"
              + " on the same thread; withLocale sets and restores it in one call, so no state"
              + " outlives a call or reaches another thread; passing the locale through the JSON"
              + " binding instead waits for the Jackson 2 switch");

  /**
   * No static mutable state: a static field (other than the compiler's own) is final and its value
   * is not mutable. Mutable values are arrays (even empty ones, to keep the rule simple),
   * collections and maps not made by {@code List/Set/Map.of} or {@code copyOf} (the JDK's {@code
   * ImmutableCollections}; {@code Collections.empty*()} too), atomics, thread locals, {@code
   * ClassValue}s and caches, builders of text, random generators and the old mutable date types.
   * The value is read by reflection, so {@code List<String> X = new ArrayList<>()} is caught
   * although the declared type is an interface.
   */
  public static final ArchRule MUTABLE_STATIC_STATE =
      fields()
          .that()
          .areStatic()
          .and(
              DescribedPredicate.describe(
                  "are not made by the compiler",
                  (JavaField f) -> !f.getModifiers().contains(JavaModifier.SYNTHETIC)))
          .should(beFinalAndHoldNoMutableValue())
          .as("no static mutable state: every static field is final and holds an immutable value");

  private static ArchCondition<JavaField> beFinalAndHoldNoMutableValue() {
    return new ArchCondition<>("be final and hold no mutable value") {
      @Override
      public void check(JavaField field, ConditionEvents events) {
        String where = field.getFullName();
        if (ALLOWED_STATIC_STATE.containsKey(where)) {
          return;
        }
        if (!field.getModifiers().contains(JavaModifier.FINAL)) {
          events.add(SimpleConditionEvent.violated(field, where + " is static and not final"));
          return;
        }
        Object value;
        try {
          Field f = field.reflect();
          f.setAccessible(true);
          value = f.get(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
          events.add(SimpleConditionEvent.violated(field, where + " could not be read: " + e));
          return;
        }
        mutability(value)
            .ifPresent(
                why -> events.add(SimpleConditionEvent.violated(field, where + " holds " + why)));
      }
    };
  }

  /**
   * Why a value is mutable, or empty when it is not known to be.
   *
   * @param value the value of a static final field
   * @return the reason, naming the value's class
   */
  static Optional<String> mutability(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    Class<?> c = value.getClass();
    String name = c.getName();
    if (c.isArray()) {
      return Optional.of("an array (" + c.getComponentType().getName() + "[]), which is mutable");
    }
    if (value instanceof Collection || value instanceof Map) {
      if (name.startsWith("java.util.ImmutableCollections$")
          || name.startsWith("java.util.Collections$Empty")) {
        return Optional.empty();
      }
      return Optional.of(
          "a " + name + ", which is mutable: use List/Set/Map.of or copyOf, or no static field");
    }
    if (name.startsWith("java.util.concurrent.atomic.")) {
      return Optional.of("an atomic (" + name + ")");
    }
    if (value instanceof ThreadLocal || value instanceof ClassValue) {
      return Optional.of("per-thread or per-class state (" + name + ")");
    }
    if (value instanceof CharSequence && !(value instanceof String)) {
      return Optional.of("a mutable text (" + name + ")");
    }
    if (value instanceof java.util.Random
        || value instanceof java.util.Date
        || value instanceof java.util.Calendar
        || value instanceof java.util.BitSet) {
      return Optional.of("a mutable " + name);
    }
    if (c.getSimpleName().contains("Cache")) {
      return Optional.of("a cache (" + name + ")");
    }
    return Optional.empty();
  }
}
