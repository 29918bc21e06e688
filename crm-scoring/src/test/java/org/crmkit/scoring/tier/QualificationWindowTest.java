package org.crmkit.scoring.tier;

import static org.crmkit.scoring.tier.TierFixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QualificationWindowTest {

  @Test
  void calendarYear_periodIsTheYear_measurementStartsAtEnrolment() {
    CalendarWindow year = CalendarWindow.year();
    assertEquals(DateRange.of(day("2026-01-01"), day("2026-12-31")), year.period(day("2026-07-04"), day("2025-06-01")));
    assertEquals(DateRange.of(day("2025-06-01"), day("2025-08-01")), year.measurement(day("2025-08-01"), day("2025-06-01")));
    assertEquals(DateRange.of(day("2026-01-01"), day("2026-08-01")), year.measurement(day("2026-08-01"), day("2025-06-01")));
  }

  @Test
  void calendarQuarter_periodIsTheQuarter() {
    assertEquals(DateRange.of(day("2026-07-01"), day("2026-09-30")),
        CalendarWindow.quarter().period(day("2026-09-30"), day("2020-01-01")));
  }

  @Test
  void calendar_monthsNotDividingTwelve_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CalendarWindow(5));
    assertEquals("months must be one of 1, 2, 3, 4, 6, 12 but was 5", e.getMessage());
  }

  @Test
  void anniversary_leapDayEnrolment_laterYearsStartOn28February() {
    AnniversaryWindow yearly = AnniversaryWindow.yearly();
    assertEquals(DateRange.of(day("2024-02-29"), day("2025-02-27")), yearly.period(day("2025-02-27"), day("2024-02-29")));
    assertEquals(DateRange.of(day("2025-02-28"), day("2026-02-27")), yearly.period(day("2025-02-28"), day("2024-02-29")));
    assertEquals(DateRange.of(day("2025-02-28"), day("2025-06-01")), yearly.measurement(day("2025-06-01"), day("2024-02-29")));
  }

  @Test
  void anniversary_monthEndEnrolment_clampsButTiles() {
    AnniversaryWindow monthly = new AnniversaryWindow(1);
    assertEquals(DateRange.of(day("2026-01-31"), day("2026-02-27")), monthly.period(day("2026-02-27"), day("2026-01-31")));
    assertEquals(DateRange.of(day("2026-02-28"), day("2026-03-30")), monthly.period(day("2026-02-28"), day("2026-01-31")));
    assertEquals(DateRange.of(day("2026-03-31"), day("2026-04-29")), monthly.period(day("2026-04-01"), day("2026-01-31")));
  }

  @Test
  void rolling_periodsFromEnrolment_measurementIsTrailingDays() {
    RollingWindow rolling = new RollingWindow(30);
    assertEquals(DateRange.of(day("2026-01-31"), day("2026-03-01")), rolling.period(day("2026-02-15"), day("2026-01-01")));
    assertEquals(DateRange.of(day("2026-01-17"), day("2026-02-15")), rolling.measurement(day("2026-02-15"), day("2026-01-01")));
    assertEquals(DateRange.of(day("2026-01-01"), day("2026-01-10")), rolling.measurement(day("2026-01-10"), day("2026-01-01")));
  }

  @Test
  void period_beforeEnrolment_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CalendarWindow.year().period(day("2025-01-01"), day("2025-06-01")));
    assertEquals("date must not be before enrolledOn 2025-06-01 but was 2025-01-01", e.getMessage());
  }
}
