package org.crmkit.core.json;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/** Codecs of the JSON scalars the model is made of. Stateless. */
final class Scalars {
  private Scalars() {}

  /** Decimals beyond this many digits before or after the point are refused (a 1e999999999 bomb). */
  private static final int MAX_DECIMAL_DIGITS = 100;

  /** Any JSON string, unchanged. */
  static final Codec<String> STRING = Codec.of(
      (g, v) -> g.writeString(v),
      n -> {
        if (n.type() != Node.Type.STRING) {
          throw n.wrongType("a string");
        }
        return n.text();
      });

  /** A JSON integer in the 32-bit range. */
  static final Codec<Integer> INT = Codec.of(
      (g, v) -> g.writeNumber(v.intValue()),
      n -> {
        long value = integer(n);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
          throw n.fail("expected a 32-bit integer but the number is out of range");
        }
        return (int) value;
      });

  /** A JSON integer in the 64-bit range. */
  static final Codec<Long> LONG = Codec.of((g, v) -> g.writeNumber(v.longValue()), Scalars::integer);

  /** {@code true} or {@code false}. */
  static final Codec<Boolean> BOOLEAN = Codec.of(
      (g, v) -> g.writeBoolean(v),
      n -> {
        if (n.type() != Node.Type.BOOLEAN) {
          throw n.wrongType("true or false");
        }
        return Boolean.valueOf(n.text());
      });

  /**
   * An exact decimal, written as a JSON string in plain notation ({@code "1200.50"}) so that no
   * reader turns it into a binary floating-point number; read from such a string or a JSON number.
   */
  static final Codec<BigDecimal> DECIMAL = Codec.of(
      (g, v) -> g.writeString(v.toPlainString()),
      n -> {
        if (n.type() != Node.Type.STRING && n.type() != Node.Type.INTEGER && n.type() != Node.Type.DECIMAL) {
          throw n.wrongType("a decimal number as a string such as \"1200.50\"");
        }
        BigDecimal value;
        try {
          value = new BigDecimal(n.text().strip());
        } catch (NumberFormatException e) {
          throw n.fail("expected a decimal number such as \"1200.50\"");
        }
        if (value.scale() > MAX_DECIMAL_DIGITS || value.precision() - value.scale() > MAX_DECIMAL_DIGITS) {
          throw n.fail("decimal must have at most " + MAX_DECIMAL_DIGITS + " digits before and after the point");
        }
        return value;
      });

  /** An instant in ISO-8601 UTC form, {@code 2024-05-01T08:30:00Z} ({@link Instant#toString()}). */
  static final Codec<Instant> INSTANT = time("an ISO-8601 instant such as \"2024-05-01T08:30:00Z\"",
      Instant::toString, Instant::parse);

  /** A date in ISO-8601 form, {@code 2024-05-01}. */
  static final Codec<LocalDate> LOCAL_DATE = time("an ISO-8601 date such as \"2024-05-01\"",
      LocalDate::toString, LocalDate::parse);

  /** A duration in ISO-8601 form, {@code PT1M30S}. */
  static final Codec<Duration> DURATION = time("an ISO-8601 duration such as \"PT1M30S\"",
      Duration::toString, Duration::parse);

  /** A currency as its ISO 4217 code, {@code CNY}. */
  static final Codec<Currency> CURRENCY = Codec.of(
      (g, v) -> g.writeString(v.getCurrencyCode()),
      n -> {
        if (n.type() != Node.Type.STRING) {
          throw n.wrongType("an ISO 4217 currency code such as \"CNY\"");
        }
        try {
          return Currency.getInstance(n.text());
        } catch (IllegalArgumentException e) {
          throw n.fail("expected an ISO 4217 currency code such as \"CNY\"");
        }
      });

  private static long integer(Node n) {
    if (n.type() != Node.Type.INTEGER) {
      throw n.wrongType("an integer");
    }
    try {
      return Long.parseLong(n.text());
    } catch (NumberFormatException e) {
      throw n.fail("expected a 64-bit integer but the number is out of range");
    }
  }

  private static <T> Codec<T> time(String expected, java.util.function.Function<T, String> format,
      java.util.function.Function<String, T> parse) {
    return Codec.of(
        (g, v) -> g.writeString(format.apply(v)),
        n -> {
          if (n.type() != Node.Type.STRING) {
            throw n.wrongType(expected);
          }
          try {
            return parse.apply(n.text());
          } catch (DateTimeParseException | ArithmeticException e) {
            throw n.fail("expected " + expected);
          }
        });
  }

  /**
   * Returns the codec of an enum written as its constant name, {@code "INDIVIDUAL"}.
   *
   * @param type the enum class
   * @param <E> the enum
   * @return the codec
   */
  static <E extends Enum<E>> Codec<E> enumOf(Class<E> type) {
    List<E> constants = Arrays.asList(type.getEnumConstants());
    String names = EnumSet.allOf(type).stream().map(Enum::name).collect(Collectors.joining(", "));
    return Codec.of(
        (g, v) -> g.writeString(v.name()),
        n -> {
          if (n.type() == Node.Type.STRING) {
            for (E e : constants) {
              if (e.name().equals(n.text())) {
                return e;
              }
            }
          }
          throw n.fail("expected one of " + names);
        });
  }

  /**
   * Returns the codec of a list written as a JSON array.
   *
   * @param item the item codec
   * @param <T> the item type
   * @return the codec
   */
  static <T> Codec<List<T>> listOf(Codec<T> item) {
    return Codec.of(
        (g, values) -> {
          g.writeStartArray();
          for (T v : values) {
            item.write(g, v);
          }
          g.writeEndArray();
        },
        n -> {
          if (n.type() != Node.Type.ARRAY) {
            throw n.wrongType("an array");
          }
          return n.items().stream().map(i -> {
            if (i.isNull()) {
              throw i.fail("array items must not be null");
            }
            return item.read(i);
          }).collect(Collectors.toList());
        });
  }
}
