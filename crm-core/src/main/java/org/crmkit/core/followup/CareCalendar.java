package org.crmkit.core.followup;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Care on birthdays and holidays (生日、节日关怀, seed 001). Immutable.
 *
 * <p>A care follow-up for an occasion on day {@code D} is listed from {@code D - leadDays} to
 * {@code D} and is due by {@code D}; once {@code D} has passed it is dropped (a late greeting is
 * no greeting). Only a follow-up with purpose {@code CARE} in that window satisfies it.
 *
 * @param birthdays whether customers with a birth date get birthday care
 * @param leadDays days before the occasion that the follow-up is listed, not negative
 * @param holidays the holidays, ordered by date
 */
public record CareCalendar(boolean birthdays, int leadDays, List<Holiday> holidays) {

  /**
   * Validates the calendar.
   *
   * @throws IllegalArgumentException if {@code leadDays} is negative
   */
  public CareCalendar {
    checkArgument(leadDays >= 0, "leadDays must be >= 0 but was %s", leadDays);
    List<Holiday> sorted = new ArrayList<>(holidays);
    sorted.sort(Comparator.comparing(Holiday::date).thenComparing(Holiday::code));
    holidays = List.copyOf(sorted);
  }

  /** Returns birthday care listed 3 days ahead, and no holidays. */
  public static CareCalendar birthdaysOnly() {
    return new CareCalendar(true, 3, List.of());
  }

  /** Returns a calendar with no care at all. */
  public static CareCalendar none() {
    return new CareCalendar(false, 0, List.of());
  }

  /**
   * Returns a copy with more holidays.
   *
   * @param more the holidays to add
   * @return the copy
   */
  public CareCalendar withHolidays(List<Holiday> more) {
    List<Holiday> all = new ArrayList<>(holidays);
    all.addAll(more);
    return new CareCalendar(birthdays, leadDays, all);
  }

  /**
   * Returns the birthday whose care window contains {@code asOf}: the birthday in {@code asOf}'s
   * year or the next, if it is within {@code leadDays}; 29 February falls on 28 February in other years.
   *
   * @param birthDate the birth date
   * @param asOf the date
   * @return the occasion date, or empty if none is in the window
   */
  Optional<LocalDate> birthdayInWindow(LocalDate birthDate, LocalDate asOf) {
    MonthDay md = MonthDay.from(birthDate);
    for (int y = asOf.getYear(); y <= asOf.getYear() + 1; y++) {
      LocalDate d = md.atYear(y);
      if (!d.isBefore(asOf) && !d.isAfter(asOf.plusDays(leadDays))) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
