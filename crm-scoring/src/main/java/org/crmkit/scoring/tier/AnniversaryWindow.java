package org.crmkit.scoring.tier;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Periods of N months from the enrolment day: membership years when N is 12. The k-th period
 * starts on {@code enrolledOn.plusMonths(k·N)}, so a member enrolled on 29 February starts later
 * years on 28 February. Metrics from the period start to the day. Immutable.
 *
 * @param months the period length, in [1, 120]
 */
public record AnniversaryWindow(int months) implements QualificationWindow {

  /**
   * Validates the length.
   *
   * @throws IllegalArgumentException if months is not in [1, 120]
   */
  public AnniversaryWindow {
    checkArgument(months >= 1 && months <= 120, "months must be in [1, 120] but was %s", months);
  }

  /** Returns membership years. */
  public static AnniversaryWindow yearly() {
    return new AnniversaryWindow(12);
  }

  @Override
  public DateRange period(LocalDate date, LocalDate enrolledOn) {
    Windows.checkNotBeforeEnrolment(date, enrolledOn);
    long k = ChronoUnit.MONTHS.between(enrolledOn, date) / months;
    // Month arithmetic clamps day-of-month, so step to the period that really contains the day.
    while (k > 0 && enrolledOn.plusMonths(k * months).isAfter(date)) {
      k--;
    }
    while (!enrolledOn.plusMonths((k + 1) * months).isAfter(date)) {
      k++;
    }
    return new DateRange(enrolledOn.plusMonths(k * months), enrolledOn.plusMonths((k + 1) * months).minusDays(1));
  }

  @Override
  public DateRange measurement(LocalDate date, LocalDate enrolledOn) {
    return new DateRange(period(date, enrolledOn).start(), date);
  }
}
