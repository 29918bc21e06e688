package org.crmkit.privacy.mask;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.crmkit.core.customer.Region;

/**
 * Generalisation operators: a value is replaced by a coarser one that contains it. Pure and
 * thread-safe.
 *
 * <p>Bands are written {@code [lo,hi)} for a half-open interval and {@code [lo,)} for the top
 * band, with plain decimal bounds; a value below the lowest bound is written {@code (,lo)}.
 */
public final class Generalisations {
  /** Bounds of money amounts: order of magnitude from 0 to 1,000,000. */
  public static final List<BigDecimal> MONEY_BOUNDS = bounds(0, 100, 1_000, 10_000, 100_000, 1_000_000);
  /** Bounds of yearly incomes. */
  public static final List<BigDecimal> INCOME_BOUNDS =
      bounds(0, 50_000, 100_000, 200_000, 500_000, 1_000_000);

  /** The labels of {@link #band} for the two standard bound lists, in the order band returns them. */
  private static final String[] MONEY_LABELS = labels(MONEY_BOUNDS);
  private static final String[] INCOME_LABELS = labels(INCOME_BOUNDS);
  /** The labels of {@link #magnitude} for exponents -MAX_EXPONENT to MAX_EXPONENT, positive then negative. */
  private static final int MAX_EXPONENT = 40;
  private static final String[] POSITIVE = new String[2 * MAX_EXPONENT + 1];
  private static final String[] NEGATIVE = new String[2 * MAX_EXPONENT + 1];

  static {
    for (int e = -MAX_EXPONENT; e <= MAX_EXPONENT; e++) {
      POSITIVE[e + MAX_EXPONENT] = magnitudeLabel(1, e);
      NEGATIVE[e + MAX_EXPONENT] = magnitudeLabel(-1, e);
    }
  }

  private Generalisations() {}

  private static String[] labels(List<BigDecimal> bounds) {
    String[] out = new String[bounds.size() + 1];
    out[0] = "(," + plain(bounds.get(0)) + ")";
    for (int i = 1; i < bounds.size(); i++) {
      out[i] = "[" + plain(bounds.get(i - 1)) + "," + plain(bounds.get(i)) + ")";
    }
    out[bounds.size()] = "[" + plain(bounds.get(bounds.size() - 1)) + ",)";
    return out;
  }

  private static List<BigDecimal> bounds(long... values) {
    BigDecimal[] out = new BigDecimal[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = BigDecimal.valueOf(values[i]);
    }
    return List.of(out);
  }

  /**
   * Returns the band of {@code bounds} that contains a value.
   *
   * @param value the value
   * @param bounds strictly increasing bounds, at least one
   * @return the band, for example {@code [100,1000)}
   * @throws IllegalArgumentException if the bounds are empty or not strictly increasing
   */
  public static String band(BigDecimal value, List<BigDecimal> bounds) {
    requireNonNull(value, "value");
    requireNonNull(bounds, "bounds");
    if (bounds == MONEY_BOUNDS || bounds == INCOME_BOUNDS) {
      // Known to be valid: skip the checks and use the labels made once.
      String[] labels = bounds == MONEY_BOUNDS ? MONEY_LABELS : INCOME_LABELS;
      int i = 0;
      while (i < bounds.size() && value.compareTo(bounds.get(i)) >= 0) {
        i++;
      }
      return labels[i];
    }
    checkArgument(!bounds.isEmpty(), "bounds must not be empty but was empty");
    for (int i = 1; i < bounds.size(); i++) {
      checkArgument(bounds.get(i - 1).compareTo(bounds.get(i)) < 0,
          "bounds must be strictly increasing but bound %s was not above bound %s", i, i - 1);
    }
    if (value.compareTo(bounds.get(0)) < 0) {
      return "(," + plain(bounds.get(0)) + ")";
    }
    for (int i = 1; i < bounds.size(); i++) {
      if (value.compareTo(bounds.get(i)) < 0) {
        return "[" + plain(bounds.get(i - 1)) + "," + plain(bounds.get(i)) + ")";
      }
    }
    return "[" + plain(bounds.get(bounds.size() - 1)) + ",)";
  }

  /**
   * Returns the order-of-magnitude band of a number: {@code 0} for zero, {@code [10^k,10^(k+1))}
   * for a positive number, and the mirror image for a negative one.
   *
   * @param value the number
   * @return the band, for example {@code [100,1000)} for 150 or {@code [0.1,1)} for 0.5
   */
  public static String magnitude(BigDecimal value) {
    requireNonNull(value, "value");
    if (value.signum() == 0) {
      return "0";
    }
    int exponent = value.precision() - value.scale() - 1;
    if (exponent >= -MAX_EXPONENT && exponent <= MAX_EXPONENT) {
      return (value.signum() > 0 ? POSITIVE : NEGATIVE)[exponent + MAX_EXPONENT];
    }
    return magnitudeLabel(value.signum(), exponent);
  }

  private static String magnitudeLabel(int signum, int exponent) {
    BigDecimal lo = BigDecimal.ONE.scaleByPowerOfTen(exponent);
    BigDecimal hi = BigDecimal.ONE.scaleByPowerOfTen(exponent + 1);
    if (signum > 0) {
      return "[" + plain(lo) + "," + plain(hi) + ")";
    }
    return "(-" + plain(hi) + ",-" + plain(lo) + "]";
  }

  /**
   * Returns the ten-year band of an age.
   *
   * @param age the age in years, at least 0
   * @return for example {@code 30-39}
   * @throws IllegalArgumentException if the age is negative
   */
  public static String ageBand(int age) {
    checkArgument(age >= 0, "age must be >= 0 but was %s", age);
    int lo = age / 10 * 10;
    return lo + "-" + (lo + 9);
  }

  /**
   * Returns the year of a date.
   *
   * @param date the date
   * @return for example {@code 1990}
   */
  public static String year(LocalDate date) {
    requireNonNull(date, "date");
    return String.valueOf(date.getYear());
  }

  /**
   * Returns the month of a date.
   *
   * @param date the date
   * @return for example {@code 1990-05}
   */
  public static String month(LocalDate date) {
    requireNonNull(date, "date");
    int y = date.getYear();
    if (y < 0 || y > 9999) {
      String s = date.toString();
      return s.substring(0, s.length() - 3);
    }
    // What LocalDate.toString() shows before "-dd" for these years: four digits, then "-MM".
    int m = date.getMonthValue();
    char[] c = {(char) ('0' + y / 1000), (char) ('0' + y / 100 % 10), (char) ('0' + y / 10 % 10),
      (char) ('0' + y % 10), '-', (char) ('0' + m / 10), (char) ('0' + m % 10)};
    return new String(c);
  }

  /**
   * Returns the month of an instant, in UTC.
   *
   * @param instant the instant
   * @return for example {@code 2025-03}
   */
  public static String month(Instant instant) {
    requireNonNull(instant, "instant");
    return month(instant.atOffset(ZoneOffset.UTC).toLocalDate());
  }

  /**
   * Returns the region one level up: a city's province, a province's country; a country stays.
   *
   * @param region the region
   * @return the parent region
   */
  public static Region parent(Region region) {
    requireNonNull(region, "region");
    if (region.city().isPresent()) {
      return new Region(region.countryCode(), region.province(), Optional.empty());
    }
    return Region.ofCountry(region.countryCode());
  }

  private static String plain(BigDecimal b) {
    BigDecimal s = b.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }
}
