package org.crmkit.core.followup;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A holiday for customer care (节日关怀) on a calendar date. Immutable. Lunar holidays (Spring
 * Festival, Mid-Autumn) move each year, so a calendar lists dates, and {@link #yearly} expands a
 * fixed month-day over years.
 *
 * @param code a short code such as {@code spring-festival}, {@code [a-z0-9][a-z0-9-]{0,63}}
 * @param date the date
 */
public record Holiday(String code, LocalDate date) {
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  /**
   * Validates the holiday.
   *
   * @throws IllegalArgumentException if the code is malformed
   */
  public Holiday {
    requireNonNull(code, "code");
    checkArgument(CODE.matcher(code).matches(), "code must match [a-z0-9][a-z0-9-]{0,63} but was '%s'", code);
    requireNonNull(date, "date");
  }

  /**
   * Returns a holiday on a date.
   *
   * @param code the code
   * @param date the date
   * @return the holiday
   */
  public static Holiday on(String code, LocalDate date) {
    return new Holiday(code, date);
  }

  /**
   * Returns a fixed-date holiday in each year of {@code [fromYear, toYear]}.
   *
   * @param code the code
   * @param day the month and day (29 February falls on 28 February in other years)
   * @param fromYear the first year
   * @param toYear the last year, not before {@code fromYear}
   * @return one holiday per year
   */
  public static List<Holiday> yearly(String code, MonthDay day, int fromYear, int toYear) {
    requireNonNull(day, "day");
    checkArgument(toYear >= fromYear, "toYear must be >= fromYear but was %s < %s", toYear, fromYear);
    List<Holiday> out = new ArrayList<>();
    for (int y = fromYear; y <= toYear; y++) {
      out.add(new Holiday(code, day.atYear(y)));
    }
    return out;
  }
}
