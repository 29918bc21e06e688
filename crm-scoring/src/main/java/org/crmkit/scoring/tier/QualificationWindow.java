package org.crmkit.scoring.tier;

import java.time.LocalDate;

/**
 * When metrics are measured and when tiers are reviewed. Each window cuts time into consecutive
 * <em>review periods</em>; downgrades happen only at the end of one. The <em>measurement
 * window</em> at a day is what the metrics of that day cover. Nothing before the enrolment day
 * counts. A closed family of immutable records.
 *
 * <ul>
 *   <li>{@link RollingWindow}: metrics over the trailing N days; review periods of N days from
 *       enrolment.
 *   <li>{@link CalendarWindow}: calendar periods of 1, 2, 3, 4, 6 or 12 months from 1 January;
 *       metrics from the period start to the day.
 *   <li>{@link AnniversaryWindow}: periods of N months from the enrolment day (membership
 *       years); metrics from the period start to the day.
 * </ul>
 */
public sealed interface QualificationWindow permits RollingWindow, CalendarWindow, AnniversaryWindow {

  /**
   * Returns the review period that contains a day.
   *
   * @param date the day, not before enrolment
   * @param enrolledOn the enrolment day
   * @return the period
   * @throws IllegalArgumentException if date is before enrolledOn
   */
  DateRange period(LocalDate date, LocalDate enrolledOn);

  /**
   * Returns what the metrics at a day cover: from the start of the window (never before
   * enrolment) to the day itself.
   *
   * @param date the day, not before enrolment
   * @param enrolledOn the enrolment day
   * @return the measurement window
   * @throws IllegalArgumentException if date is before enrolledOn
   */
  DateRange measurement(LocalDate date, LocalDate enrolledOn);
}
