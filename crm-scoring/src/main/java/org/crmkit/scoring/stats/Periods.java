package org.crmkit.scoring.stats;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAdjusters;
import java.util.function.Function;

/**
 * Period buckets for trends: functions from an instant to the period it falls in, in an explicit
 * time zone. Compose them with a value's time, for example {@code
 * Periods.month(zone).compose(SurveyResponse::occurredAt)}. The functions are stateless and
 * thread-safe.
 */
public final class Periods {
  private Periods() {}

  /**
   * Returns the calendar day.
   *
   * @param zone the zone in which days are counted
   * @return instant to local date
   */
  public static Function<Instant, LocalDate> day(ZoneId zone) {
    requireNonNull(zone, "zone");
    return instant -> LocalDate.ofInstant(instant, zone);
  }

  /**
   * Returns the ISO week, keyed by its Monday.
   *
   * @param zone the zone in which days are counted
   * @return instant to the Monday that starts its week
   */
  public static Function<Instant, LocalDate> week(ZoneId zone) {
    return bucket(zone, TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /**
   * Returns the calendar month.
   *
   * @param zone the zone in which days are counted
   * @return instant to year-month
   */
  public static Function<Instant, YearMonth> month(ZoneId zone) {
    requireNonNull(zone, "zone");
    return instant -> YearMonth.from(LocalDate.ofInstant(instant, zone));
  }

  /**
   * Returns the calendar quarter, keyed by its first day.
   *
   * @param zone the zone in which days are counted
   * @return instant to the first day of its quarter
   */
  public static Function<Instant, LocalDate> quarter(ZoneId zone) {
    return bucket(zone, date -> date.with(IsoFields.DAY_OF_QUARTER, 1L));
  }

  /**
   * Returns the calendar year.
   *
   * @param zone the zone in which days are counted
   * @return instant to year
   */
  public static Function<Instant, Year> year(ZoneId zone) {
    requireNonNull(zone, "zone");
    return instant -> Year.from(LocalDate.ofInstant(instant, zone));
  }

  /**
   * Returns any bucket defined by an adjuster that moves a date to the first day of its bucket.
   *
   * @param zone the zone in which days are counted
   * @param toBucketStart moves a date to the start of its bucket, for example {@code
   *     TemporalAdjusters.firstDayOfMonth()}
   * @return instant to the first day of its bucket
   */
  public static Function<Instant, LocalDate> bucket(ZoneId zone, TemporalAdjuster toBucketStart) {
    requireNonNull(zone, "zone");
    requireNonNull(toBucketStart, "toBucketStart");
    return instant -> LocalDate.ofInstant(instant, zone).with(toBucketStart);
  }
}
