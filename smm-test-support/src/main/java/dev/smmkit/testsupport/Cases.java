package dev.smmkit.testsupport;

import java.nio.file.Path;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Runs a property over many generated cases from a fixed seed: a seeded property test in plain
 * JUnit.
 *
 * <p>A run has at least {@value #MINIMUM_CASES} cases. The first (at most a quarter of them) are
 * edge cases: every combination of the edge cases of the values the property draws (see {@link
 * Draw}), until they are exhausted (the runner sees that when a case comes round to the first
 * combination again; that one repeat is not counted). The rest are random cases; random case {@code
 * k} is drawn from a source seeded by the run's seed and {@code k} alone, so any one case can be
 * rerun by itself. The seed is {@value #DEFAULT_SEED} unless the system property {@value
 * #SEED_PROPERTY} says otherwise, so a build is deterministic.
 *
 * <p>A failing case throws {@link PropertyFailure}, whose message names the property, the case, the
 * seed, the values drawn and the command that reruns just that case.
 *
 * <p>System properties (pass them to Maven with {@code -D}; Surefire hands them to the tests):
 *
 * <ul>
 *   <li>{@value #SEED_PROPERTY}: the seed of the run (a decimal long);
 *   <li>{@value #CASE_PROPERTY}: run one case only: {@code e3} for edge case 3, {@code 417} for
 *       random case 417;
 *   <li>{@value #CASES_PROPERTY}: run more cases than the test asks for (never fewer).
 * </ul>
 *
 * <p>Thread-safe: it keeps no state.
 */
public final class Cases {

  /** The system property that sets the seed. */
  public static final String SEED_PROPERTY = "smmkit.seed";

  /** The system property that selects one case: {@code e<n>} (edge) or {@code <n>} (random). */
  public static final String CASE_PROPERTY = "smmkit.case";

  /** The system property that raises the number of cases. */
  public static final String CASES_PROPERTY = "smmkit.cases";

  /** The seed when {@value #SEED_PROPERTY} is not set. */
  public static final long DEFAULT_SEED = 20261124L;

  /** The fewest cases a property runs. */
  public static final int MINIMUM_CASES = 1000;

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private Cases() {}

  /** The body of a property: draws its inputs, then checks them (with AssertJ or by throwing). */
  @FunctionalInterface
  public interface Property {
    /**
     * Checks one case.
     *
     * @param draw the source of the case's values
     * @throws Exception when the case fails
     */
    void check(Draw draw) throws Exception;
  }

  /**
   * What a run did.
   *
   * @param seed the seed of the run
   * @param edgeCases how many edge cases ran
   * @param randomCases how many random cases ran
   */
  public record Result(long seed, int edgeCases, int randomCases) {
    /**
     * All cases that ran.
     *
     * @return {@code edgeCases + randomCases}
     */
    public int cases() {
      return edgeCases + randomCases;
    }
  }

  /**
   * Runs a property over {@value #MINIMUM_CASES} cases.
   *
   * @param property the property
   * @return what ran
   * @throws PropertyFailure on the first failing case
   */
  public static Result check(Property property) {
    return check(MINIMUM_CASES, property);
  }

  /**
   * Runs a property over the given number of cases (or more, with {@value #CASES_PROPERTY}).
   *
   * @param cases how many cases, at least {@value #MINIMUM_CASES}
   * @param property the property
   * @return what ran
   * @throws PropertyFailure on the first failing case
   * @throws IllegalArgumentException when {@code cases} is below {@value #MINIMUM_CASES}
   */
  public static Result check(int cases, Property property) {
    if (cases < MINIMUM_CASES) {
      throw new IllegalArgumentException(
          "Cases.check.cases: must be >= " + MINIMUM_CASES + " (was " + cases + ")");
    }
    String where = caller();
    long seed = Long.parseLong(System.getProperty(SEED_PROPERTY, Long.toString(DEFAULT_SEED)));
    int total = Math.max(cases, Integer.getInteger(CASES_PROPERTY, cases));
    Optional<String> only = Optional.ofNullable(System.getProperty(CASE_PROPERTY));
    if (only.isPresent()) {
      String id = only.get();
      boolean edge = id.startsWith("e");
      int index = Integer.parseInt(edge ? id.substring(1) : id);
      runCase(where, seed, edge, index, total, property);
      return new Result(seed, edge ? 1 : 0, edge ? 0 : 1);
    }
    int edgeCases = 0;
    for (int i = 0; i < total / 4; i++) {
      if (runCase(where, seed, true, i, total, property).pastLastCombination()) {
        break;
      }
      edgeCases++;
    }
    int randomCases = total - edgeCases;
    for (int k = 0; k < randomCases; k++) {
      runCase(where, seed, false, k, total, property);
    }
    return new Result(seed, edgeCases, randomCases);
  }

  private static Draw runCase(
      String where, long seed, boolean edge, int index, int total, Property property) {
    long caseSeed = mix64((edge ? ~seed : seed) + GOLDEN * (index + 1L));
    Draw draw = new Draw(new SplittableRandom(caseSeed), edge, index);
    try {
      property.check(draw);
    } catch (OutOfMemoryError e) {
      throw e;
    } catch (Throwable e) {
      String id = (edge ? "e" : "") + index;
      throw new PropertyFailure(message(where, seed, edge, id, total, draw, e), seed, id, e);
    }
    return draw;
  }

  private static String message(
      String where, long seed, boolean edge, String id, int total, Draw draw, Throwable e) {
    String module =
        Optional.ofNullable(Path.of(System.getProperty("user.dir")).getFileName())
            .map(Path::toString)
            .orElse("<module>");
    return "Property "
        + where
        + " failed on "
        + (edge ? "edge case " : "random case ")
        + id
        + " of a run of "
        + total
        + " cases with seed "
        + seed
        + ".\n  drawn: "
        + draw.describe()
        + "\n  rerun just this case: ./mvnw -B -o test -pl "
        + module
        + " -am -Dsurefire.failIfNoSpecifiedTests=false -Dtest='"
        + where
        + "' -D"
        + SEED_PROPERTY
        + "="
        + seed
        + " -D"
        + CASE_PROPERTY
        + "="
        + id
        + "\n  failure: "
        + e;
  }

  /** The test class and method that called {@code check}, as {@code Class#method}. */
  private static String caller() {
    return StackWalker.getInstance()
        .walk(
            frames ->
                frames
                    .filter(f -> !f.getClassName().equals(Cases.class.getName()))
                    .findFirst()
                    .map(
                        f ->
                            f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1)
                                + "#"
                                + f.getMethodName())
                    .orElse("unknown#unknown"));
  }

  /**
   * The SplitMix64 finaliser: a bijection of the longs that scatters neighbouring inputs.
   *
   * @param z the input
   * @return the mixed value
   */
  public static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
