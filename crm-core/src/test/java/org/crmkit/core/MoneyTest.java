package org.crmkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {
  private static final Money CNY_100 = Money.of("100", "CNY");
  private static final Money USD_100 = Money.of("100", "USD");

  @Test
  void of_trailingZeros_areNotSignificant() {
    assertEquals(Money.of("1200.5", "CNY"), Money.of("1200.50", "CNY"));
    assertEquals(new BigDecimal("1200.5"), Money.of("1200.50", "CNY").amount());
  }

  @Test
  void of_exponent_isNormalisedToScaleZero() {
    Money m = Money.of(new BigDecimal("1E+3"), "CNY");
    assertEquals(0, m.amount().scale());
    assertEquals("1000 CNY", m.toString());
  }

  @Test
  void of_currencyCode_isResolved() {
    assertEquals(Currency.getInstance("CNY"), CNY_100.currency());
  }

  @Test
  void of_unknownCurrency_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.of("1", "NOPE"));
    assertTrue(e.getMessage().startsWith("currency must be an ISO 4217 code"), e.getMessage());
  }

  @Test
  void of_textThatIsNoNumber_throws() {
    assertThrows(IllegalArgumentException.class, () -> Money.of("12,5", "CNY"));
  }

  @Test
  void of_null_throws() {
    assertThrows(NullPointerException.class, () -> new Money(null, Currency.getInstance("CNY")));
    assertThrows(NullPointerException.class, () -> new Money(BigDecimal.ONE, null));
  }

  @Test
  void plusAndMinus_sameCurrency_areExact() {
    assertEquals(Money.of("100.3", "CNY"), Money.of("0.1", "CNY").plus(Money.of("100.2", "CNY")));
    assertEquals(Money.of("-0.01", "CNY"), Money.of("0.1", "CNY").minus(Money.of("0.11", "CNY")));
  }

  @Test
  void plus_currencyMismatch_failsLoudly() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CNY_100.plus(USD_100));
    assertEquals("currency must be CNY but was USD", e.getMessage());
  }

  @Test
  void minus_currencyMismatch_failsLoudly() {
    assertThrows(IllegalArgumentException.class, () -> CNY_100.minus(USD_100));
  }

  @Test
  void compareTo_currencyMismatch_failsLoudly() {
    assertThrows(IllegalArgumentException.class, () -> CNY_100.compareTo(USD_100));
  }

  @Test
  void compareTo_sameCurrency_comparesAmounts() {
    assertTrue(Money.of("99.99", "CNY").compareTo(CNY_100) < 0);
    assertEquals(0, Money.of("100.00", "CNY").compareTo(CNY_100));
  }

  @Test
  void equals_differentCurrencies_areNotEqual() {
    assertNotEquals(CNY_100, USD_100);
  }

  @Test
  void zeroAndSign_areReported() {
    Money zero = Money.zero(Currency.getInstance("CNY"));
    assertTrue(zero.isZero());
    assertFalse(zero.isNegative());
    assertTrue(zero.minus(CNY_100).isNegative());
    assertFalse(CNY_100.isZero());
  }
}
