package org.crmkit.scoring.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NpsComparisonTest {

  @Test
  void of_goldenSamples_matchesIssue() {
    // Issue 3: (30, 20, 50) vs (40, 50, 110): difference −15.0, SE 10.362, z −1.4476, p 0.1477.
    NpsComparison comparison = NpsStatistics.of(30, 20, 50).comparedWith(NpsStatistics.of(40, 50, 110));
    assertEquals(-15.0, comparison.difference(), 1e-12);
    assertEquals(10.362, comparison.standardError(), 0.0005);
    assertEquals(-1.4476, comparison.z(), 0.00005);
    assertEquals(0.1477, comparison.pValue(), 0.00005);
    assertFalse(comparison.isSignificant(0.05));
    assertTrue(comparison.interval(0.95).contains(0.0));
  }

  @Test
  void of_swappedSamples_negatesDifferenceKeepsPValue() {
    NpsComparison ab = NpsComparison.of(NpsStatistics.of(30, 20, 50), NpsStatistics.of(40, 50, 110));
    NpsComparison ba = NpsComparison.of(NpsStatistics.of(40, 50, 110), NpsStatistics.of(30, 20, 50));
    assertEquals(-ab.difference(), ba.difference(), 1e-12);
    assertEquals(ab.pValue(), ba.pValue(), 1e-15);
  }

  @Test
  void z_zeroStandardErrors_isInfiniteOrZero() {
    NpsComparison different = NpsComparison.of(NpsStatistics.of(0, 0, 10), NpsStatistics.of(10, 0, 0));
    assertEquals(Double.POSITIVE_INFINITY, different.z());
    assertEquals(0.0, different.pValue());
    NpsComparison same = NpsComparison.of(NpsStatistics.of(0, 0, 10), NpsStatistics.of(0, 0, 5));
    assertEquals(0.0, same.z());
    assertEquals(1.0, same.pValue());
  }

  @Test
  void of_emptySample_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NpsComparison.of(NpsStatistics.of(1, 1, 1), NpsStatistics.of(0, 0, 0)));
    assertEquals("second must not be empty but had 0 responses", e.getMessage());
  }

  @Test
  void isSignificant_largeDifference_isTrue() {
    assertTrue(NpsComparison.of(NpsStatistics.of(10, 10, 80), NpsStatistics.of(80, 10, 10)).isSignificant(0.001));
  }
}
