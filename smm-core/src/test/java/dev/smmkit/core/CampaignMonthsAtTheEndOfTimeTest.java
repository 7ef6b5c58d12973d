package dev.smmkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CampaignMonthsAtTheEndOfTimeTest {
  private static Campaign.Builder campaign() {
    return Samples.wallpaperShop().toBuilder().contentPlan(List.of());
  }

  @ParameterizedTest
  @CsvSource({
    "2026-01-15",
    "2026-01-01",
    "+999999999-12-01",
    "+999999999-12-31",
    "+999999999-01-31"
  })
  void months_toLocalDateMax_countEveryMonthFromTheStartsMonth(LocalDate start) {
    Campaign c = campaign().start(start).end(LocalDate.MAX).build();

    long expected = ChronoUnit.MONTHS.between(start.withDayOfMonth(1), LocalDate.MAX) + 1;
    assertThat(c.months()).isEqualTo(expected);
    assertThat(c.totalBudget().amount())
        .isEqualByComparingTo(
            Samples.wallpaperShop()
                .monthlyBudget()
                .amount()
                .multiply(BigDecimal.valueOf(expected)));
  }

  @Test
  void months_justBeforeLocalDateMax_agreesWithTheRuleForOtherEnds() {
    LocalDate end = LocalDate.MAX.minusDays(1);

    assertThat(campaign().start(end.withDayOfMonth(1)).end(end).build().months()).isEqualTo(1);
    assertThat(
            campaign()
                .start(LocalDate.of(2026, 1, 15))
                .end(LocalDate.of(2026, 2, 14))
                .build()
                .months())
        .isEqualTo(1);
  }
}
