package dev.smmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

  @Test
  void emptyViolationList_isAProgrammingError() {
    assertThatThrownBy(() -> new ValidationException(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a ValidationException needs at least one violation");
  }

  @Test
  void longTextValues_areShortenedInTheMessage() {
    String longText = "x".repeat(200);
    ValidationException e = ValidationException.of("Post.body", longText, "Size", "too long");
    assertThat(e.getMessage()).isEqualTo("Post.body: too long (was \"" + "x".repeat(77) + "...\")");
    assertThat(e.violations().get(0).rejectedValue()).isEqualTo(longText);
    assertThat(e).isInstanceOf(SmmKitException.class);
  }

  @Test
  void violations_collectsAndThrowsOnlyWhenSomethingIsWrong() {
    Violations ok = new Violations("Thing").check(true, "a", 1, "Min", "must be >= 0");
    assertThat(ok.isEmpty()).isTrue();
    ok.throwIfAny();
    Violations bad = new Violations("Thing").notNull("name", null).add("b", 2, "Max", "too big");
    assertThat(bad.isEmpty()).isFalse();
    assertThatThrownBy(bad::throwIfAny)
        .isInstanceOf(ValidationException.class)
        .hasMessage("Thing.name: must not be null (was null)\nThing.b: too big (was 2)");
  }

  @Test
  void smmKitException_keepsItsCause() {
    IllegalStateException cause = new IllegalStateException("x");
    assertThat(new SmmKitException("m", cause)).hasCause(cause).hasMessage("m");
  }

  @Test
  void violation_requiresPathRuleAndMessage() {
    assertThatThrownBy(() -> new Violation(null, 1, "r", "m"))
        .isInstanceOf(NullPointerException.class);
  }
}
