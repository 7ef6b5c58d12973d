package dev.smmkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smmkit.core.CurrencyMismatchException;
import dev.smmkit.core.Money;
import dev.smmkit.core.ValidationException;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MoneyAndGrowthTest {
  private static final Money SPEND = Money.of("15000.00", "RUB");

  @Test
  void roi_andRoas() {
    assertThat(MoneyMetrics.roi(Money.of(45000, "RUB"), SPEND)).contains(new BigDecimal("2"));
    assertThat(MoneyMetrics.roi(Money.of(10000, "RUB"), SPEND).orElseThrow())
        .isEqualByComparingTo("-0.3333333333333333");
    assertThat(MoneyMetrics.roi(Money.of(1, "RUB"), Money.zero("RUB"))).isEmpty();
    assertThat(MoneyMetrics.roas(Money.of(45000, "RUB"), SPEND).orElseThrow())
        .isEqualByComparingTo("3");
    assertThat(MoneyMetrics.roas(Money.of(1, "RUB"), Money.zero("RUB"))).isEmpty();
    assertThatThrownBy(() -> MoneyMetrics.roi(Money.of(1, "USD"), SPEND))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> MoneyMetrics.roas(Money.of(1, "USD"), SPEND))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> MoneyMetrics.roi(SPEND, Money.of("-1.00", "RUB")))
        .isInstanceOf(ValidationException.class)
        .hasMessage("MoneyMetrics.cost: must be >= 0 (was \"-1.00 RUB\")");
  }

  @Test
  void costPerUnit_metrics_roundHalfEvenToTheCurrencyScale() {
    assertThat(MoneyMetrics.cpm(SPEND, 120_000)).contains(Money.of("125.00", "RUB"));
    assertThat(MoneyMetrics.cpc(SPEND, 7)).contains(Money.of("2142.86", "RUB"));
    assertThat(MoneyMetrics.cpa(SPEND, 30)).contains(Money.of("500.00", "RUB"));
    assertThat(MoneyMetrics.cpl(SPEND, 0)).isEmpty();
    assertThat(MoneyMetrics.cac(Money.of(1_000_000, "VND"), 3)).contains(Money.of(333333, "VND"));
    assertThat(MoneyMetrics.cpp(SPEND, 5_000, 100_000)).contains(Money.of("3000.00", "RUB"));
    assertThat(MoneyMetrics.cpp(SPEND, 0, 100_000)).isEmpty();
    assertThat(MoneyMetrics.cpm(SPEND, 0)).isEmpty();
    assertThat(MoneyMetrics.ctr(30, 1000)).isEqualTo(Rate.of(30, 1000));
    assertThatThrownBy(() -> MoneyMetrics.cpp(SPEND, 1, 0))
        .isInstanceOf(ValidationException.class)
        .hasMessage("MoneyMetrics.population: must be >= 1 (was 0)");
    assertThatThrownBy(() -> MoneyMetrics.cpc(SPEND, -1))
        .isInstanceOf(ValidationException.class)
        .hasMessage("MoneyMetrics.clicks: must be >= 0 (was -1)");
  }

  @Test
  void costPerSubscriber_grossAndNet() {
    // 15 000 RUB for 800 new and 50 lost subscribers
    assertThat(MoneyMetrics.costPerSubscriberGross(SPEND, 800)).contains(Money.of("18.75", "RUB"));
    assertThat(MoneyMetrics.costPerSubscriberNet(SPEND, 800, 50))
        .contains(Money.of("20.00", "RUB"));
    assertThat(MoneyMetrics.costPerSubscriberNet(SPEND, 50, 50)).isEmpty();
    assertThat(MoneyMetrics.costPerSubscriberNet(SPEND, 10, 50)).isEmpty();
    assertThat(MoneyMetrics.costPerSubscriberGross(SPEND, 0)).isEmpty();
    assertThatThrownBy(() -> MoneyMetrics.costPerSubscriberNet(SPEND, 1, -1))
        .isInstanceOf(ValidationException.class)
        .hasMessage("MoneyMetrics.lostSubscribers: must be >= 0 (was -1)");
  }

  @Test
  void growth_churn_response_shareOfVoice_conversion() {
    assertThat(Growth.grossFollowerGrowth(300, 1000)).isEqualTo(Rate.of(300, 1000));
    assertThat(Growth.netFollowerGrowth(300, 400, 1000)).contains(new BigDecimal("-0.1"));
    assertThat(Growth.netFollowerGrowth(1, 0, 0)).isEmpty();
    assertThat(Growth.churn(50, 1000)).isEqualTo(Rate.of(50, 1000));
    assertThat(Growth.responseRate(45, 50)).isEqualTo(Rate.of(45, 50));
    assertThat(Growth.meanResponseTime(Duration.ofMinutes(90), 3)).contains(Duration.ofMinutes(30));
    assertThat(Growth.meanResponseTime(Duration.ZERO, 0)).isEmpty();
    assertThat(Growth.shareOfVoice(30, 120)).isEqualTo(Rate.of(30, 120));
    // Instagram insights: Conversion Rate = Follows / Profile Visits x 100 (row with 2 follows, 35
    // visits)
    assertThat(Growth.conversionRate(2, 35).percent().getAsDouble()).isEqualTo(200.0 / 35);
    assertThatThrownBy(() -> Growth.responseRate(51, 50))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Growth.replied: must not exceed inbound (50) (was 51)");
    assertThatThrownBy(() -> Growth.shareOfVoice(2, 1))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Growth.brandMentions: must not exceed all mentions (1) (was 2)");
    assertThatThrownBy(() -> Growth.netFollowerGrowth(-1, 0, 0))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Growth.gained: must be >= 0 (was -1)");
    assertThatThrownBy(() -> Growth.meanResponseTime(Duration.ofSeconds(-1), 1))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Growth.totalResponseTime: must be >= 0 (was PT-1S)");
  }
}
