package dev.smmkit.testsupport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of test values: a random draw plus a fixed list of edge cases.
 *
 * <p>The edge cases are what a careful tester would try by hand: the bounds of a range and their
 * neighbours, zero and one, the empty string or list, awkward Unicode. {@link Cases} runs every
 * combination of the edge cases of the values a property draws first (up to a quarter of its
 * cases), and every random draw is an edge case with probability 1/16, so that edge cases also meet
 * random neighbours.
 *
 * <p>A generator is immutable and stateless; all randomness comes from the {@link SplittableRandom}
 * passed in, so that a seed reproduces every value.
 *
 * @param <T> the type of the generated values
 */
public final class Gen<T> {

  /** One random draw in this many is an edge case. */
  private static final int EDGE_ODDS = 16;

  /** Combined generators keep at most this many edge-case combinations. */
  private static final int MAX_EDGE_COMBINATIONS = 64;

  private final Function<SplittableRandom, ? extends T> random;
  private final List<T> edgeCases;

  private Gen(Function<SplittableRandom, ? extends T> random, List<? extends T> edgeCases) {
    this.random = random;
    this.edgeCases = Collections.unmodifiableList(new ArrayList<>(dedupe(edgeCases)));
  }

  /**
   * A generator from a random function and its edge cases.
   *
   * @param random draws one value from the given random source
   * @param edgeCases the values to try first, in order (may be empty, may contain {@code null})
   * @param <T> the type of the values
   * @return the generator
   */
  public static <T> Gen<T> of(
      Function<SplittableRandom, ? extends T> random, List<? extends T> edgeCases) {
    return new Gen<>(random, edgeCases);
  }

  /**
   * The edge cases of this generator, in the order {@link Cases} tries them.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<T> edgeCases() {
    return edgeCases;
  }

  /**
   * Draws one value: an edge case with probability 1/16, otherwise a random value.
   *
   * @param r the random source
   * @return the value
   */
  public T sample(SplittableRandom r) {
    if (!edgeCases.isEmpty() && r.nextInt(EDGE_ODDS) == 0) {
      return edgeCases.get(r.nextInt(edgeCases.size()));
    }
    return random.apply(r);
  }

  /**
   * This generator with more edge cases appended (duplicates are dropped).
   *
   * @param more the extra edge cases
   * @return a new generator
   */
  @SafeVarargs
  public final Gen<T> withEdgeCases(T... more) {
    List<T> all = new ArrayList<>(edgeCases);
    all.addAll(Arrays.asList(more));
    return new Gen<>(random, all);
  }

  /**
   * Maps every value, edge cases included.
   *
   * @param f the mapping
   * @param <R> the type of the mapped values
   * @return a new generator
   */
  public <R> Gen<R> map(Function<? super T, ? extends R> f) {
    List<R> mapped = new ArrayList<>();
    for (T e : edgeCases) {
      mapped.add(f.apply(e));
    }
    return new Gen<R>(r -> f.apply(sample(r)), mapped);
  }

  /**
   * Keeps only the values that pass a test; edge cases that fail it are dropped.
   *
   * @param keep the test
   * @return a new generator
   * @throws IllegalStateException from {@link #sample} when 10,000 draws in a row fail the test
   */
  public Gen<T> filter(Predicate<? super T> keep) {
    List<T> kept = new ArrayList<>();
    for (T e : edgeCases) {
      if (keep.test(e)) {
        kept.add(e);
      }
    }
    return new Gen<>(
        r -> {
          for (int i = 0; i < 10_000; i++) {
            T value = sample(r);
            if (keep.test(value)) {
              return value;
            }
          }
          throw new IllegalStateException("Gen.filter: 10000 draws in a row were rejected");
        },
        kept);
  }

  /**
   * Lists of values of this generator.
   *
   * <p>Edge cases: the empty list (when allowed), a one-element list of each edge case of the
   * elements (when allowed), and lists of the minimum and the maximum size that cycle through all
   * edge cases of the elements.
   *
   * @param minSize the smallest size, {@code >= 0}
   * @param maxSize the largest size, {@code >= minSize}
   * @return a new generator
   */
  public Gen<List<T>> list(int minSize, int maxSize) {
    requireRange(minSize, maxSize);
    if (minSize < 0) {
      throw new IllegalArgumentException("Gen.list.minSize: must be >= 0 (was " + minSize + ")");
    }
    Gen<Integer> sizes = ints(minSize, maxSize);
    List<List<T>> edges = new ArrayList<>();
    if (minSize == 0) {
      edges.add(List.of());
    }
    if (!edgeCases.isEmpty()) {
      if (minSize <= 1 && maxSize >= 1) {
        for (T e : edgeCases.subList(0, Math.min(8, edgeCases.size()))) {
          edges.add(Collections.singletonList(e));
        }
      }
      if (minSize > 0) {
        edges.add(cycle(edgeCases, minSize));
      }
      edges.add(cycle(edgeCases, maxSize));
    }
    return new Gen<>(
        r -> {
          int size = sizes.sample(r);
          List<T> out = new ArrayList<>(size);
          for (int i = 0; i < size; i++) {
            out.add(sample(r));
          }
          return Collections.unmodifiableList(out);
        },
        edges);
  }

  /**
   * This generator, or {@code null} with the given probability; {@code null} is the first edge
   * case.
   *
   * @param probability the chance of {@code null}, between 0 and 1
   * @return a new generator
   */
  public Gen<T> orNull(double probability) {
    List<T> edges = new ArrayList<>();
    edges.add(null);
    edges.addAll(edgeCases);
    return new Gen<>(r -> r.nextDouble() < probability ? null : sample(r), edges);
  }

  /**
   * Longs between {@code min} and {@code max}, both included: uniform, or (one draw in four) close
   * to the value nearest zero, on a logarithmic scale. Edge cases: both bounds and their inner
   * neighbours, and -1, 0, 1 where they lie in the range.
   *
   * @param min the smallest value
   * @param max the largest value
   * @return the generator
   */
  public static Gen<Long> longs(long min, long max) {
    requireRange(min, max);
    long target = min > 0 ? min : max < 0 ? max : 0;
    long span = max - min; // unsigned
    int bits = Math.min(63, Math.max(1, 64 - Long.numberOfLeadingZeros(span)));
    List<Long> edges = new ArrayList<>();
    for (long e : new long[] {min, min + 1, target - 1, target, target + 1, max - 1, max}) {
      if (e >= min && e <= max) {
        edges.add(e);
      }
    }
    return new Gen<>(
        r -> {
          if (r.nextInt(4) == 0) {
            long offset = r.nextLong() >>> (63 - r.nextInt(bits));
            try {
              long value =
                  r.nextBoolean()
                      ? Math.addExact(target, offset)
                      : Math.subtractExact(target, offset);
              if (value >= min && value <= max) {
                return value;
              }
            } catch (ArithmeticException beyondLong) {
              // fall through to a uniform draw
            }
          }
          return uniform(r, min, max);
        },
        edges);
  }

  /**
   * Ints between {@code min} and {@code max}, both included, drawn as {@link #longs}.
   *
   * @param min the smallest value
   * @param max the largest value
   * @return the generator
   */
  public static Gen<Integer> ints(int min, int max) {
    return longs(min, max).map(Math::toIntExact);
  }

  /**
   * Sizes between 0 and {@code max}, both included, on a logarithmic scale: as many values below 10
   * as between 1,000 and 10,000. For inputs whose cost grows with their size (sketches), so that
   * many cases stay cheap while large ones still occur. Edge cases: 0, 1 and {@code max}.
   *
   * @param max the largest size, {@code >= 1}
   * @return the generator
   */
  public static Gen<Integer> sizes(int max) {
    requireRange(1, max);
    double logMax = Math.log(max + 1.0);
    return new Gen<>(
        r -> (int) Math.min(max, Math.floor(Math.exp(r.nextDouble() * logMax) - 1)),
        List.of(0, 1, max));
  }

  /**
   * Doubles between {@code min} and {@code max}, both included. Edge cases: both bounds, their
   * inner neighbours ({@link Math#nextUp}, {@link Math#nextDown}), and 1 where it lies inside.
   *
   * @param min the smallest value, finite
   * @param max the largest value, finite, {@code > min}
   * @return the generator
   */
  public static Gen<Double> doubles(double min, double max) {
    if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
      throw new IllegalArgumentException(
          "Gen.doubles: bounds must be finite with min < max (was " + min + ", " + max + ")");
    }
    List<Double> edges = new ArrayList<>(List.of(min, Math.nextUp(min)));
    if (min < 1 && 1 < max) {
      edges.add(1.0);
    }
    edges.add(Math.nextDown(max));
    edges.add(max);
    return new Gen<>(r -> Math.min(max, min + r.nextDouble() * (max - min)), edges);
  }

  /**
   * One of the given values, uniformly. Edge cases: the first and the last value.
   *
   * @param values the values, at least one
   * @param <T> their type
   * @return the generator
   */
  public static <T> Gen<T> elements(List<? extends T> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("Gen.elements.values: must not be empty (was [])");
    }
    List<T> copy = List.copyOf(values);
    return new Gen<>(
        r -> copy.get(r.nextInt(copy.size())), List.of(copy.get(0), copy.get(copy.size() - 1)));
  }

  /**
   * One of the given values, uniformly. Edge cases: the first and the last value.
   *
   * @param values the values, at least one
   * @param <T> their type
   * @return the generator
   */
  @SafeVarargs
  public static <T> Gen<T> elements(T... values) {
    return elements(Arrays.asList(values));
  }

  /**
   * Strings of code points from an alphabet. Edge cases: the shortest string of the first code
   * point, one of the last code point, and the longest string cycling through the alphabet.
   *
   * @param alphabet the code points to use, at least one
   * @param minLength the fewest code points, {@code >= 0}
   * @param maxLength the most code points, {@code >= minLength}
   * @return the generator
   */
  public static Gen<String> strings(String alphabet, int minLength, int maxLength) {
    int[] cps = alphabet.codePoints().toArray();
    if (cps.length == 0) {
      throw new IllegalArgumentException("Gen.strings.alphabet: must not be empty (was \"\")");
    }
    Gen<Integer> lengths = ints(minLength, maxLength);
    List<String> edges = new ArrayList<>();
    edges.add(repeat(cps[0], minLength));
    edges.add(repeat(cps[cps.length - 1], Math.max(1, minLength)));
    StringBuilder longest = new StringBuilder();
    for (int i = 0; i < maxLength; i++) {
      longest.appendCodePoint(cps[i % cps.length]);
    }
    edges.add(longest.toString());
    return new Gen<>(
        r -> {
          int length = lengths.sample(r);
          StringBuilder s = new StringBuilder();
          for (int i = 0; i < length; i++) {
            s.appendCodePoint(cps[r.nextInt(cps.length)]);
          }
          return s.toString();
        },
        edges);
  }

  /** Characters whose case mapping or normalisation is known to trip code up. */
  private static final String TRICKY =
      "İıIißẞǅǄǆΣσςﬁŉΐ\u0130\u0131\u00DF\u1E9E\u01C5\u03A3\u03C2\uFB01\u0149\u0390Ωω\u212BÅÅ";

  /** Every kind of white space and invisible character, Unicode's and Java's. */
  private static final String SPACES =
      " \t\n\r\u000B\u000C\u001C\u00A0\u1680\u2000\u2007\u200A\u200B\u200C\u200D\u2028\u2029"
          + "\u202F\u205F\u3000\uFEFF\u0085";

  /**
   * Any Java strings up to {@code maxLength} chars: ASCII, Cyrillic, Vietnamese (composed and
   * decomposed, with combining marks), white space of every kind, characters with tricky case
   * mappings (Turkish I, sharp s, title-case digraphs, final sigma, ligatures), supplementary code
   * points (emoji), lone surrogates, control characters and uniformly random chars. Edge cases: the
   * empty string, one space, NUL, each tricky character alone, a lone combining mark, a lone
   * surrogate of each kind, an emoji and a string of only white space.
   *
   * @param maxLength the most chars, {@code >= 1}
   * @return the generator
   */
  public static Gen<String> unicodeStrings(int maxLength) {
    requireRange(1, maxLength);
    List<String> edges =
        new ArrayList<>(
            List.of(
                "",
                " ",
                "\u0000",
                "\u0301",
                "e\u0301",
                "\uD800",
                "\uDC00",
                "\uDC00\uD800",
                "\uD83D\uDE00",
                SPACES,
                "ΣΑΣ ΟΔΟΣ",
                "MUA GIẤY DÁN TƯỜNG",
                "Ёлка"));
    TRICKY.codePoints().forEach(cp -> edges.add(new String(Character.toChars(cp))));
    edges.removeIf(e -> e.length() > maxLength);
    Gen<Integer> lengths = ints(0, maxLength);
    String latinCyrillicVietnamese =
        "abcxyzABCXYZ0123456789.,!?-«»—АБВабвЁёжщыЪъđĐăâêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệ";
    return new Gen<>(
        r -> {
          int length = lengths.sample(r);
          StringBuilder s = new StringBuilder();
          while (s.length() < length) {
            switch (r.nextInt(8)) {
              case 0, 1 -> s.appendCodePoint(randomCodePoint(r, latinCyrillicVietnamese));
              case 2 -> s.appendCodePoint(randomCodePoint(r, SPACES));
              case 3 -> s.appendCodePoint(randomCodePoint(r, TRICKY));
              case 4 -> s.append((char) (0x0300 + r.nextInt(0x70))); // combining marks
              case 5 -> s.appendCodePoint(0x10000 + r.nextInt(0x10FFFF - 0x10000 + 1));
              case 6 -> s.append((char) (0xD800 + r.nextInt(0x800))); // a lone surrogate
              default -> s.append((char) r.nextInt(0x10000));
            }
          }
          s.setLength(length); // may split a pair: a lone surrogate is a case too
          return s.toString();
        },
        edges);
  }

  /**
   * Pairs of values combined by a function. Edge cases: the combinations of the edge cases of both,
   * at most 64.
   *
   * @param a the first generator
   * @param b the second generator
   * @param f combines one value of each
   * @param <A> the first type
   * @param <B> the second type
   * @param <R> the combined type
   * @return the generator
   */
  public static <A, B, R> Gen<R> zip(
      Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> f) {
    List<R> edges = new ArrayList<>();
    for (A x : a.edgeCases) {
      for (B y : b.edgeCases) {
        if (edges.size() < MAX_EDGE_COMBINATIONS) {
          edges.add(f.apply(x, y));
        }
      }
    }
    return new Gen<R>(r -> f.apply(a.sample(r), b.sample(r)), edges);
  }

  /**
   * {@code count} distinct pseudo-random longs from a seed, fast and without a set: SplitMix64
   * outputs of distinct states (its finaliser {@link Cases#mix64} is a bijection).
   *
   * @param seed the seed
   * @param count how many, {@code >= 0}
   * @return the longs, all different
   */
  public static long[] distinctLongs(long seed, int count) {
    long base = Cases.mix64(seed);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      out[i] = Cases.mix64(base + 0x9E3779B97F4A7C15L * i);
    }
    return out;
  }

  private static int randomCodePoint(SplittableRandom r, String from) {
    int[] cps = from.codePoints().toArray();
    return cps[r.nextInt(cps.length)];
  }

  private static long uniform(SplittableRandom r, long min, long max) {
    if (min == Long.MIN_VALUE && max == Long.MAX_VALUE) {
      return r.nextLong();
    }
    if (max < Long.MAX_VALUE) {
      return r.nextLong(min, max + 1);
    }
    return r.nextLong(min - 1, max) + 1;
  }

  private static String repeat(int codePoint, int times) {
    return new String(Character.toChars(codePoint)).repeat(times);
  }

  private static <T> List<T> cycle(List<T> values, int size) {
    List<T> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(values.get(i % values.size()));
    }
    return Collections.unmodifiableList(out);
  }

  private static <T> List<T> dedupe(List<? extends T> values) {
    Set<T> seen = new LinkedHashSet<>(values);
    return new ArrayList<>(seen);
  }

  private static void requireRange(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException(
          "Gen: the range must not be empty (was " + min + ".." + max + ")");
    }
  }
}
