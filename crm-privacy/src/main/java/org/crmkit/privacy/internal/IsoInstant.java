package org.crmkit.privacy.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Writes an {@link Instant} exactly as {@link Instant#toString()} does (ISO-8601 in UTC, seconds
 * always shown, the fraction in groups of three digits as needed), without the formatter's cost.
 * Instants outside the years 0000 to 9999 are left to {@link Instant#toString()}. Stateless and
 * thread-safe. Not API.
 */
public final class IsoInstant {
  /** 0000-01-01T00:00:00Z in epoch seconds. */
  private static final long MIN = -62_167_219_200L;
  /** 10000-01-01T00:00:00Z in epoch seconds. */
  private static final long END = 253_402_300_800L;
  private static final int DAYS_0000_TO_1970 = 719_528;

  private IsoInstant() {}

  /**
   * Returns the text of an instant.
   *
   * @param instant the instant
   * @return the same text as {@code instant.toString()}, for example {@code 2025-01-01T00:00:00.698Z}
   */
  public static String format(Instant instant) {
    long s = instant.getEpochSecond();
    if (s < MIN || s >= END) {
      return instant.toString();
    }
    int nano = instant.getNano();
    int digits = nano == 0 ? 0 : nano % 1_000_000 == 0 ? 3 : nano % 1_000 == 0 ? 6 : 9;
    byte[] b = new byte[digits == 0 ? 20 : 21 + digits];
    long days = Math.floorDiv(s, 86_400L);
    int secs = (int) (s - days * 86_400L);
    civil(days, b);
    b[10] = 'T';
    two(b, 11, secs / 3600);
    b[13] = ':';
    two(b, 14, secs / 60 % 60);
    b[16] = ':';
    two(b, 17, secs % 60);
    int at = 19;
    if (digits > 0) {
      b[at++] = '.';
      int div = 100_000_000;
      for (int i = 0; i < digits; i++) {
        b[at++] = (byte) ('0' + nano / div % 10);
        div /= 10;
      }
    }
    b[at] = 'Z';
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  /**
   * Writes {@code yyyy-MM-dd} of an epoch day of the years 0000 to 9999 into {@code b[0..10)}.
   * The proleptic Gregorian calendar by the days-from-civil inverse (H. Hinnant, "chrono-Compatible
   * Low-Level Date Algorithms", civil_from_days).
   */
  private static void civil(long epochDay, byte[] b) {
    long z = epochDay + DAYS_0000_TO_1970 - 60; // days since 0000-03-01
    long era = Math.floorDiv(z, 146_097L);
    int doe = (int) (z - era * 146_097L);
    int yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    int day = doy - (153 * mp + 2) / 5 + 1;
    int month = mp < 10 ? mp + 3 : mp - 9;
    int year = (int) (yoe + era * 400) + (month <= 2 ? 1 : 0);
    two(b, 0, year / 100);
    two(b, 2, year % 100);
    b[4] = '-';
    two(b, 5, month);
    b[7] = '-';
    two(b, 8, day);
  }

  private static void two(byte[] b, int at, int v) {
    b[at] = (byte) ('0' + v / 10);
    b[at + 1] = (byte) ('0' + v % 10);
  }
}
