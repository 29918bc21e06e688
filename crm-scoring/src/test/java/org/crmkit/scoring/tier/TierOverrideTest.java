package org.crmkit.scoring.tier;

import static org.crmkit.scoring.tier.TierFixtures.MEMBER;
import static org.crmkit.scoring.tier.TierFixtures.buy;
import static org.crmkit.scoring.tier.TierFixtures.day;
import static org.crmkit.scoring.tier.TierFixtures.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crmkit.core.interaction.Purchase;
import org.junit.jupiter.api.Test;

class TierOverrideTest {
  private static final TierEngine ENGINE = TierEngine.of(policy(DowngradeMode.ONE_STEP));
  private static final List<Purchase> SILVER = List.of(buy("o-1", "1500", day("2026-02-01")));
  private static final List<Purchase> PLATINUM = List.of(buy("o-1", "9000", day("2026-02-01")));

  private static TierOverride override(String tier, OverrideMode mode, String from, String to) {
    return new TierOverride(tier, mode, "retention offer", "agent-7", day(from), day(to));
  }

  private static TierDecision evaluate(List<Purchase> history, String asOf, TierOverride... overrides) {
    TierMember member = new TierMember(MEMBER.customerId(), MEMBER.enrolledOn(), List.of(overrides));
    return ENGINE.evaluate(member, history, day(asOf));
  }

  @Test
  void floor_aboveEarned_raisesTheTier() {
    TierDecision decision = evaluate(SILVER, "2026-03-01", override("gold", OverrideMode.FLOOR, "2026-01-01", "2026-06-30"));
    assertEquals("gold", decision.tierId());
    assertEquals("silver", decision.earned().id());
  }

  @Test
  void floor_belowEarned_keepsTheEarnedTier() {
    assertEquals("platinum",
        evaluate(PLATINUM, "2026-03-01", override("gold", OverrideMode.FLOOR, "2026-01-01", "2026-06-30")).tierId());
  }

  @Test
  void pin_belowEarned_lowersTheTier() {
    assertEquals("silver",
        evaluate(PLATINUM, "2026-03-01", override("silver", OverrideMode.PIN, "2026-01-01", "2026-06-30")).tierId());
  }

  @Test
  void override_lastDayInForce_appliesAndExpiresTheDayAfter() {
    TierOverride floor = override("gold", OverrideMode.FLOOR, "2026-01-01", "2026-06-30");
    assertEquals("gold", evaluate(SILVER, "2026-06-30", floor).tierId());
    TierDecision after = evaluate(SILVER, "2026-07-01", floor);
    assertEquals("silver", after.tierId());
    assertTrue(after.override().isEmpty());
  }

  @Test
  void override_expired_leavesNoTraceInTheEarnedState() {
    // A pin to platinum through 2026 must not be carried into 2027 as if earned.
    TierOverride pin = override("platinum", OverrideMode.PIN, "2026-01-01", "2026-12-31");
    assertEquals("platinum", evaluate(SILVER, "2026-12-31", pin).tierId());
    assertEquals("silver", evaluate(SILVER, "2027-01-01", pin).tierId());
  }

  @Test
  void pin_beatsFloor_andLatestPinWins() {
    TierDecision decision = evaluate(SILVER, "2026-03-01",
        override("platinum", OverrideMode.FLOOR, "2026-01-01", "2026-12-31"),
        override("none", OverrideMode.PIN, "2026-01-01", "2026-12-31"),
        override("gold", OverrideMode.PIN, "2026-02-01", "2026-12-31"));
    assertEquals("gold", decision.tierId());
    assertEquals(OverrideMode.PIN, decision.override().orElseThrow().mode());
  }

  @Test
  void floors_highestWins() {
    assertEquals("platinum", evaluate(SILVER, "2026-03-01",
        override("gold", OverrideMode.FLOOR, "2026-01-01", "2026-12-31"),
        override("platinum", OverrideMode.FLOOR, "2026-02-01", "2026-03-01")).tierId());
  }

  @Test
  void override_unknownTier_throws() {
    assertThrows(IllegalArgumentException.class,
        () -> evaluate(SILVER, "2026-03-01", override("bronze", OverrideMode.PIN, "2026-01-01", "2026-12-31")));
  }

  @Test
  void toString_omitsTheReason() {
    TierOverride override = override("gold", OverrideMode.PIN, "2026-01-01", "2026-12-31");
    assertFalse(override.toString().contains("retention offer"));
    assertFalse(evaluate(SILVER, "2026-03-01", override).toString().contains("retention offer"));
  }

  @Test
  void new_endBeforeStart_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> override("gold", OverrideMode.PIN, "2026-02-01", "2026-01-31"));
    assertEquals("endsOn must not be before startsOn but was 2026-01-31 < 2026-02-01", e.getMessage());
  }
}
