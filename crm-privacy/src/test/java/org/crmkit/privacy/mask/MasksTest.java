package org.crmkit.privacy.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.crmkit.core.customer.PhoneNumber;
import org.junit.jupiter.api.Test;

/** Golden values from issue 5. */
class MasksTest {
  @Test
  void mobile_chineseMobile_keepsFirstThreeAndLastFour() {
    assertEquals("180****1999", Masks.mobile("18049531999"));
  }

  @Test
  void phone_e164ChineseMobile_masksTheNationalNumber() {
    assertEquals("180****1999", Masks.phone(PhoneNumber.parse("+86 180 4953 1999")));
    assertEquals("180****1999", Masks.phone("+8618049531999"));
  }

  @Test
  void phone_otherNumber_keepsCountryCodeAndLastFour() {
    assertEquals("+44******0123", Masks.phone("+442079460123"));
    assertEquals("+86******3456", Masks.phone(PhoneNumber.parse("010-6512 3456")));
  }

  @Test
  void name_chineseName_keepsTheSurname() {
    assertEquals("段**", Masks.name("段正淳"));
  }

  @Test
  void email_keepsFirstCharacterOfLocalPartAndTheDomain() {
    assertEquals("d*************@gmail.com.cn", Masks.email("duandazhi-jack@gmail.com.cn"));
  }

  @Test
  void idNumber_residentId_keepsFirstOneAndLastTwo() {
    assertEquals("5***************1X", Masks.idNumber("51343620000320711X"));
  }

  @Test
  void bankCard_keepsFirstFourAndLastFour() {
    assertEquals("6222***********0123", Masks.bankCard("6222021234567890123"));
  }

  @Test
  void keep_valueNoLongerThanKept_isMaskedCompletely() {
    assertEquals("*", Masks.name("段"));
    assertEquals("********", Masks.bankCard("62220212"));
    assertEquals("***", Masks.idNumber("51X"));
  }

  @Test
  void keep_countsCodePoints_soEmojiAndSupplementaryCharactersKeepTheirLength() {
    assertEquals("😀**", Masks.name("😀𠀀😀"));
    String masked = Masks.name("😀𠀀😀");
    assertEquals(3, masked.codePointCount(0, masked.length()));
  }

  @Test
  void keep_negativeCount_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Masks.keep("abc", -1, 0));
    assertEquals("first must be >= 0 but was -1", e.getMessage());
  }
}
