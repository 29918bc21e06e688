package org.crmkit.privacy.mask;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import org.crmkit.core.customer.PhoneNumber;

/**
 * Partial masks for identity data. Every method is pure and thread-safe, counts in Unicode code
 * points, keeps the value's length, hides a value completely when it has no more code points than
 * the ones kept, and is idempotent: masking a masked value changes nothing.
 *
 * <p>Golden values (issue 5): {@code mobile("18049531999")} is {@code 180****1999}, {@code
 * name("段正淳")} is {@code 段**}, {@code email("duandazhi-jack@gmail.com.cn")} is {@code
 * d*************@gmail.com.cn}, {@code idNumber("51343620000320711X")} is {@code
 * 5***************1X}; a bank card keeps its first 4 and last 4 digits.
 */
public final class Masks {
  /** The mask character. */
  public static final char MASK = '*';

  private Masks() {}

  /**
   * Keeps the first {@code first} and last {@code last} code points and replaces the others by
   * {@code mask}; when the value has at most {@code first + last} code points, every code point is
   * replaced.
   *
   * @param value the value
   * @param first how many leading code points to keep, at least 0
   * @param last how many trailing code points to keep, at least 0
   * @param mask the mask code point
   * @return the masked value, with as many code points as the value
   * @throws IllegalArgumentException if {@code first} or {@code last} is negative
   */
  public static String keep(String value, int first, int last, int mask) {
    requireNonNull(value, "value");
    checkArgument(first >= 0, "first must be >= 0 but was %s", first);
    checkArgument(last >= 0, "last must be >= 0 but was %s", last);
    int length = value.length();
    int n = value.codePointCount(0, length);
    boolean all = n <= first + last;
    if (n == length && Character.isBmpCodePoint(mask) && !Character.isSurrogate((char) mask)) {
      // No surrogate pairs: one char per code point, so mask chars in place.
      char[] out = new char[length];
      for (int i = 0; i < length; i++) {
        boolean shown = !all && (i < first || i >= n - last);
        out[i] = shown ? value.charAt(i) : (char) mask;
      }
      return new String(out);
    }
    StringBuilder sb = new StringBuilder(length);
    int i = 0;
    for (int offset = 0; offset < length; i++) {
      int cp = value.codePointAt(offset);
      boolean shown = !all && (i < first || i >= n - last);
      sb.appendCodePoint(shown ? cp : mask);
      offset += Character.charCount(cp);
    }
    return sb.toString();
  }

  /**
   * Keeps the first {@code first} and last {@code last} code points, masking with {@link #MASK}.
   *
   * @param value the value
   * @param first leading code points kept
   * @param last trailing code points kept
   * @return the masked value
   * @throws IllegalArgumentException if {@code first} or {@code last} is negative
   */
  public static String keep(String value, int first, int last) {
    return keep(value, first, last, MASK);
  }

  /**
   * Hides every code point.
   *
   * @param value the value
   * @return as many {@link #MASK} characters as the value has code points
   */
  public static String all(String value) {
    return keep(value, 0, 0, MASK);
  }

  /**
   * Masks a mobile or national phone number written as digits: keeps the first 3 and the last 4.
   *
   * @param digits the number, for example {@code 18049531999}
   * @return for example {@code 180****1999}
   */
  public static String mobile(String digits) {
    return keep(digits, 3, 4);
  }

  /**
   * Masks a phone number. A Chinese mobile number is shown as its masked national number, as
   * people write it ({@code +8618049531999} becomes {@code 180****1999}); any other number keeps
   * {@code +}, its country code and its last 4 digits.
   *
   * @param phone the number
   * @return the masked number
   */
  public static String phone(PhoneNumber phone) {
    requireNonNull(phone, "phone");
    if (phone.isChineseMobile()) {
      return mobile(phone.nationalNumber());
    }
    return "+" + phone.countryCode() + keep(phone.nationalNumber(), 0, 4);
  }

  /**
   * Masks a phone number given in E.164 form, as {@link #phone(PhoneNumber)} does; text that is
   * not E.164 is masked keeping its first 3 and last 4 characters.
   *
   * @param e164 the number, for example {@code +8618049531999}
   * @return the masked number
   */
  public static String phone(String e164) {
    requireNonNull(e164, "e164");
    // The digits are masked in place; the checks are those of new PhoneNumber(e164), without
    // parsing it into a number and printing it again.
    if (!isE164(e164)) {
      return mobile(e164);
    }
    boolean cnMobileShape = e164.length() == 14 && e164.charAt(3) == '1' && e164.charAt(4) >= '3';
    if (e164.startsWith("+86")) {
      if (cnMobileShape) {
        // mobile(e164.substring(3)) without the substring: 3 digits, 4 masks, 4 digits.
        byte[] out = new byte[11];
        for (int i = 0; i < 11; i++) {
          out[i] = i < 3 || i >= 7 ? (byte) e164.charAt(3 + i) : (byte) MASK;
        }
        return new String(out, StandardCharsets.US_ASCII);
      }
      if (e164.charAt(3) == '1' && e164.charAt(4) != '0') {
        return mobile(e164); // +861 that is neither Beijing (+8610) nor a mobile: not a PhoneNumber
      }
    }
    char c = e164.charAt(1);
    int national = e164.startsWith("+86") ? 3 : c == '1' || c == '7' ? 2 : 3;
    return e164.substring(0, national) + keep(e164.substring(national), 0, 4);
  }

  /** Whether text is {@code +} then 7 to 15 digits, the first not 0. */
  private static boolean isE164(String s) {
    int n = s.length();
    if (n < 8 || n > 16 || s.charAt(0) != '+' || s.charAt(1) < '1' || s.charAt(1) > '9') {
      return false;
    }
    for (int i = 2; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Masks a name: keeps the first code point ({@code 段正淳} becomes {@code 段**}).
   *
   * @param name the name
   * @return the masked name; a one-character name is hidden completely
   */
  public static String name(String name) {
    return keep(name, 1, 0);
  }

  /**
   * Masks an e-mail address: the local part keeps its first code point, the domain is kept
   * ({@code duandazhi-jack@gmail.com.cn} becomes {@code d*************@gmail.com.cn}). Text without
   * an {@code @} keeps only its first code point.
   *
   * @param email the address
   * @return the masked address
   */
  public static String email(String email) {
    requireNonNull(email, "email");
    int at = email.lastIndexOf('@');
    if (at <= 0) {
      return keep(email, 1, 0);
    }
    for (int i = 0; i < at; i++) {
      if (Character.isSurrogate(email.charAt(i))) {
        return keep(email.substring(0, at), 1, 0) + email.substring(at);
      }
    }
    // One char per code point in the local part: mask it in place, keeping the domain; in bytes
    // when every char is Latin-1 (most addresses), which spares widening to UTF-16 and back.
    int n = email.length();
    boolean latin1 = true;
    for (int i = 0; i < n && latin1; i++) {
      latin1 = email.charAt(i) <= 0xFF;
    }
    if (latin1) {
      byte[] out = email.getBytes(StandardCharsets.ISO_8859_1);
      for (int i = at == 1 ? 0 : 1; i < at; i++) {
        out[i] = (byte) MASK;
      }
      return new String(out, StandardCharsets.ISO_8859_1);
    }
    char[] out = email.toCharArray();
    for (int i = at == 1 ? 0 : 1; i < at; i++) {
      out[i] = MASK;
    }
    return new String(out);
  }

  /**
   * Masks an identity document number: keeps the first code point and the last two
   * ({@code 51343620000320711X} becomes {@code 5***************1X}).
   *
   * @param number the number
   * @return the masked number
   */
  public static String idNumber(String number) {
    return keep(number, 1, 2);
  }

  /**
   * Masks a bank card or account number: keeps the first 4 and the last 4 code points.
   *
   * @param number the number
   * @return the masked number; 8 characters or fewer are hidden completely
   */
  public static String bankCard(String number) {
    return keep(number, 4, 4);
  }
}
