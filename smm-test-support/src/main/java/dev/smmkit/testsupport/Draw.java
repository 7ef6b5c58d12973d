package dev.smmkit.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The values one case of a property draws, by name.
 *
 * <p>In an edge case, the {@code n}-th draw takes an edge case of its generator, chosen so that the
 * edge cases of {@link Cases} enumerate every combination of the edge cases of all draws (a mixed
 * radix count); a generator without edge cases draws at random from a seed of its own. In a random
 * case, every draw is {@link Gen#sample}. The names and values drawn make the failure message.
 *
 * <p>Not thread-safe: one case, one thread.
 */
public final class Draw {

  /** A value shown in a failure message is cut to this many chars. */
  private static final int MAX_SHOWN = 300;

  private final SplittableRandom random;
  private final boolean edgeCase;
  private long remaining;
  private final List<String> drawn = new ArrayList<>();

  Draw(SplittableRandom random, boolean edgeCase, long edgeIndex) {
    this.random = random;
    this.edgeCase = edgeCase;
    this.remaining = edgeIndex;
  }

  /**
   * Draws one named value.
   *
   * @param name the name shown in a failure message
   * @param gen the generator
   * @param <T> the type of the value
   * @return the value
   */
  public <T> T draw(String name, Gen<T> gen) {
    T value;
    List<T> edges = gen.edgeCases();
    if (edgeCase && !edges.isEmpty()) {
      value = edges.get((int) (remaining % edges.size()));
      remaining /= edges.size();
    } else {
      value = gen.sample(random);
    }
    String shown = String.valueOf(value);
    if (shown.length() > MAX_SHOWN) {
      shown = shown.substring(0, MAX_SHOWN) + "... (" + shown.length() + " chars)";
    }
    drawn.add(name + "=" + shown);
    return value;
  }

  /**
   * Draws a long from the whole range, for a property that seeds a random source of its own.
   *
   * @param name the name shown in a failure message
   * @return the seed
   */
  public long seed(String name) {
    return draw(name, Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE));
  }

  /**
   * Whether this edge case went past the last combination of edge cases (so it repeated an earlier
   * one).
   */
  boolean pastLastCombination() {
    return edgeCase && remaining > 0;
  }

  /** The values drawn so far, as {@code name=value} pairs. */
  String describe() {
    return drawn.isEmpty() ? "(none)" : String.join(", ", drawn);
  }
}
