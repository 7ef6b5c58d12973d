package dev.smmkit.smo.internal;

import dev.smmkit.core.ContentPiece;
import dev.smmkit.core.Platform;
import dev.smmkit.smo.Category;
import dev.smmkit.smo.ContentRule;
import dev.smmkit.smo.Outcome;
import dev.smmkit.smo.Page;
import dev.smmkit.smo.PageRule;
import dev.smmkit.smo.Parameter;
import dev.smmkit.smo.Parameters;
import java.util.List;
import java.util.function.BiFunction;

/** Rules defined by a function: immutable, stateless, identified by id. */
final class BasicRules {
  private BasicRules() {}

  /** A rule that declares its messages. */
  interface Declared {
    /**
     * The rule's messages.
     *
     * @return the declaration
     */
    RuleMessages messages();
  }

  /** A function of page and parameters. */
  record PageFn(
      RuleMessages messages,
      Category category,
      double defaultWeight,
      List<Parameter> parameters,
      BiFunction<Page, Parameters, Outcome> fn)
      implements PageRule, Declared {
    @Override
    public String id() {
      return messages.ruleId();
    }

    @Override
    public Outcome check(Page page, Parameters p) {
      return messages.check(fn.apply(page, p));
    }

    @Override
    public String toString() {
      return "PageRule[" + id() + "]";
    }
  }

  /** A function of piece, platform and parameters. */
  interface ContentFn {
    Outcome apply(ContentPiece piece, Platform platform, Parameters p);
  }

  /** A content rule from a function. */
  record ContentRuleFn(
      RuleMessages messages,
      Category category,
      double defaultWeight,
      List<Parameter> parameters,
      ContentFn fn)
      implements ContentRule, Declared {
    @Override
    public String id() {
      return messages.ruleId();
    }

    @Override
    public Outcome check(ContentPiece piece, Platform platform, Parameters p) {
      return messages.check(fn.apply(piece, platform, p));
    }

    @Override
    public String toString() {
      return "ContentRule[" + id() + "]";
    }
  }
}
