package org.crmkit.scoring.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A range of calendar days, both ends included. Immutable.
 *
 * @param start the first day
 * @param end the last day, not before the first
 */
public record DateRange(LocalDate start, LocalDate end) {

  /**
   * Validates the range.
   *
   * @throws IllegalArgumentException if end is before start
   */
  public DateRange {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    checkArgument(!end.isBefore(start), "end must not be before start but was %s < %s", end, start);
  }

  /**
   * Returns the range between two days, both included.
   *
   * @param start the first day
   * @param end the last day
   * @return the range
   * @throws IllegalArgumentException if end is before start
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    return new DateRange(start, end);
  }

  /**
   * Returns whether a day is in the range.
   *
   * @param date the day
   * @return whether {@code start <= date <= end}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /** Returns the number of days in the range, at least 1. */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  @Override
  public String toString() {
    return start + ".." + end;
  }
}
