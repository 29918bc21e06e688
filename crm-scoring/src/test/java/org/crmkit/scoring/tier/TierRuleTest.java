package org.crmkit.scoring.tier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TierRuleTest {
  private static final Criterion SPEND = Criterion.spend("1000");
  private static final Criterion PURCHASES = Criterion.purchases(3);
  private static final Criterion TENURE = Criterion.tenureDays(100);
  private static final TierMetrics ONLY_SPEND = TierMetrics.of(new BigDecimal("1000"), 1, 10, 0);
  private static final TierMetrics SPEND_AND_PURCHASES = TierMetrics.of(new BigDecimal("1000"), 3, 10, 0);

  @Test
  void all_oneCriterionMissing_fails() {
    assertFalse(TierRule.all(SPEND, PURCHASES).isMetBy(ONLY_SPEND));
    assertTrue(TierRule.all(SPEND, PURCHASES).isMetBy(SPEND_AND_PURCHASES));
  }

  @Test
  void any_oneCriterionMet_holds() {
    assertTrue(TierRule.any(SPEND, PURCHASES).isMetBy(ONLY_SPEND));
    assertFalse(TierRule.any(PURCHASES, TENURE).isMetBy(ONLY_SPEND));
  }

  @Test
  void atLeast_twoOfThree_needsTwo() {
    TierRule rule = TierRule.atLeast(2, SPEND, PURCHASES, TENURE);
    assertFalse(rule.isMetBy(ONLY_SPEND));
    assertTrue(rule.isMetBy(SPEND_AND_PURCHASES));
  }

  @Test
  void always_noCriteria_holdsForNothing() {
    assertTrue(TierRule.always().isMetBy(TierMetrics.NONE));
  }

  @Test
  void new_allAndAny_setAtLeast() {
    assertEquals(2, new TierRule(Match.ALL, 7, List.of(SPEND, PURCHASES)).atLeast());
    assertEquals(1, new TierRule(Match.ANY, 7, List.of(SPEND, PURCHASES)).atLeast());
  }

  @Test
  void atLeast_moreThanCriteria_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TierRule.atLeast(3, SPEND, PURCHASES));
    assertEquals("atLeast must be in [1, 2] but was 3", e.getMessage());
  }

  @Test
  void new_repeatedMetric_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TierRule.any(SPEND, Criterion.spend("5")));
    assertEquals("criteria must not repeat metric SPEND", e.getMessage());
  }

  @Test
  void any_noCriteria_throws() {
    assertThrows(IllegalArgumentException.class, () -> TierRule.any());
  }
}
