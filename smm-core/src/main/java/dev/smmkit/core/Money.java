package dev.smmkit.core;

import dev.smmkit.core.internal.BeanValidation;
import dev.smmkit.core.internal.Messages;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;
import org.jspecify.annotations.Nullable;

/**
 * An amount of money in one ISO 4217 currency, held exactly at the currency's scale.
 *
 * <p>Never a {@code double}: the amount is a {@link BigDecimal} with exactly as many decimal places
 * as the currency has (2 for RUB, USD and EUR; 0 for VND and JPY). An amount with more decimal
 * places than its currency allows, or more than 1000 digits before the decimal point, is rejected,
 * never rounded silently; operations that must round (division) take an explicit {@link
 * RoundingMode}. Adding, subtracting or comparing amounts of different currencies throws {@link
 * CurrencyMismatchException}: SMMKit never converts.
 *
 * <p>Arithmetic is delegated to <a href="https://www.joda.org/joda-money/">Joda-Money</a>.
 * Instances are immutable and thread-safe. {@link #equals(Object)} is true for the same currency
 * and the same amount; because the scale is fixed by the currency, {@code 10.00 RUB} equals {@code
 * 10 RUB}.
 */
public final class Money implements Comparable<Money> {
  /** The most digits an amount may have before the decimal point. */
  private static final int MAX_INTEGER_DIGITS = 1000;

  private final org.joda.money.Money value;

  private Money(org.joda.money.Money value) {
    this.value = value;
  }

  /**
   * Creates an amount from its decimal text and currency code.
   *
   * @param amount the amount, such as {@code "15000.00"}; at most the currency's decimal places
   * @param currencyCode an ISO 4217 code such as {@code "RUB"}, {@code "USD"}, {@code "VND"}
   * @return the amount
   * @throws ValidationException if the amount or the currency code is null, the amount is not a
   *     number, has too many decimal places or more than 1000 digits before the decimal point, or
   *     the currency code is not ISO 4217
   */
  public static Money of(@Nullable String amount, @Nullable String currencyCode) {
    if (amount == null) {
      throw invalid("amount", null, "NotNull", "jakarta.validation.constraints.NotNull.message");
    }
    BigDecimal parsed;
    try {
      parsed = new BigDecimal(amount.trim());
    } catch (NumberFormatException e) {
      throw invalid("amount", amount, "Decimal", "smm.money.decimal");
    }
    return of(parsed, currencyCode);
  }

  /**
   * Creates an amount from a decimal and a currency code.
   *
   * @param amount the amount; at most the currency's decimal places
   * @param currencyCode an ISO 4217 code
   * @return the amount
   * @throws ValidationException if the amount is null, has too many decimal places or more than
   *     1000 digits before the decimal point, or the currency code is not ISO 4217
   */
  public static Money of(@Nullable BigDecimal amount, @Nullable String currencyCode) {
    CurrencyUnit unit = currency(currencyCode);
    if (amount == null) {
      throw invalid("amount", null, "NotNull", "jakarta.validation.constraints.NotNull.message");
    }
    int scale = unit.getDecimalPlaces();
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() > scale) {
      throw invalid(
          "amount",
          amount,
          "Scale",
          "smm.money.scale",
          Map.of("scale", scale, "currency", unit.getCode()));
    }
    // Digits before the decimal point; checked before setScale, which would otherwise expand an
    // amount such as 1E+99999999 into a hundred million digits (minutes of CPU) or overflow.
    if ((long) stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
      throw invalid(
          "amount", amount, "Digits", "smm.money.digits", Map.of("digits", MAX_INTEGER_DIGITS));
    }
    return new Money(
        org.joda.money.Money.of(unit, amount.setScale(scale, RoundingMode.UNNECESSARY)));
  }

  /**
   * Creates an amount from a whole number of major units (roubles, dollars, dong).
   *
   * @param majorUnits the whole amount
   * @param currencyCode an ISO 4217 code
   * @return the amount
   * @throws ValidationException if the currency code is not ISO 4217
   */
  public static Money of(long majorUnits, String currencyCode) {
    return of(BigDecimal.valueOf(majorUnits), currencyCode);
  }

  /**
   * The zero amount of a currency.
   *
   * @param currencyCode an ISO 4217 code
   * @return zero in that currency
   * @throws ValidationException if the currency code is not ISO 4217
   */
  public static Money zero(String currencyCode) {
    return new Money(org.joda.money.Money.zero(currency(currencyCode)));
  }

  private static CurrencyUnit currency(@Nullable String code) {
    if (code == null) {
      throw invalid("currency", null, "NotNull", "jakarta.validation.constraints.NotNull.message");
    }
    try {
      return CurrencyUnit.of(code);
    } catch (IllegalCurrencyException e) {
      throw invalid("currency", code, "ISO4217", "smm.money.currency");
    }
  }

  private static ValidationException invalid(
      String field, @Nullable Object value, String rule, String key) {
    return invalid(field, value, rule, key, Map.of());
  }

  private static ValidationException invalid(
      String field, @Nullable Object value, String rule, String key, Map<String, ?> args) {
    Locale locale = BeanValidation.currentLocale();
    return new ValidationException(
        List.of(new Violation("Money." + field, value, rule, Messages.text(locale, key, args))));
  }

  /**
   * The amount, at the currency's scale.
   *
   * @return the amount, such as {@code 15000.00}
   */
  public BigDecimal amount() {
    return value.getAmount();
  }

  /**
   * The ISO 4217 currency code.
   *
   * @return the code, such as {@code RUB}
   */
  public String currency() {
    return value.getCurrencyUnit().getCode();
  }

  /**
   * The number of decimal places of the currency.
   *
   * @return 2 for RUB, USD, EUR; 0 for VND
   */
  public int scale() {
    return value.getCurrencyUnit().getDecimalPlaces();
  }

  /**
   * Adds an amount of the same currency.
   *
   * @param other the amount to add
   * @return the sum
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money plus(Money other) {
    requireSameCurrency("plus", other);
    return new Money(value.plus(other.value));
  }

  /**
   * Subtracts an amount of the same currency.
   *
   * @param other the amount to subtract
   * @return the difference, possibly negative
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money minus(Money other) {
    requireSameCurrency("minus", other);
    return new Money(value.minus(other.value));
  }

  /**
   * Multiplies by a whole number, exactly.
   *
   * @param factor the factor
   * @return the product
   */
  public Money times(long factor) {
    return new Money(value.multipliedBy(factor));
  }

  /**
   * Divides by a whole number, rounding to the currency's scale as the caller says.
   *
   * @param divisor the divisor, not zero
   * @param rounding how to round to the currency's scale
   * @return the quotient
   * @throws ValidationException if the divisor is zero
   */
  public Money dividedBy(long divisor, RoundingMode rounding) {
    if (divisor == 0) {
      throw invalid("dividedBy.divisor", 0L, "NotZero", "smm.money.notZero");
    }
    return new Money(value.dividedBy(divisor, Objects.requireNonNull(rounding, "rounding")));
  }

  /**
   * The exact ratio of this amount to another of the same currency, such as spend over revenue.
   *
   * @param other the denominator amount, not zero
   * @param context precision and rounding of the quotient
   * @return {@code this / other}
   * @throws CurrencyMismatchException if the currencies differ
   * @throws ValidationException if {@code other} is zero
   */
  public BigDecimal ratioTo(Money other, MathContext context) {
    requireSameCurrency("ratioTo", other);
    if (other.isZero()) {
      throw invalid("ratioTo.other", other.toString(), "NotZero", "smm.money.notZero");
    }
    return amount().divide(other.amount(), context);
  }

  /**
   * Whether the amount is zero.
   *
   * @return true for zero
   */
  public boolean isZero() {
    return value.isZero();
  }

  /**
   * Whether the amount is below zero.
   *
   * @return true for a negative amount
   */
  public boolean isNegative() {
    return value.isNegative();
  }

  /**
   * Whether the amount is above zero.
   *
   * @return true for a positive amount
   */
  public boolean isPositive() {
    return value.isPositive();
  }

  /**
   * Whether this amount is the same currency as another.
   *
   * @param other the other amount
   * @return true when the currency codes are equal
   */
  public boolean isSameCurrencyAs(Money other) {
    return value.isSameCurrency(other.value);
  }

  /**
   * Compares amounts of the same currency.
   *
   * @param other the other amount
   * @return negative, zero or positive as this amount is less than, equal to or greater than other
   * @throws CurrencyMismatchException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency("compareTo", other);
    return value.compareTo(other.value);
  }

  private void requireSameCurrency(String operation, Money other) {
    Objects.requireNonNull(other, "other");
    if (!isSameCurrencyAs(other)) {
      throw new CurrencyMismatchException(operation, currency(), other.currency());
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Money m && value.equals(m.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Renders the amount as {@code "15000.00 RUB"}.
   *
   * @return the plain amount, a space and the currency code
   */
  @Override
  public String toString() {
    return amount().toPlainString() + " " + currency();
  }
}
