package dev.smmkit.archrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.smmkit.archrules.fixture.api.Api;
import dev.smmkit.archrules.fixture.internal.Impl;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The rules catch what they say they catch, and pass what they allow. */
class ArchitectureRulesTest {
  @SuppressWarnings("unused") // read by the rule through reflection
  static final class MutableStatics {
    static int counter;
    static final int[] ARRAY = {1};
    static final List<String> LIST = new ArrayList<>();
    static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    static final AtomicLong ATOMIC = new AtomicLong();
    static final ThreadLocal<String> PER_THREAD = new ThreadLocal<>();
    static final StringBuilder TEXT = new StringBuilder();
    static final Map<String, String> VIEW = Collections.unmodifiableMap(new HashMap<>());
  }

  @SuppressWarnings("unused")
  static final class ImmutableStatics {
    static final int NUMBER = 1;
    static final String TEXT = "x";
    static final List<String> LIST = List.of("a");
    static final Set<String> COPY = Set.copyOf(List.of("a", "b"));
    static final Map<String, Integer> MAP = Map.of("a", 1);
    static final List<String> EMPTY = Collections.emptyList();
  }

  @Test
  void staticStateRule_reportsEveryKindOfMutableStaticField() {
    JavaClasses classes = new ClassFileImporter().importClasses(MutableStatics.class);

    assertThatThrownBy(() -> ArchitectureRules.MUTABLE_STATIC_STATE.check(classes))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("was violated (8 times)")
        .hasMessageContaining("MutableStatics.counter is static and not final")
        .hasMessageContaining("MutableStatics.ARRAY holds an array (int[])")
        .hasMessageContaining("MutableStatics.LIST holds a java.util.ArrayList")
        .hasMessageContaining("MutableStatics.CACHE holds a java.util.concurrent.ConcurrentHashMap")
        .hasMessageContaining("MutableStatics.ATOMIC holds an atomic")
        .hasMessageContaining("MutableStatics.PER_THREAD holds per-thread")
        .hasMessageContaining("MutableStatics.TEXT holds a mutable text")
        .hasMessageContaining("MutableStatics.VIEW holds a java.util.Collections$UnmodifiableMap");
  }

  @Test
  void staticStateRule_passesConstantsAndImmutableCollections() {
    JavaClasses classes = new ClassFileImporter().importClasses(ImmutableStatics.class);

    ArchitectureRules.MUTABLE_STATIC_STATE.check(classes);
  }

  @Test
  void classCycleRule_reportsACycleBetweenAnApiAndAnInternalClass() {
    JavaClasses classes = new ClassFileImporter().importClasses(Api.class, Impl.class);

    assertThatThrownBy(() -> ArchitectureRules.classCycles(SmmModule.CORE).check(classes))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle between")
        .hasMessageContaining(Api.class.getName())
        .hasMessageContaining(Impl.class.getName());
  }

  @Test
  void classCycleRule_passesOneWayDependencies() {
    JavaClasses classes = new ClassFileImporter().importClasses(Api.class);

    ArchitectureRules.classCycles(SmmModule.CORE).check(classes);
  }

  @Test
  void layers_letCallsGoDownOnly() {
    assertThat(SmmModule.METRICS.mayCall(SmmModule.CORE)).isTrue();
    assertThat(SmmModule.CORE.mayCall(SmmModule.METRICS)).isFalse();
    assertThat(SmmModule.METRICS.mayCall(SmmModule.SMO)).isFalse();
    assertThat(SmmModule.PLANNING.mayCall(SmmModule.SMO)).isTrue();
    assertThat(SmmModule.EXAMPLES.mayCall(SmmModule.PLANNING)).isTrue();
    assertThat(SmmModule.SMO.mayCall(SmmModule.EXAMPLES)).isFalse();
  }
}
