package org.crmkit.core.customer;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * A telephone number in E.164 form ({@code +<country code><number>}). Immutable.
 *
 * <p>{@link #parse} accepts Chinese mobile numbers with or without {@code +86}/{@code 0086}
 * ({@code 180 4953 1999} becomes {@code +8618049531999}), Chinese landlines with their area code
 * ({@code 010-6512 3456} becomes {@code +861065123456}), and international numbers written with
 * {@code +} or {@code 00}. Spaces, hyphens, dots and parentheses are ignored.
 *
 * <p>A value class rather than a record: it keeps the digits in one {@code long} (E.164 has at most
 * 15 digits and never a leading zero) instead of a string, which saves over 50 bytes per number in
 * a store of millions. Equality is by number.
 */
public final class PhoneNumber implements ContactPoint {
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
  private static final Pattern CN_MOBILE = Pattern.compile("1[3-9][0-9]{9}");
  private static final Pattern CN_LANDLINE = Pattern.compile("0[1-9][0-9]{8,10}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()\\u00a0]");

  private final long digits;

  /**
   * Creates a number from its normalised form.
   *
   * @param e164 {@code +} then 7 to 15 digits
   * @throws IllegalArgumentException if {@code e164} is not {@code +} and 7..15 digits, or is a
   *     +86 mobile number of the wrong length
   */
  public PhoneNumber(String e164) {
    requireNonNull(e164, "e164");
    if (!E164.matcher(e164).matches()) {
      throw new IllegalArgumentException(
          "phone must be in E.164 form (+ then 7..15 digits) but was " + describe(e164));
    }
    // +8610 is Beijing's landline area code; every other +861 number is a mobile.
    if (e164.startsWith("+861") && !e164.startsWith("+8610")
        && !CN_MOBILE.matcher(e164.substring(3)).matches()) {
      throw new IllegalArgumentException(
          "phone must be an 11-digit Chinese mobile number after +86 1 but was " + describe(e164));
    }
    digits = Long.parseLong(e164, 1, e164.length(), 10);
  }

  /**
   * Reads a phone number written the way people write them.
   *
   * @param text the number
   * @return the normalised number
   * @throws IllegalArgumentException if the text is not a number in one of the accepted forms
   */
  public static PhoneNumber parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = SEPARATORS.matcher(text).replaceAll("");
    if (s.startsWith("00")) {
      s = "+" + s.substring(2);
    }
    if (s.startsWith("+")) {
      return new PhoneNumber(s);
    }
    if (CN_MOBILE.matcher(s).matches()) {
      return new PhoneNumber("+86" + s);
    }
    if (CN_LANDLINE.matcher(s).matches()) {
      return new PhoneNumber("+86" + s.substring(1));
    }
    throw new IllegalArgumentException(
        "phone must be a Chinese mobile (11 digits starting 13-19), a number with area code"
            + " starting 0, or an international number starting + or 00 but was "
            + describe(s));
  }

  /** Describes a rejected value without disclosing it. */
  static String describe(String s) {
    long digits = s.chars().filter(Character::isDigit).count();
    return s.length() + " characters (" + digits + " digits)";
  }

  /** Returns the country calling code, for example {@code "86"}. Best effort for +1 and +7. */
  public String countryCode() {
    String e164 = e164();
    if (e164.startsWith("+86")) {
      return "86";
    }
    if (e164.startsWith("+1") || e164.startsWith("+7")) {
      return e164.substring(1, 2);
    }
    return e164.substring(1, 3);
  }

  /** Returns whether this is a Chinese mobile number. */
  public boolean isChineseMobile() {
    String e164 = e164();
    return e164.startsWith("+86") && CN_MOBILE.matcher(e164.substring(3)).matches();
  }

  /** Returns the national significant number: the digits after the country code. */
  public String nationalNumber() {
    return e164().substring(1 + countryCode().length());
  }

  /** Returns the normalised number, {@code +} then 7 to 15 digits, for example {@code +8618049531999}. */
  public String e164() {
    return "+" + digits;
  }

  @Override
  public String matchKey() {
    return e164();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PhoneNumber && ((PhoneNumber) o).digits == digits;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(digits);
  }

  @Override
  public String toString() {
    return "PhoneNumber[redacted]";
  }
}
