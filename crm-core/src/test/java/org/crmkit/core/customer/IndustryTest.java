package org.crmkit.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IndustryTest {

  @Test
  void of_normalisesCaseAndSeparators() {
    assertEquals(Industry.REAL_ESTATE, Industry.of(" Real Estate "));
    assertEquals(Industry.of("e-commerce"), Industry.of("E_Commerce"));
  }

  @Test
  void new_malformedCode_throws() {
    assertThrows(IllegalArgumentException.class, () -> new Industry("Finance"));
    assertThrows(IllegalArgumentException.class, () -> Industry.of("3d-printing"));
    assertThrows(IllegalArgumentException.class, () -> Industry.of("金融"));
  }

  @Test
  void predefined_holdsTheTwelveCommonIndustries() {
    assertEquals(12, Industry.PREDEFINED.size());
    assertEquals("finance", Industry.FINANCE.toString());
  }
}
