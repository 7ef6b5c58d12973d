package dev.smmkit.smo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a rule found: a status, the share of the rule's points kept, the evidence, and named
 * arguments for the rule's message templates.
 *
 * @param status pass, warn, fail or not applicable ({@link Status#ERROR} is for the engine only)
 * @param score the share of points kept, 1 for pass, 0 for fail, strictly between for warn, 0 when
 *     not applicable
 * @param evidence what was found: an element, a value, a count; empty when there is nothing to show
 * @param args named arguments for the message templates, {@code {name}} in the bundle
 * @param evidenceKey a bundle key whose template, filled from {@code args}, is the evidence in the
 *     report's language; empty when {@code evidence} is shown as it is. {@code evidence} holds the
 *     English text and is shown when the bundle lacks the key
 *     <p>Immutable and thread-safe.
 */
public record Outcome(
    Status status, double score, String evidence, Map<String, Object> args, String evidenceKey) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException when the score does not fit the status
   * @param status see the record component
   * @param score see the record component
   * @param evidence see the record component
   * @param args see the record component
   * @param evidenceKey see the record component
   */
  public Outcome {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(evidenceKey, "evidenceKey");
    args = Map.copyOf(args);
    boolean ok =
        switch (status) {
          case PASS -> score == 1.0;
          case FAIL, NOT_APPLICABLE, ERROR -> score == 0.0;
          case WARN -> score > 0.0 && score < 1.0;
        };
    if (!ok) {
      throw new IllegalArgumentException(
          "Outcome.score: " + score + " does not fit status " + status);
    }
  }

  /**
   * An outcome whose evidence is shown as it is.
   *
   * @throws IllegalArgumentException when the score does not fit the status
   * @param status the status
   * @param score the share of points kept
   * @param evidence what was found
   * @param args named arguments for the message templates
   */
  public Outcome(Status status, double score, String evidence, Map<String, Object> args) {
    this(status, score, evidence, args, "");
  }

  /**
   * A pass.
   *
   * @param evidence what was found
   * @param args message arguments as name, value pairs
   * @return the outcome
   */
  public static Outcome pass(String evidence, Object... args) {
    return new Outcome(Status.PASS, 1.0, evidence, map(args));
  }

  /**
   * A partial pass.
   *
   * @param score share of points kept, strictly between 0 and 1
   * @param evidence what was found
   * @param args message arguments as name, value pairs
   * @return the outcome
   */
  public static Outcome warn(double score, String evidence, Object... args) {
    return new Outcome(Status.WARN, score, evidence, map(args));
  }

  /**
   * A failure.
   *
   * @param evidence what was found, or what is missing
   * @param args message arguments as name, value pairs
   * @return the outcome
   */
  public static Outcome fail(String evidence, Object... args) {
    return new Outcome(Status.FAIL, 0.0, evidence, map(args));
  }

  /**
   * The rule does not apply.
   *
   * @param reason why, in plain words
   * @return the outcome
   */
  public static Outcome notApplicable(String reason) {
    return new Outcome(Status.NOT_APPLICABLE, 0.0, reason, Map.of());
  }

  private static Map<String, Object> map(Object... args) {
    if (args.length % 2 != 0) {
      throw new IllegalArgumentException("Outcome args: name, value pairs expected");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      @Nullable Object v = args[i + 1];
      m.put(String.valueOf(args[i]), v == null ? "" : v);
    }
    return m;
  }
}
