package org.crmkit.scoring.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntervalTest {

  @Test
  void of_reversedBounds_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Interval.of(2, 1));
    assertEquals("low must be <= high but was 2.0 > 1.0", e.getMessage());
  }

  @Test
  void of_infiniteBound_throws() {
    assertThrows(IllegalArgumentException.class, () -> Interval.of(0, Double.POSITIVE_INFINITY));
  }

  @Test
  void around_beyondLimits_isClipped() {
    assertEquals(Interval.of(-100, -60), Interval.around(-90, 30, -100, 100));
  }

  @Test
  void contains_bounds_areIncluded() {
    Interval interval = Interval.of(1, 2);
    assertTrue(interval.contains(1));
    assertTrue(interval.contains(2));
    assertFalse(interval.contains(2.0000001));
  }

  @Test
  void scaledBy_hundred_givesPercent() {
    assertEquals(Interval.of(25, 50), Interval.of(0.25, 0.5).scaledBy(100));
  }
}
