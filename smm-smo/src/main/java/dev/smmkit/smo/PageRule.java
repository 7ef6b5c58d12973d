package dev.smmkit.smo;

/**
 * A rule that checks a web page.
 *
 * <p>Implementations must be immutable and thread-safe: one engine calls a rule from many threads
 * at once.
 */
public interface PageRule extends SmoRule {
  /**
   * Checks a page. Must not modify the page's document.
   *
   * @param page the page
   * @param parameters the parameter values
   * @return the outcome
   */
  Outcome check(Page page, Parameters parameters);
}
