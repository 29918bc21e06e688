package org.crmkit.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  @Test
  void parse_trimsAndLowerCasesTheDomainOnly() {
    EmailAddress e = EmailAddress.parse("  Li.Lei@Example.CN ");
    assertEquals("Li.Lei@example.cn", e.value());
    assertEquals("Li.Lei", e.localPart());
    assertEquals("example.cn", e.domain());
  }

  @Test
  void matchKey_ignoresCaseOfTheLocalPart() {
    assertEquals(EmailAddress.parse("li.lei@example.cn").matchKey(), EmailAddress.parse("LI.LEI@EXAMPLE.CN").matchKey());
  }

  @ParameterizedTest
  @ValueSource(strings = {"wang+crm@mail.example.com", "a@b.co", "o'brien@example.ie", "x_y-z@sub-domain.example.org"})
  void parse_validAddresses_areAccepted(String text) {
    assertEquals(text, EmailAddress.parse(text).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "li.lei", "@example.cn", "li.lei@", "li..lei@example.cn", ".lilei@example.cn",
      "lilei.@example.cn", "li lei@example.cn", "lilei@localhost", "lilei@-example.cn", "lilei@example.c",
      "li@lei@example.cn", "李雷@example.cn", "lilei@example..cn"})
  void parse_invalid_throwsWithoutDisclosingTheAddress(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EmailAddress.parse(text));
    assertTrue(e.getMessage().startsWith("email"), e.getMessage());
    assertFalse(e.getMessage().contains("lei"), e.getMessage());
    assertFalse(e.getMessage().contains("example"), e.getMessage());
  }

  @Test
  void parse_localPartOver64Characters_throws() {
    assertThrows(IllegalArgumentException.class, () -> EmailAddress.parse("a".repeat(65) + "@example.cn"));
  }

  @Test
  void toString_isRedacted() {
    assertEquals("EmailAddress[redacted]", EmailAddress.parse("li.lei@example.cn").toString());
  }
}
