package org.crmkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * An amount of money in one currency. Immutable.
 *
 * <p>Arithmetic across currencies fails loudly rather than converting or dropping data.
 * Equality is numeric: {@code 1.0 CNY} equals {@code 1.00 CNY} (the amount is stripped of
 * trailing zeros on construction).
 *
 * @param amount the amount, any sign
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  /** Validates and normalises the amount's scale. */
  public Money {
    requireNonNull(amount, "amount");
    requireNonNull(currency, "currency");
    amount = normalise(amount);
  }

  private static BigDecimal normalise(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Returns an amount in a currency.
   *
   * @param amount the amount
   * @param currencyCode the ISO 4217 code, for example {@code CNY}
   * @return the money
   * @throws IllegalArgumentException if the currency code is unknown
   */
  public static Money of(BigDecimal amount, String currencyCode) {
    requireNonNull(currencyCode, "currencyCode");
    return new Money(amount, currency(currencyCode));
  }

  /**
   * Returns an amount in a currency, parsed from decimal text.
   *
   * @param amount decimal text such as {@code "1200.50"}
   * @param currencyCode the ISO 4217 code
   * @return the money
   * @throws IllegalArgumentException if the amount is not a decimal number or the code is unknown
   */
  public static Money of(String amount, String currencyCode) {
    requireNonNull(amount, "amount");
    BigDecimal value;
    try {
      value = new BigDecimal(amount.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("amount must be a decimal number but was '" + amount + "'", e);
    }
    return of(value, currencyCode);
  }

  /**
   * Returns zero in a currency.
   *
   * @param currency the currency
   * @return zero
   */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  private static Currency currency(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code but was '" + code + "'", e);
    }
  }

  /**
   * Returns the sum.
   *
   * @param other an amount in the same currency
   * @return this plus other
   * @throws IllegalArgumentException if the currencies differ
   */
  public Money plus(Money other) {
    checkSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /**
   * Returns the difference.
   *
   * @param other an amount in the same currency
   * @return this minus other
   * @throws IllegalArgumentException if the currencies differ
   */
  public Money minus(Money other) {
    checkSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /** Returns whether the amount is below zero. */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** Returns whether the amount is zero. */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  private void checkSameCurrency(Money other) {
    requireNonNull(other, "other");
    checkArgument(
        currency.equals(other.currency),
        "currency must be %s but was %s",
        currency.getCurrencyCode(),
        other.currency.getCurrencyCode());
  }

  /**
   * Compares amounts of the same currency.
   *
   * @throws IllegalArgumentException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    checkSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
