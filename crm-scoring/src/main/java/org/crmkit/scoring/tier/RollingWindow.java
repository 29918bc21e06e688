package org.crmkit.scoring.tier;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Metrics over the trailing N days, the day itself included; reviews every N days counted from
 * enrolment. Immutable.
 *
 * @param days the window length, in [1, 3660]
 */
public record RollingWindow(int days) implements QualificationWindow {

  /**
   * Validates the length.
   *
   * @throws IllegalArgumentException if days is not in [1, 3660]
   */
  public RollingWindow {
    checkArgument(days >= 1 && days <= 3660, "days must be in [1, 3660] but was %s", days);
  }

  @Override
  public DateRange period(LocalDate date, LocalDate enrolledOn) {
    Windows.checkNotBeforeEnrolment(date, enrolledOn);
    long k = ChronoUnit.DAYS.between(enrolledOn, date) / days;
    LocalDate start = enrolledOn.plusDays(k * days);
    return new DateRange(start, start.plusDays(days - 1L));
  }

  @Override
  public DateRange measurement(LocalDate date, LocalDate enrolledOn) {
    Windows.checkNotBeforeEnrolment(date, enrolledOn);
    LocalDate start = date.minusDays(days - 1L);
    return new DateRange(start.isBefore(enrolledOn) ? enrolledOn : start, date);
  }
}
