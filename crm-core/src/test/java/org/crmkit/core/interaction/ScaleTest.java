package org.crmkit.core.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScaleTest {

  @Test
  void nps_isZeroToTen() {
    assertEquals(0, Scale.NPS.min());
    assertEquals(10, Scale.NPS.max());
    assertTrue(Scale.NPS.contains(0));
    assertTrue(Scale.NPS.contains(10));
    assertFalse(Scale.NPS.contains(11));
    assertFalse(Scale.NPS.contains(-1));
  }

  @Test
  void csat_isOneToFive() {
    assertEquals(new Scale(Scale.Kind.CSAT, 1, 5), Scale.CSAT);
    assertFalse(Scale.CSAT.contains(0));
    assertFalse(Scale.CSAT.contains(6));
  }

  @Test
  void new_npsOrCsatWithAnotherRange_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Scale(Scale.Kind.NPS, 1, 10));
    assertEquals("NPS scale must be 0..10 but was 1..10", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Scale(Scale.Kind.CSAT, 0, 5));
  }

  @Test
  void of_emptyOrReversedRange_throws() {
    assertThrows(IllegalArgumentException.class, () -> Scale.of(5, 5));
    assertThrows(IllegalArgumentException.class, () -> Scale.of(7, 1));
    assertEquals(Scale.Kind.OTHER, Scale.of(1, 7).kind());
  }
}
