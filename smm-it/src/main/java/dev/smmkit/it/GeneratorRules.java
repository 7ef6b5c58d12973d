package dev.smmkit.it;

import dev.smmkit.smo.Category;
import dev.smmkit.smo.Outcome;
import dev.smmkit.smo.Page;
import dev.smmkit.smo.PageRule;
import dev.smmkit.smo.Parameters;
import dev.smmkit.smo.RuleProvider;
import dev.smmkit.smo.SmoRule;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jsoup.nodes.Element;

/** A third-party rule provider: one rule, with messages from this module's own bundle. */
public final class GeneratorRules implements RuleProvider {
  /** The id of the one rule. */
  public static final String ID = "it.generator-declared";

  /** Creates the provider; the service loader calls this. */
  public GeneratorRules() {}

  @Override
  public List<SmoRule> rules() {
    return List.of(new GeneratorDeclared());
  }

  /** Passes when the page names the software that made it in {@code <meta name=generator>}. */
  static final class GeneratorDeclared implements PageRule {
    @Override
    public String id() {
      return ID;
    }

    @Override
    public Category category() {
      return Category.MASHUP;
    }

    @Override
    public double defaultWeight() {
      return 1;
    }

    @Override
    public ResourceBundle messages(Locale locale) {
      // A bundle in this named module, found through this module as the caller.
      return ResourceBundle.getBundle("dev.smmkit.it.messages", locale);
    }

    @Override
    public Outcome check(Page page, Parameters parameters) {
      Element meta = page.document().selectFirst("meta[name=generator][content]");
      return meta == null
          ? Outcome.fail("no meta generator")
          : Outcome.pass(meta.attr("content"), "generator", meta.attr("content"));
    }
  }
}
