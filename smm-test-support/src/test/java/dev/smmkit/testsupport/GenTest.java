package dev.smmkit.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GenTest {

  private static final SplittableRandom RANDOM = new SplittableRandom(1);

  @Test
  void longs_stayInRange_andHaveTheBoundsZeroAndNeighboursAsEdgeCases() {
    assertThat(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE).edgeCases())
        .containsExactly(
            Long.MIN_VALUE, Long.MIN_VALUE + 1, -1L, 0L, 1L, Long.MAX_VALUE - 1, Long.MAX_VALUE);
    assertThat(Gen.longs(5, 9).edgeCases()).containsExactly(5L, 6L, 8L, 9L);
    for (long[] range : new long[][] {{-3, 7}, {0, Long.MAX_VALUE}, {Long.MIN_VALUE, -2}, {5, 5}}) {
      Gen<Long> g = Gen.longs(range[0], range[1]);
      for (int i = 0; i < 10_000; i++) {
        assertThat(g.sample(RANDOM)).isBetween(range[0], range[1]);
      }
    }
  }

  @Test
  void longs_drawSmallValuesToo() {
    Gen<Long> g = Gen.longs(0, Long.MAX_VALUE);
    long small = 0;
    for (int i = 0; i < 10_000; i++) {
      small += g.sample(RANDOM) < 1_000_000 ? 1 : 0;
    }
    assertThat(small).isGreaterThan(300);
  }

  @Test
  void sizes_areLogUniform_withinZeroAndMax() {
    Gen<Integer> g = Gen.sizes(100_000);
    int below10 = 0;
    for (int i = 0; i < 10_000; i++) {
      int n = g.sample(RANDOM);
      assertThat(n).isBetween(0, 100_000);
      below10 += n < 10 ? 1 : 0;
    }
    assertThat(below10).isBetween(1_000, 3_500);
    assertThat(g.edgeCases()).containsExactly(0, 1, 100_000);
  }

  @Test
  void doubles_stayInRange_andHaveOneAndTheNeighboursOfTheBounds() {
    Gen<Double> g = Gen.doubles(0, 3);
    assertThat(g.edgeCases()).containsExactly(0.0, Double.MIN_VALUE, 1.0, Math.nextDown(3.0), 3.0);
    for (int i = 0; i < 10_000; i++) {
      assertThat(g.sample(RANDOM)).isBetween(0.0, 3.0);
    }
  }

  @Test
  void lists_haveEmptySingletonAndFullEdgeCases_andRandomSizesInRange() {
    Gen<List<Integer>> g = Gen.ints(0, 1).list(0, 5);
    assertThat(g.edgeCases())
        .containsExactly(List.of(), List.of(0), List.of(1), List.of(0, 1, 0, 1, 0));
    for (int i = 0; i < 1000; i++) {
      assertThat(g.sample(RANDOM)).hasSizeBetween(0, 5);
    }
  }

  @Test
  void unicodeStrings_coverEmptySurrogatesAndCaseTraps_withinTheLength() {
    Gen<String> g = Gen.unicodeStrings(12);
    assertThat(g.edgeCases()).contains("", " ", "\u0000", "\uD800", "\uD83D\uDE00", "İ", "ß", "ǅ");
    boolean supplementary = false;
    for (int i = 0; i < 5_000; i++) {
      String s = g.sample(RANDOM);
      assertThat(s.length()).isBetween(0, 12);
      supplementary |= s.codePoints().anyMatch(Character::isSupplementaryCodePoint);
    }
    assertThat(supplementary).isTrue();
  }

  @Test
  void strings_useOnlyTheAlphabet() {
    Gen<String> g = Gen.strings("aбđ", 1, 4);
    assertThat(g.edgeCases()).containsExactly("a", "đ", "aбđa");
    for (int i = 0; i < 1000; i++) {
      assertThat(g.sample(RANDOM)).matches("[aбđ]{1,4}");
    }
  }

  @Test
  void zipMapFilterAndOrNull_keepEdgeCases() {
    Gen<String> g = Gen.zip(Gen.ints(0, 1), Gen.elements("a", "b"), (n, s) -> s + n);
    assertThat(g.edgeCases()).containsExactly("a0", "b0", "a1", "b1");
    assertThat(g.map(String::length).edgeCases()).containsExactly(2);
    assertThat(g.filter(s -> s.startsWith("a")).edgeCases()).containsExactly("a0", "a1");
    assertThat(g.orNull(0.5).edgeCases()).startsWith((String) null);
    assertThat(g.withEdgeCases("c7").edgeCases()).endsWith("c7");
    assertThatThrownBy(() -> g.filter(s -> false).sample(RANDOM))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Gen.filter: 10000 draws in a row were rejected");
  }

  @Test
  void badRanges_areRejected() {
    assertThatThrownBy(() -> Gen.longs(2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Gen: the range must not be empty (was 2..1)");
    assertThatThrownBy(() -> Gen.doubles(1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Gen.doubles: bounds must be finite with min < max (was 1.0, 1.0)");
    assertThatThrownBy(() -> Gen.elements(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Gen.elements.values: must not be empty (was [])");
  }

  @Test
  void distinctLongs_areDistinct_andDependOnTheSeed() {
    long[] a = Gen.distinctLongs(7, 100_000);
    assertThat(java.util.Arrays.stream(a).distinct().count()).isEqualTo(100_000);
    assertThat(Gen.distinctLongs(7, 10)).containsExactly(java.util.Arrays.copyOf(a, 10));
    assertThat(Gen.distinctLongs(8, 10)).doesNotContain(a[0], a[1], a[2]);
    assertThat(Gen.distinctLongs(1, 0)).isEmpty();
  }
}
