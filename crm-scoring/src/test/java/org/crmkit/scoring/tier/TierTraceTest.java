package org.crmkit.scoring.tier;

import static org.crmkit.scoring.tier.TierFixtures.CNY;
import static org.crmkit.scoring.tier.TierFixtures.MEMBER;
import static org.crmkit.scoring.tier.TierFixtures.SHANGHAI;
import static org.crmkit.scoring.tier.TierFixtures.buy;
import static org.crmkit.scoring.tier.TierFixtures.day;
import static org.crmkit.scoring.tier.TierFixtures.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TierTraceTest {

  @Test
  void trace_goldMember_givesGapToPlatinumInCurrency() {
    TierDecision decision = TierEngine.of(policy(DowngradeMode.ONE_STEP))
        .evaluate(MEMBER, List.of(buy("o-1", "6800", day("2026-05-20"))), day("2026-05-20"));
    TierTrace trace = decision.trace();
    assertEquals("gold", decision.tierId());
    assertEquals("spend 1,200.00 CNY more by 2026-12-31", trace.toNext().orElseThrow().describe());
    assertEquals(List.of("none", "silver", "gold"), trace.heldTierIds());
    assertTrue(trace.toRetain().isEmpty());
    CriterionCheck platinum = trace.checks().get(3).criteria().get(0);
    assertEquals(new BigDecimal("6800"), platinum.actual());
    assertEquals(new BigDecimal("1200"), platinum.shortfall());
  }

  @Test
  void trace_tierHeldFromLastYear_saysWhatRetainsIt() {
    TierPolicy graceful = policy(DowngradeMode.TO_BASE).withDowngrade(new DowngradeRule(DowngradeMode.TO_BASE, 30));
    TierDecision decision = TierEngine.of(graceful)
        .evaluate(MEMBER, List.of(buy("o-1", "5500", day("2025-07-01")), buy("o-2", "800.5", day("2026-02-01"))),
            day("2026-06-30"));
    TierTrace trace = decision.trace();
    assertEquals("gold", decision.tierId());
    assertEquals("spend 4,199.50 CNY more by 2026-12-31", trace.toRetain().orElseThrow().describe());
    assertEquals(Optional.of("none"), trace.downgradeTo().map(Tier::id));
    assertEquals(Optional.of(day("2027-01-31")), trace.downgradeOn());
  }

  @Test
  void trace_topTier_hasNoNextGap() {
    TierDecision decision = TierEngine.of(policy(DowngradeMode.ONE_STEP))
        .evaluate(MEMBER, List.of(buy("o-1", "9000", day("2026-02-01"))), day("2026-02-01"));
    assertTrue(decision.trace().toNext().isEmpty());
  }

  @Test
  void trace_anyAndAtLeastRules_describeAlternatives() {
    TierPolicy defaults = TierPolicy.defaults(CNY, SHANGHAI);
    TierMember member = TierMember.of(MEMBER.customerId(), day("2026-01-01"));
    TierDecision none = TierEngine.of(defaults).evaluate(member, TierMetrics.of(new BigDecimal("400"), 1, 40, 400),
        "none", day("2026-02-10"));
    assertEquals("spend 600.00 CNY more by 2026-12-31 or make 2 more purchases by 2026-12-31",
        none.trace().toNext().orElseThrow().describe());
    TierDecision platinum = TierEngine.of(defaults).evaluate(member, TierMetrics.of(new BigDecimal("20000"), 12, 40, 0),
        "none", day("2026-02-10"));
    assertEquals("platinum", platinum.tierId());
    assertEquals("2 of: spend 30,000.00 CNY more by 2026-12-31; make 12 more purchases by 2026-12-31; "
        + "reach 365 days of membership on 2027-01-01", platinum.trace().toNext().orElseThrow().describe());
  }

  @Test
  void trace_oneMissingPurchase_isSingular() {
    TierDecision decision = TierEngine.of(TierPolicy.defaults(CNY, SHANGHAI))
        .evaluate(MEMBER, TierMetrics.of(BigDecimal.ZERO, 2, 40, 0), "none", day("2026-02-10"));
    assertTrue(decision.trace().toNext().orElseThrow().describe().endsWith("make 1 more purchase by 2026-12-31"));
  }
}
