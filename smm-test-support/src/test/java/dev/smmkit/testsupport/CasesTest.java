package dev.smmkit.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CasesTest {

  @AfterEach
  void clearProperties() {
    System.clearProperty(Cases.SEED_PROPERTY);
    System.clearProperty(Cases.CASE_PROPERTY);
    System.clearProperty(Cases.CASES_PROPERTY);
  }

  @Test
  void passingProperty_runsAtLeastTheMinimum_edgeCasesFirst() {
    List<Long> seen = new ArrayList<>();
    Cases.Result result = Cases.check(d -> seen.add(d.draw("x", Gen.longs(0, 10))));
    assertThat(result.cases()).isEqualTo(1000);
    // one more run: the fifth edge case repeats the first, which is how the runner sees the end
    assertThat(seen).hasSize(1001);
    assertThat(result.seed()).isEqualTo(Cases.DEFAULT_SEED);
    // edge cases of 0..10: 0, 1, 9, 10 (the target 0 and its neighbour 1 coincide with the bounds)
    assertThat(result.edgeCases()).isEqualTo(4);
    assertThat(seen.subList(0, 4)).containsExactly(0L, 1L, 9L, 10L);
    assertThat(seen).allMatch(x -> x >= 0 && x <= 10);
    assertThat(new HashSet<>(seen)).hasSize(11);
  }

  @Test
  void edgeCases_enumerateEveryCombination() {
    Set<List<Object>> combos = new HashSet<>();
    Cases.Result result =
        Cases.check(
            d -> {
              long a = d.draw("a", Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE));
              String s = d.draw("s", Gen.elements("x", "y", "z"));
              combos.add(List.of(a, s));
            });
    // 7 long edge cases (MIN, MIN + 1, -1, 0, 1, MAX - 1, MAX) times 2 ("x" and "z")
    assertThat(result.edgeCases()).isEqualTo(14);
    assertThat(combos)
        .contains(
            List.of(Long.MAX_VALUE, "x"),
            List.of(Long.MIN_VALUE, "z"),
            List.of(0L, "x"),
            List.of(Long.MAX_VALUE - 1, "z"));
  }

  @Test
  void failingProperty_reportsSeedCaseDrawnValuesAndTheRerunCommand() {
    PropertyFailure failure =
        catchThrowableOfType(
            PropertyFailure.class,
            () ->
                Cases.check(
                    d -> {
                      long x = d.draw("x", Gen.longs(0, 1_000_000));
                      assertThat(x % 97).as("x mod 97").isNotEqualTo(13);
                    }));
    assertThat(failure.seed()).isEqualTo(Cases.DEFAULT_SEED);
    assertThat(failure.caseId()).matches("\\d+");
    assertThat(failure)
        .hasMessageStartingWith(
            "Property CasesTest#lambda$failingProperty_reportsSeedCaseDrawnValuesAndTheRerunCommand$")
        .hasMessageContaining(
            " failed on random case "
                + failure.caseId()
                + " of a run of 1000 cases with seed 20261124.\n  drawn: x=")
        .hasMessageContaining(
            "rerun just this case: ./mvnw -B -o test -pl smm-test-support -am"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dtest='CasesTest#")
        .hasMessageContaining("-Dsmmkit.seed=20261124 -Dsmmkit.case=" + failure.caseId() + "\n")
        .hasMessageContaining("failure: java.lang.AssertionError: [x mod 97]")
        .hasCauseInstanceOf(AssertionError.class);
  }

  @Test
  void theReportedSeedAndCase_rerunExactlyTheFailingCase() {
    Cases.Property property =
        d -> {
          long x = d.draw("x", Gen.longs(0, 1_000_000));
          String s = d.draw("s", Gen.unicodeStrings(20));
          assertThat(x % 89).isNotEqualTo(5);
          assertThat(s).isNotNull();
        };
    System.setProperty(Cases.SEED_PROPERTY, "42");
    PropertyFailure first = catchThrowableOfType(PropertyFailure.class, () -> check(property));
    assertThat(first.seed()).isEqualTo(42);
    String drawn = drawnLine(first);

    System.setProperty(Cases.CASE_PROPERTY, first.caseId());
    PropertyFailure again = catchThrowableOfType(PropertyFailure.class, () -> check(property));
    assertThat(again.caseId()).isEqualTo(first.caseId());
    assertThat(drawnLine(again)).isEqualTo(drawn);

    // another seed draws other values
    System.clearProperty(Cases.CASE_PROPERTY);
    System.setProperty(Cases.SEED_PROPERTY, "43");
    PropertyFailure other = catchThrowableOfType(PropertyFailure.class, () -> check(property));
    assertThat(drawnLine(other)).isNotEqualTo(drawn);
  }

  @Test
  void aFailingEdgeCase_isReportedAsOne_andRerunsByItsId() {
    Cases.Property property =
        d -> assertThat(d.draw("n", Gen.longs(0, Long.MAX_VALUE))).isLessThan(Long.MAX_VALUE);
    PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () -> check(property));
    assertThat(failure.caseId()).isEqualTo("e3");
    assertThat(failure)
        .hasMessageContaining("failed on edge case e3")
        .hasMessageContaining("drawn: n=9223372036854775807")
        .hasMessageContaining("-Dsmmkit.case=e3");
    System.setProperty(Cases.CASE_PROPERTY, "e3");
    assertThatThrownBy(() -> check(property))
        .isInstanceOf(PropertyFailure.class)
        .hasMessageContaining("drawn: n=9223372036854775807");
    System.setProperty(Cases.CASE_PROPERTY, "e0");
    assertThat(check(property).cases()).isEqualTo(1);
  }

  @Test
  void casesProperty_raisesTheCount_neverLowersIt() {
    System.setProperty(Cases.CASES_PROPERTY, "3000");
    assertThat(Cases.check(d -> d.draw("x", Gen.ints(0, 3))).cases()).isEqualTo(3000);
    System.setProperty(Cases.CASES_PROPERTY, "10");
    assertThat(Cases.check(d -> d.draw("x", Gen.ints(0, 3))).cases()).isEqualTo(1000);
  }

  @Test
  void fewerThanTheMinimum_isRejected() {
    assertThatThrownBy(() -> Cases.check(999, d -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cases.check.cases: must be >= 1000 (was 999)");
  }

  @Test
  void checkedExceptions_failTheCaseToo() {
    assertThatThrownBy(
            () ->
                Cases.check(
                    d -> {
                      throw new java.io.IOException("boom");
                    }))
        .isInstanceOf(PropertyFailure.class)
        .hasMessageContaining("failure: java.io.IOException: boom")
        .hasCauseInstanceOf(java.io.IOException.class);
  }

  private static Cases.Result check(Cases.Property property) {
    return Cases.check(property);
  }

  private static String drawnLine(Throwable failure) {
    return failure.getMessage().lines().filter(l -> l.contains("drawn:")).findFirst().orElseThrow();
  }
}
