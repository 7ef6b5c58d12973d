package dev.smmkit.smo.internal;

import static dev.smmkit.smo.internal.Placeholder.integer;
import static dev.smmkit.smo.internal.Placeholder.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smmkit.smo.Outcome;
import dev.smmkit.smo.Status;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An outcome's arguments are checked against the rule's declared messages when it is made. */
class RuleMessagesTest {
  // The declaration of og.image.size, as PageRules has it.
  static final RuleMessages SIZE =
      RuleMessages.of("og.image.size")
          .pass(integer("width"), integer("height"))
          .warn(integer("recommendedWidth"), integer("recommendedHeight"))
          .fail(integer("width"), integer("height"), integer("minWidth"), integer("minHeight"))
          .advice(integer("recommendedWidth"), integer("recommendedHeight"))
          .evidence("size", integer("width"), integer("height"))
          .evidence("undeclared")
          .build();

  @Test
  void matchingArguments_makeAnOutcome_withTheEnglishEvidence() {
    Outcome o = SIZE.warn(0.5, "undeclared", "recommendedWidth", 1200, "recommendedHeight", 630);
    assertThat(o.status()).isEqualTo(Status.WARN);
    assertThat(o.evidence()).isEqualTo("og:image:width and og:image:height not declared");
    assertThat(o.evidenceKey()).isEqualTo("rule.og.image.size.evidence.undeclared");
    assertThat(o.args()).isEqualTo(Map.of("recommendedWidth", 1200, "recommendedHeight", 630));
  }

  @Test
  void theOldUndeclaredSizeArguments_areRejected_namingRuleAndKeys() {
    // What the rule passed before: "?" for width and height, no recommended size.
    assertThatThrownBy(() -> SIZE.warn(0.5, "undeclared", "width", "?", "height", "?"))
        .isInstanceOf(MessageDeclarationException.class)
        .hasMessage(
            "rule og.image.size, WARN [rule.og.image.size.warn, rule.og.image.size.advice,"
                + " rule.og.image.size.evidence.undeclared]: arguments missing"
                + " [recommendedHeight, recommendedWidth], not used [height, width]")
        .extracting(e -> ((MessageDeclarationException) e).ruleId())
        .isEqualTo("og.image.size");
  }

  @Test
  void anArgumentOfTheWrongType_isRejected() {
    assertThatThrownBy(() -> SIZE.pass("size", "width", "1200", "height", 630))
        .isInstanceOf(MessageDeclarationException.class)
        .hasMessageEndingWith("argument width must be INTEGER (was String 1200)");
  }

  @Test
  void anUndeclaredEvidence_isRejected() {
    assertThatThrownBy(() -> SIZE.pass("nothing", "width", 1, "height", 1))
        .isInstanceOf(MessageDeclarationException.class)
        .hasMessage("rule og.image.size, nothing: evidence not declared");
  }

  @Test
  void anOutcomeWithoutEvidenceKey_isRejected() {
    Outcome literal = Outcome.pass("1200 x 630", "width", 1200, "height", 630);
    assertThatThrownBy(() -> SIZE.check(literal))
        .isInstanceOf(MessageDeclarationException.class)
        .hasMessage("rule og.image.size, rule.og.image.size.evidence: no evidence key");
  }

  @Test
  void aDeclarationWithoutAdvice_orWithOnePlaceholderOfTwoTypes_isRejected() {
    assertThatThrownBy(() -> RuleMessages.of("x").pass().fail().build())
        .isInstanceOf(MessageDeclarationException.class)
        .hasMessage("rule x, rule.x.advice: missing");
    assertThatThrownBy(
            () -> RuleMessages.of("x").pass(text("n")).fail(integer("n")).advice().build())
        .isInstanceOf(MessageDeclarationException.class)
        .hasMessage("rule x, rule.x.fail: placeholder n declared with two types");
  }
}
