package org.crmkit.core.customer;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The value of a host-defined customer attribute: text, decimal number, flag or date.
 * Implementations are immutable records.
 */
public sealed interface AttributeValue {

  /**
   * Returns a text value.
   *
   * @param value the text (up to 1000 characters)
   * @return the value
   */
  static AttributeValue ofText(String value) {
    return new Text(value);
  }

  /**
   * Returns a decimal value.
   *
   * @param value the number
   * @return the value
   */
  static AttributeValue ofDecimal(BigDecimal value) {
    return new Decimal(value);
  }

  /**
   * Returns a flag value.
   *
   * @param value the flag
   * @return the value
   */
  static AttributeValue ofFlag(boolean value) {
    return new Flag(value);
  }

  /**
   * Returns a date value.
   *
   * @param value the date
   * @return the value
   */
  static AttributeValue ofDate(LocalDate value) {
    return new Date(value);
  }

  /**
   * Text, at most 1000 characters.
   *
   * @param value the text
   */
  record Text(String value) implements AttributeValue {
    /** Validates the length. */
    public Text {
      requireNonNull(value, "value");
      if (value.length() > 1000) {
        throw new IllegalArgumentException(
            "text attribute must be at most 1000 characters but was " + value.length());
      }
    }

    @Override
    public String toString() {
      return "Text[redacted]";
    }
  }

  /**
   * A decimal number, stripped of trailing zeros so that equal numbers are equal values.
   *
   * @param value the number
   */
  record Decimal(BigDecimal value) implements AttributeValue {
    /** Normalises the scale. */
    public Decimal {
      requireNonNull(value, "value");
      BigDecimal stripped = value.stripTrailingZeros();
      value = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
  }

  /**
   * A yes/no flag.
   *
   * @param value the flag
   */
  record Flag(boolean value) implements AttributeValue {}

  /**
   * A calendar date.
   *
   * @param value the date
   */
  record Date(LocalDate value) implements AttributeValue {
    /** Rejects null. */
    public Date {
      requireNonNull(value, "value");
    }
  }
}
