package org.crmkit.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactTest {

  @Test
  void new_cleansTexts() {
    Contact c = new Contact(" Wang  Fang ", Optional.of(" 采购经理 "), Optional.of("Acme"), List.of());
    assertEquals("Wang Fang", c.name());
    assertEquals(Optional.of("采购经理"), c.title());
  }

  @Test
  void new_blankNameOrTitle_throwsWithoutTheText() {
    assertThrows(IllegalArgumentException.class, () -> Contact.of("  ", List.of()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Contact("Wang Fang", Optional.of("经理".repeat(101)), Optional.empty(), List.of()));
    assertFalse(e.getMessage().contains("经理"));
  }

  @Test
  void toString_countsContactPointsOnly() {
    assertEquals("Contact[redacted, 1 contact points]",
        Contact.of("Wang Fang", List.of(EmailAddress.parse("wang@example.cn"))).toString());
  }
}
