package dev.smmkit.smo.internal;

/**
 * A rule's outcome does not match the messages it declares: an argument is missing, extra or of the
 * wrong type, or a key is not declared. A programming error of the rule, found by tests.
 */
public final class MessageDeclarationException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The rule's id. */
  private final String ruleId;

  /** The bundle key concerned. */
  private final String key;

  MessageDeclarationException(String ruleId, String key, String problem) {
    super("rule " + ruleId + ", " + key + ": " + problem);
    this.ruleId = ruleId;
    this.key = key;
  }

  /**
   * The rule's id.
   *
   * @return the id
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * The bundle key concerned.
   *
   * @return the key
   */
  public String key() {
    return key;
  }
}
