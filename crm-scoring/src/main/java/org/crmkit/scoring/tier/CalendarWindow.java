package org.crmkit.scoring.tier;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;

/**
 * Fixed calendar periods of 1, 2, 3, 4, 6 or 12 months from 1 January (month, quarter,
 * half-year, year …); metrics from the period start (or enrolment, if later) to the day.
 * Immutable.
 *
 * @param months the period length, a divisor of 12
 */
public record CalendarWindow(int months) implements QualificationWindow {

  /**
   * Validates the length.
   *
   * @throws IllegalArgumentException if months does not divide 12
   */
  public CalendarWindow {
    checkArgument(months >= 1 && months <= 12 && 12 % months == 0,
        "months must be one of 1, 2, 3, 4, 6, 12 but was %s", months);
  }

  /** Returns calendar years. */
  public static CalendarWindow year() {
    return new CalendarWindow(12);
  }

  /** Returns calendar quarters. */
  public static CalendarWindow quarter() {
    return new CalendarWindow(3);
  }

  @Override
  public DateRange period(LocalDate date, LocalDate enrolledOn) {
    Windows.checkNotBeforeEnrolment(date, enrolledOn);
    int firstMonth = (date.getMonthValue() - 1) / months * months + 1;
    LocalDate start = LocalDate.of(date.getYear(), firstMonth, 1);
    return new DateRange(start, start.plusMonths(months).minusDays(1));
  }

  @Override
  public DateRange measurement(LocalDate date, LocalDate enrolledOn) {
    LocalDate start = period(date, enrolledOn).start();
    return new DateRange(start.isBefore(enrolledOn) ? enrolledOn : start, date);
  }
}
