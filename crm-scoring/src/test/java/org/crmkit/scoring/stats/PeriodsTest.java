package org.crmkit.scoring.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;

class PeriodsTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  // 2026-12-31T16:30Z is 2027-01-01 00:30 in Shanghai.
  private static final Instant NEW_YEAR = Instant.parse("2026-12-31T16:30:00Z");

  @Test
  void month_instantNearMidnight_usesTheZone() {
    assertEquals(YearMonth.of(2027, 1), Periods.month(SHANGHAI).apply(NEW_YEAR));
    assertEquals(YearMonth.of(2026, 12), Periods.month(ZoneOffset.UTC).apply(NEW_YEAR));
  }

  @Test
  void quarterWeekYearDay_areKeyedByTheirStart() {
    Instant at = Instant.parse("2026-08-13T04:00:00Z"); // a Thursday
    assertEquals(LocalDate.of(2026, 7, 1), Periods.quarter(SHANGHAI).apply(at));
    assertEquals(LocalDate.of(2026, 8, 10), Periods.week(SHANGHAI).apply(at));
    assertEquals(Year.of(2027), Periods.year(SHANGHAI).apply(NEW_YEAR));
    assertEquals(LocalDate.of(2026, 8, 13), Periods.day(SHANGHAI).apply(at));
  }

  @Test
  void bucket_customAdjuster_isApplied() {
    assertEquals(LocalDate.of(2026, 1, 1),
        Periods.bucket(SHANGHAI, TemporalAdjusters.firstDayOfYear()).apply(Instant.parse("2026-05-05T00:00:00Z")));
  }
}
