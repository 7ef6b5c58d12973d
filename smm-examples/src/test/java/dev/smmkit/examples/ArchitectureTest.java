package dev.smmkit.examples;

import dev.smmkit.archrules.ArchitectureRules;
import dev.smmkit.archrules.SmmModule;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The shared architecture rules of {@link ArchitectureRules}, applied to smm-examples's main
 * classes.
 */
class ArchitectureTest {
  @TestFactory
  Stream<DynamicTest> examples_followsTheArchitectureRules() {
    return ArchitectureRules.of(SmmModule.EXAMPLES);
  }
}
