package org.crmkit.scoring.tier;

import static org.crmkit.scoring.tier.TierFixtures.MEMBER;
import static org.crmkit.scoring.tier.TierFixtures.buy;
import static org.crmkit.scoring.tier.TierFixtures.day;
import static org.crmkit.scoring.tier.TierFixtures.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.Purchase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TierEngineTest {
  private static final TierEngine ONE_STEP = TierEngine.of(policy(DowngradeMode.ONE_STEP));
  /** Platinum earned in 2025; nothing bought in 2026. */
  private static final List<Interaction> PLATINUM_2025 = List.of(buy("o-1", "9000", day("2025-07-01")));

  private static String tier(TierEngine engine, List<? extends Interaction> history, String asOf) {
    return engine.evaluate(MEMBER, history, day(asOf)).tierId();
  }

  @Test
  void evaluate_purchaseReachesGold_upgradesTheSameDay() {
    List<Purchase> history = List.of(buy("o-1", "1600", day("2026-01-05")), buy("o-2", "3400", day("2026-03-01")));
    assertEquals("silver", tier(ONE_STEP, history, "2026-02-28"));
    assertEquals("gold", tier(ONE_STEP, history, "2026-03-01"));
  }

  @Test
  void evaluate_spendExactlyAtThreshold_qualifies() {
    assertEquals("gold", tier(ONE_STEP, List.of(buy("o-1", "5000.00", day("2026-03-01"))), "2026-03-01"));
    assertEquals("silver", tier(ONE_STEP, List.of(buy("o-1", "4999.99", day("2026-03-01"))), "2026-03-01"));
  }

  @Test
  void evaluate_tierEarnedInOneYear_isKeptThroughTheNext() {
    TierDecision decision = ONE_STEP.evaluate(MEMBER, PLATINUM_2025, day("2026-12-31"));
    assertEquals("platinum", decision.tierId());
    assertEquals("platinum", decision.held().id());
    assertEquals("none", decision.qualified().id());
    assertEquals(DateRange.of(day("2026-01-01"), day("2026-12-31")), decision.period());
  }

  @ParameterizedTest
  @CsvSource({"NONE, platinum", "ONE_STEP, gold", "TO_QUALIFIED, none", "TO_BASE, none"})
  void evaluate_periodEndedWithoutQualifying_downgradesByMode(DowngradeMode mode, String expected) {
    TierEngine engine = TierEngine.of(policy(mode));
    assertEquals("platinum", tier(engine, PLATINUM_2025, "2026-12-31"));
    assertEquals(expected, tier(engine, PLATINUM_2025, "2027-01-01"));
  }

  @ParameterizedTest
  @CsvSource({"NONE, platinum", "ONE_STEP, gold", "TO_QUALIFIED, silver", "TO_BASE, none"})
  void evaluate_periodEndedQualifyingLower_downgradesByMode(DowngradeMode mode, String expected) {
    List<Purchase> history = List.of(buy("o-1", "9000", day("2025-07-01")), buy("o-2", "1500", day("2026-05-01")));
    assertEquals(expected, tier(TierEngine.of(policy(mode)), history, "2027-01-01"));
  }

  @ParameterizedTest
  @CsvSource({"NONE", "ONE_STEP", "TO_QUALIFIED"})
  void evaluate_moreSpendLastYear_neverLowersThisYearsTier(DowngradeMode mode) {
    TierEngine engine = TierEngine.of(policy(mode));
    List<Purchase> silver = List.of(buy("o-1", "1500", day("2025-07-01")), buy("o-2", "1500", day("2026-05-01")));
    List<Purchase> gold = List.of(buy("o-1", "5500", day("2025-07-01")), buy("o-2", "1500", day("2026-05-01")));
    TierPolicy policy = engine.policy();
    assertTrue(policy.rank(tier(engine, gold, "2027-01-01")) >= policy.rank(tier(engine, silver, "2027-01-01")));
  }

  @Test
  void evaluate_toBase_moreSpendLastYearCanLowerALaterTier() {
    // Documented on DowngradeMode.TO_BASE: Gold falling short drops to none, Silver staying Silver keeps it.
    TierEngine engine = TierEngine.of(policy(DowngradeMode.TO_BASE));
    assertEquals("silver", tier(engine, List.of(buy("o-1", "1500", day("2025-07-01")), buy("o-2", "1500", day("2026-05-01"))), "2027-01-01"));
    assertEquals("none", tier(engine, List.of(buy("o-1", "5500", day("2025-07-01")), buy("o-2", "1500", day("2026-05-01"))), "2027-01-01"));
  }

  @Test
  void evaluate_oneStepOverTwoYears_dropsOneTierPerYear() {
    assertEquals("gold", tier(ONE_STEP, PLATINUM_2025, "2027-06-01"));
    assertEquals("silver", tier(ONE_STEP, PLATINUM_2025, "2028-06-01"));
    assertEquals("none", tier(ONE_STEP, PLATINUM_2025, "2029-06-01"));
  }

  @Test
  void evaluate_graceDays_delayTheDowngrade() {
    TierEngine engine = TierEngine.of(policy(DowngradeMode.TO_BASE).withDowngrade(new DowngradeRule(DowngradeMode.TO_BASE, 30)));
    assertEquals("platinum", tier(engine, PLATINUM_2025, "2027-01-30"));
    assertEquals("none", tier(engine, PLATINUM_2025, "2027-01-31"));
  }

  @Test
  void evaluate_requalifyingDuringGrace_upgradesAtOnce() {
    TierEngine engine = TierEngine.of(policy(DowngradeMode.TO_BASE).withDowngrade(new DowngradeRule(DowngradeMode.TO_BASE, 30)));
    List<Purchase> history = List.of(buy("o-1", "9000", day("2025-07-01")), buy("o-2", "5200", day("2027-01-10")));
    assertEquals("gold", tier(engine, history, "2027-02-15"));
  }

  @Test
  void evaluate_rollingWindow_upgradeLastsToThePeriodEnd() {
    TierEngine engine = TierEngine.of(policy(DowngradeMode.ONE_STEP).withWindow(new RollingWindow(90)));
    TierMember member = TierMember.of(TierFixtures.ID, day("2026-01-01"));
    List<Purchase> history = List.of(buy("o-1", "6000", day("2026-03-15")));
    // Periods of 90 days: 2026-01-01..03-31, 04-01..06-29, 06-30..09-27.
    assertEquals("gold", engine.evaluate(member, history, day("2026-03-15")).tierId());
    TierDecision june = engine.evaluate(member, history, day("2026-06-20"));
    assertEquals("gold", june.tierId());
    assertEquals("none", june.qualified().id(), "the purchase left the 90-day window on 2026-06-13");
    assertEquals("silver", engine.evaluate(member, history, day("2026-06-30")).tierId());
  }

  @Test
  void evaluate_anniversaryWindow_reviewsOnTheEnrolmentDay() {
    TierEngine engine = TierEngine.of(policy(DowngradeMode.TO_QUALIFIED).withWindow(AnniversaryWindow.yearly()));
    List<Purchase> history = List.of(buy("o-1", "5500", day("2025-09-01")));
    assertEquals("gold", tier(engine, history, "2026-05-31"));
    assertEquals("gold", tier(engine, history, "2027-05-31"));
    assertEquals("none", tier(engine, history, "2027-06-01"));
  }

  @Test
  void evaluate_purchaseAfterAsOf_isIgnored() {
    assertEquals("none", tier(ONE_STEP, List.of(buy("o-1", "9000", day("2026-03-02"))), "2026-03-01"));
  }

  @Test
  void evaluate_purchaseBeforeEnrolment_doesNotCount() {
    assertEquals("none", tier(ONE_STEP, List.of(buy("o-1", "9000", day("2025-05-31"))), "2025-06-01"));
  }

  @Test
  void evaluate_asOfBeforeEnrolment_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ONE_STEP.evaluate(MEMBER, List.of(), day("2025-05-31")));
    assertEquals("asOf must not be before enrolledOn 2025-06-01 but was 2025-05-31", e.getMessage());
  }

  @Test
  void evaluate_preAggregatedMetrics_combinesHeldAndQualified() {
    LocalDate asOf = day("2026-04-01");
    TierDecision decision = ONE_STEP.evaluate(MEMBER, TierMetrics.of(new BigDecimal("1200"), 2, 300, 1200), "gold", asOf);
    assertEquals("gold", decision.tierId());
    assertEquals("silver", decision.qualified().id());
    TierDecision upgraded = ONE_STEP.evaluate(MEMBER, TierMetrics.of(new BigDecimal("8000"), 2, 300, 0), "gold", asOf);
    assertEquals("platinum", upgraded.tierId());
  }

  @Test
  void evaluate_preAggregatedUnknownHeldTier_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ONE_STEP.evaluate(MEMBER, TierMetrics.NONE, "bronze", day("2026-01-01")));
    assertEquals("tier id must be one of [none, silver, gold, platinum] but was 'bronze'", e.getMessage());
  }

  @Test
  void retainedAfterPeriod_hostKeepsState_appliesTheDowngradeRule() {
    TierPolicy policy = policy(DowngradeMode.ONE_STEP);
    assertEquals("gold", policy.retainedAfterPeriod("platinum", TierMetrics.NONE).id());
    assertEquals("platinum", policy.retainedAfterPeriod("gold", TierMetrics.of(new BigDecimal("8000"), 0, 0, 0)).id());
  }
}
