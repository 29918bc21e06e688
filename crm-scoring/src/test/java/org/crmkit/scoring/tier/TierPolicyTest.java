package org.crmkit.scoring.tier;

import static org.crmkit.scoring.tier.TierFixtures.CNY;
import static org.crmkit.scoring.tier.TierFixtures.SHANGHAI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TierPolicyTest {
  private static final TierPolicy DEFAULTS = TierPolicy.defaults(CNY, SHANGHAI);

  @Test
  void defaults_ladder_isNoneSilverGoldPlatinumDiamond() {
    assertEquals(List.of("none", "silver", "gold", "platinum", "diamond"), DEFAULTS.tierIds());
    assertEquals(CalendarWindow.year(), DEFAULTS.window());
    assertEquals(DowngradeMode.ONE_STEP, DEFAULTS.downgrade().mode());
  }

  @Test
  void qualifiedRank_highestRuleThatHolds_wins() {
    assertEquals(0, DEFAULTS.qualifiedRank(TierMetrics.NONE));
    assertEquals(2, DEFAULTS.qualifiedRank(TierMetrics.of(new BigDecimal("5000"), 0, 0, 0)));
    assertEquals(4, DEFAULTS.qualifiedRank(TierMetrics.of(new BigDecimal("50000"), 0, 365, 0)));
    assertEquals("diamond", DEFAULTS.qualifiedTier(TierMetrics.of(BigDecimal.ZERO, 24, 365, 0)).id());
  }

  @Test
  void new_baseWithCriteria_throws() {
    List<Tier> tiers = List.of(Tier.of("none", "None", TierRule.all(Criterion.spend("1"))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withTiers(tiers));
    assertEquals("base tier none must have no criteria but had 1", e.getMessage());
  }

  @Test
  void new_tierWithoutCriteria_throws() {
    List<Tier> tiers = List.of(Tier.of("none", "None", TierRule.always()), Tier.of("vip", "VIP", TierRule.always()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withTiers(tiers));
    assertEquals("tier vip must have at least one criterion", e.getMessage());
  }

  @Test
  void new_repeatedTierId_throws() {
    List<Tier> tiers = List.of(Tier.of("none", "None", TierRule.always()),
        Tier.of("vip", "VIP", TierRule.all(Criterion.spend("1"))), Tier.of("vip", "VIP 2", TierRule.all(Criterion.spend("2"))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withTiers(tiers));
    assertEquals("tier ids must be unique but vip repeats", e.getMessage());
  }

  @Test
  void withThresholds_spend_replacesOnlySpendMinimums() {
    TierPolicy tuned = DEFAULTS.withThresholds(Metric.SPEND, Map.of("gold", new BigDecimal("6000")));
    assertEquals(TierRule.any(Criterion.spend("6000"), Criterion.purchases(10)), tuned.tier(2).rule());
    assertEquals(DEFAULTS.tier(3), tuned.tier(3));
  }

  @Test
  void withThresholds_tierWithoutThatMetric_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DEFAULTS.withThresholds(Metric.POINTS, Map.of("gold", BigDecimal.TEN)));
    assertEquals("tier gold must have a POINTS criterion but had none", e.getMessage());
  }

  @Test
  void tier_badId_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Tier.of("Gold", "Gold", TierRule.always()));
    assertEquals("tier id must match [a-z][a-z0-9_-]{0,31} but was 'Gold'", e.getMessage());
  }
}
