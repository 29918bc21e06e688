package org.crmkit.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {

  /**
   * Asserts that a message discloses no run of four digits of the input. Single digits cannot be
   * excluded (messages state lengths and ranges such as "7..15 digits"), but four in a row of the
   * caller's number would start to identify it.
   */
  static void assertNoDigitsOf(String input, String message) {
    String digits = input.replaceAll("\\D", "");
    for (int i = 0; i + 4 <= digits.length(); i++) {
      assertFalse(message.contains(digits.substring(i, i + 4)),
          () -> "message discloses digits of the input: " + message);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"18049531999", "+8618049531999", "+86 180 4953 1999", "008618049531999",
      "0086 180-4953-1999", "180 4953 1999", "180-4953-1999", "(+86) 180.4953.1999", "180\u00a04953\u00a01999"})
  void parse_chineseMobileInAnyCommonForm_isNormalised(String text) {
    PhoneNumber p = PhoneNumber.parse(text);
    assertEquals("+8618049531999", p.e164());
    assertTrue(p.isChineseMobile());
    assertEquals("86", p.countryCode());
    assertEquals("18049531999", p.nationalNumber());
  }

  @ParameterizedTest
  @CsvSource({
      "010-6512 3456, +861065123456",
      "(010) 65123456, +861065123456",
      "028-8765 4321, +862887654321",
      "0755 8888 8888, +8675588888888",
      "+86 10 6512 3456, +861065123456"})
  void parse_landlineWithAreaCode_dropsTheTrunkZero(String text, String e164) {
    PhoneNumber p = PhoneNumber.parse(text);
    assertEquals(e164, p.e164());
    assertFalse(p.isChineseMobile());
    assertEquals("86", p.countryCode());
  }

  @ParameterizedTest
  @CsvSource({
      "+1 415 555 0132, +14155550132, 1",
      "001 (415) 555-0132, +14155550132, 1",
      "+44 20 7946 0958, +442079460958, 44",
      "0049 30 901820, +4930901820, 49",
      "+7 495 123-45-67, +74951234567, 7"})
  void parse_internationalNumber_keepsTheCountryCode(String text, String e164, String country) {
    PhoneNumber p = PhoneNumber.parse(text);
    assertEquals(e164, p.e164());
    assertEquals(country, p.countryCode());
    assertFalse(p.isChineseMobile());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "hello", "123", "1804953199", "28049531999", "+86 180 4953 19999",
      "+86 180 4953 199", "+0123456789", "+1234567890123456", "18O49531999", "1-800-FLOWERS", "+86 12 3456 7890"})
  void parse_junk_throwsWithoutDisclosingDigits(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PhoneNumber.parse(text));
    assertTrue(e.getMessage().startsWith("phone must be"), e.getMessage());
    assertNoDigitsOf(text, e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"18049531999", "+86-180-4953-1999", "+8618049531999 ", "+86180495319990"})
  void new_notNormalisedOrWrongLength_throwsWithoutDisclosingDigits(String e164) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PhoneNumber(e164));
    assertNoDigitsOf(e164, e.getMessage());
  }

  @Test
  void new_beijingLandline_isNotMistakenForAMobile() {
    assertEquals("+861065123456", new PhoneNumber("+861065123456").e164());
  }

  @Test
  void matchKey_isTheE164Form() {
    assertEquals(PhoneNumber.parse("180 4953 1999").matchKey(), PhoneNumber.parse("+86 18049531999").matchKey());
  }

  @Test
  void toString_isRedacted() {
    String s = PhoneNumber.parse("18049531999").toString();
    assertEquals("PhoneNumber[redacted]", s);
  }
}
