package org.crmkit.scoring.tier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/** Decimal helpers: one normal form so that equal amounts are equal records, and display text. */
final class Decimals {
  private Decimals() {}

  /** Strips trailing zeros without going to a negative scale: 1000.00 → 1000, 12.50 → 12.5. */
  static BigDecimal normalise(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Formats an amount with grouping and the currency's fraction digits: {@code 1,200.00 CNY}. */
  static String money(BigDecimal amount, Currency currency) {
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
        DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.CEILING); // a gap rounds up: never promise too little
    return format.format(amount) + " " + currency.getCurrencyCode();
  }

  /** Formats a whole number with grouping: {@code 12,000}. */
  static String count(BigDecimal value) {
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.CEILING);
    return format.format(value);
  }
}
