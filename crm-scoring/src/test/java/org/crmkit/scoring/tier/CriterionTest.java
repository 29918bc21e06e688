package org.crmkit.scoring.tier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CriterionTest {
  private static TierMetrics spend(String amount) {
    return TierMetrics.of(new BigDecimal(amount), 0, 0, 0);
  }

  @Test
  void isMetBy_spendExactlyAtMinimum_qualifies() {
    assertTrue(Criterion.spend("5000").isMetBy(spend("5000.00")));
    assertFalse(Criterion.spend("5000").isMetBy(spend("4999.99")));
  }

  @Test
  void isMetBy_countExactlyAtMinimum_qualifies() {
    assertTrue(Criterion.purchases(3).isMetBy(TierMetrics.of(BigDecimal.ZERO, 3, 0, 0)));
    assertFalse(Criterion.purchases(3).isMetBy(TierMetrics.of(BigDecimal.ZERO, 2, 0, 0)));
    assertTrue(Criterion.tenureDays(365).isMetBy(TierMetrics.of(BigDecimal.ZERO, 0, 365, 0)));
    assertTrue(Criterion.points(10).isMetBy(TierMetrics.of(BigDecimal.ZERO, 0, 0, 10)));
  }

  @Test
  void shortfall_belowMinimum_isTheDifference() {
    assertEquals(new BigDecimal("1200"), Criterion.spend("8000").shortfall(spend("6800.00")));
    assertEquals(BigDecimal.ZERO, Criterion.spend("8000").shortfall(spend("9000")));
  }

  @Test
  void new_zeroMinimum_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Criterion.spend("0"));
    assertEquals("minimum of SPEND must be > 0 but was 0", e.getMessage());
  }

  @Test
  void new_fractionalCount_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Criterion(Metric.PURCHASES, new BigDecimal("2.5")));
    assertEquals("minimum of PURCHASES must be a whole number but was 2.5", e.getMessage());
  }

  @Test
  void new_trailingZeros_areStrippedSoEqualMinimumsAreEqual() {
    assertEquals(Criterion.spend("1000"), Criterion.spend("1000.00"));
    assertEquals(Criterion.purchases(10), new Criterion(Metric.PURCHASES, new BigDecimal("10.0")));
  }
}
