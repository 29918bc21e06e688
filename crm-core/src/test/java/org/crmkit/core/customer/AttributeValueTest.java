package org.crmkit.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AttributeValueTest {

  @Test
  void ofDecimal_equalNumbersAreEqualValues() {
    assertEquals(AttributeValue.ofDecimal(new BigDecimal("2.50")), AttributeValue.ofDecimal(new BigDecimal("2.5")));
    assertEquals(new BigDecimal("100"), ((AttributeValue.Decimal) AttributeValue.ofDecimal(new BigDecimal("1E+2"))).value());
  }

  @Test
  void ofText_over1000Characters_throwsWithoutTheText() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AttributeValue.ofText("secret".repeat(200)));
    assertEquals("text attribute must be at most 1000 characters but was 1200", e.getMessage());
  }

  @Test
  void text_toStringIsRedacted() {
    assertFalse(AttributeValue.ofText("secret").toString().contains("secret"));
  }
}
