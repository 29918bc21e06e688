package org.crmkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CustomerIdTest {

  @Test
  void of_allowedCharacters_isAccepted() {
    assertEquals("C-1.a_b:2", CustomerId.of("C-1.a_b:2").value());
    assertEquals("C-1", CustomerId.of("C-1").toString());
  }

  @Test
  void of_emptyOrTooLongOrOtherCharacters_throws() {
    assertThrows(IllegalArgumentException.class, () -> CustomerId.of(""));
    assertThrows(IllegalArgumentException.class, () -> CustomerId.of("a".repeat(65)));
    assertThrows(IllegalArgumentException.class, () -> CustomerId.of("C 1"));
    assertThrows(IllegalArgumentException.class, () -> CustomerId.of("客户1"));
  }

  @Test
  void compareTo_ordersByText() {
    assertTrue(CustomerId.of("A").compareTo(CustomerId.of("B")) < 0);
  }
}
