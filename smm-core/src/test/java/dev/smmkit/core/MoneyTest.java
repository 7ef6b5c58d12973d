package dev.smmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smmkit.testsupport.Cases;
import dev.smmkit.testsupport.Gen;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void of_keepsTheCurrencyScale() {
    Money budget = Money.of("15000", "RUB");
    assertThat(budget.amount()).isEqualByComparingTo("15000").hasToString("15000.00");
    assertThat(budget.currency()).isEqualTo("RUB");
    assertThat(budget.scale()).isEqualTo(2);
    assertThat(budget).hasToString("15000.00 RUB").isEqualTo(Money.of(15000, "RUB"));
    assertThat(Money.of("250000", "VND").amount()).hasToString("250000");
  }

  @Test
  void of_tooManyDecimalPlaces_isRejectedNotRounded() {
    assertThatThrownBy(() -> Money.of("10.005", "RUB"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Money.amount: must have at most 2 decimal places for RUB (was 10.005)");
    assertThatThrownBy(() -> Money.of("1.5", "VND"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Money.amount: must have at most 0 decimal places for VND (was 1.5)");
  }

  @Test
  void of_trailingZerosBeyondScale_areAccepted() {
    assertThat(Money.of("10.5000", "RUB")).isEqualTo(Money.of("10.50", "RUB"));
  }

  @Test
  void of_unknownCurrency_isRejected() {
    assertThatThrownBy(() -> Money.of("1", "ZZZ"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Money.currency: must be an ISO 4217 currency code (was \"ZZZ\")");
  }

  @Test
  void of_nullsAndJunk_areRejected() {
    assertThatThrownBy(() -> Money.of((String) null, "RUB"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Money.amount: must not be null (was null)");
    assertThatThrownBy(() -> Money.of((BigDecimal) null, "RUB"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Money.amount: must not be null (was null)");
    assertThatThrownBy(() -> Money.of("1", null))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Money.currency: must not be null (was null)");
    assertThatThrownBy(() -> Money.of("ten", "RUB"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Money.amount: must be a decimal number (was \"ten\")");
  }

  @Test
  void mixingCurrencies_isAnError_notAConversion() {
    Money rub = Money.of(100, "RUB");
    Money usd = Money.of(100, "USD");
    assertThatThrownBy(() -> rub.plus(usd))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("Money.plus: currencies must match, no conversion is done (was RUB and USD)");
    assertThatThrownBy(() -> rub.minus(usd)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> rub.compareTo(usd))
        .isInstanceOf(CurrencyMismatchException.class)
        .satisfies(
            e -> {
              CurrencyMismatchException c = (CurrencyMismatchException) e;
              assertThat(c.expected()).isEqualTo("RUB");
              assertThat(c.actual()).isEqualTo("USD");
            });
    assertThatThrownBy(() -> rub.ratioTo(usd, MathContext.DECIMAL64))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void arithmetic_isExact() {
    Money a = Money.of("0.10", "USD");
    Money b = Money.of("0.20", "USD");
    assertThat(a.plus(b)).isEqualTo(Money.of("0.30", "USD"));
    assertThat(a.minus(b)).isEqualTo(Money.of("-0.10", "USD"));
    assertThat(a.minus(b).isNegative()).isTrue();
    assertThat(a.times(3)).isEqualTo(Money.of("0.30", "USD"));
    assertThat(Money.of(15000, "RUB").dividedBy(7, RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("2142.86", "RUB"));
    assertThat(Money.of(30, "RUB").ratioTo(Money.of(20, "RUB"), MathContext.DECIMAL64))
        .isEqualByComparingTo("1.5");
    assertThat(a.compareTo(b)).isNegative();
    assertThat(Money.zero("EUR").isZero()).isTrue();
    assertThat(a.isPositive()).isTrue();
    assertThat(a.isSameCurrencyAs(Money.zero("USD"))).isTrue();
  }

  @Test
  void division_byZero_isRejected() {
    assertThatThrownBy(() -> Money.of(1, "RUB").dividedBy(0, RoundingMode.HALF_UP))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Money.dividedBy.divisor: must not be zero (was 0)");
    assertThatThrownBy(() -> Money.of(1, "RUB").ratioTo(Money.zero("RUB"), MathContext.DECIMAL64))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Money.ratioTo.other: must not be zero (was \"0.00 RUB\")");
  }

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(Money.class).withNonnullFields("value").verify();
  }

  @Test
  void plusThenMinus_isIdentity_andPlusCommutes() {
    // minor units (kopecks) from -10^9 to 10^9; edge cases: both bounds, their neighbours, -1, 0, 1
    Gen<Long> minor = Gen.longs(-1_000_000_000L, 1_000_000_000L);
    Cases.check(
        d -> {
          Money a = Money.of(BigDecimal.valueOf(d.draw("aMinor", minor), 2), "RUB");
          Money b = Money.of(BigDecimal.valueOf(d.draw("bMinor", minor), 2), "RUB");
          assertThat(a.plus(b).minus(b)).isEqualTo(a);
          assertThat(a.plus(b)).isEqualTo(b.plus(a));
        });
  }
}
