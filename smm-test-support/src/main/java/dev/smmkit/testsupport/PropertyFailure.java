package dev.smmkit.testsupport;

/**
 * A case of a seeded property failed: the message says which case, with which seed, and how to
 * rerun just that case; the cause is the original failure.
 */
public final class PropertyFailure extends AssertionError {
  private static final long serialVersionUID = 1L;

  /** The seed of the run. */
  private final long seed;

  /** The failing case: {@code e<n>} for an edge case, {@code <n>} for a random case. */
  private final String caseId;

  PropertyFailure(String message, long seed, String caseId, Throwable cause) {
    super(message, cause);
    this.seed = seed;
    this.caseId = caseId;
  }

  /**
   * The seed of the run that failed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The failing case, as {@link Cases#CASE_PROPERTY} takes it.
   *
   * @return {@code e<n>} or {@code <n>}
   */
  public String caseId() {
    return caseId;
  }
}
