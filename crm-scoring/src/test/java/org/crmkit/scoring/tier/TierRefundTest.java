package org.crmkit.scoring.tier;

import static org.crmkit.scoring.tier.TierFixtures.ID;
import static org.crmkit.scoring.tier.TierFixtures.MEMBER;
import static org.crmkit.scoring.tier.TierFixtures.buy;
import static org.crmkit.scoring.tier.TierFixtures.day;
import static org.crmkit.scoring.tier.TierFixtures.noon;
import static org.crmkit.scoring.tier.TierFixtures.policy;
import static org.crmkit.scoring.tier.TierFixtures.refund;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.DeliveryStatus;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.PaymentStatus;
import org.crmkit.core.interaction.Purchase;
import org.crmkit.scoring.testing.Fixtures;
import org.junit.jupiter.api.Test;

class TierRefundTest {
  private static final TierPolicy POLICY = policy(DowngradeMode.ONE_STEP);
  private static final TierEngine ENGINE = TierEngine.of(POLICY);

  private static TierMetrics metrics(List<? extends Interaction> history, String asOf) {
    return TierMetricsAggregator.aggregate(POLICY, MEMBER, history, day(asOf));
  }

  @Test
  void aggregate_partialRefund_reversesItsSpend() {
    List<Interaction> history = List.of(buy("o-1", "6000", day("2026-03-01")), refund("o-1", "2000", day("2026-04-01")));
    assertEquals(TierMetrics.of(new BigDecimal("6000"), 1, 303, 6000), metrics(history, "2026-03-31"));
    assertEquals(TierMetrics.of(new BigDecimal("4000"), 1, 304, 4000), metrics(history, "2026-04-01"));
    assertEquals("silver", ENGINE.evaluate(MEMBER, history, day("2026-04-01")).tierId());
  }

  @Test
  void aggregate_fullReturn_removesThePurchase() {
    List<Interaction> history = List.of(buy("o-1", "6000", day("2026-03-01")), buy("o-2", "100", day("2026-03-02")),
        refund("o-1", "6000", day("2026-03-20")));
    assertEquals(TierMetrics.of(new BigDecimal("100"), 1, 292, 100), metrics(history, "2026-03-20"));
  }

  @Test
  void evaluate_returnOfLastYearsPurchase_revokesTheTierItEarned() {
    List<Interaction> history = List.of(buy("o-1", "6000", day("2025-07-01")), refund("o-1", "6000", day("2026-02-01")));
    assertEquals("gold", ENGINE.evaluate(MEMBER, history, day("2026-01-31")).tierId());
    assertEquals("none", ENGINE.evaluate(MEMBER, history, day("2026-02-01")).tierId());
  }

  @Test
  void aggregate_refundOfOrderOutsideHistory_reducesSpendOnItsDay() {
    List<Interaction> history = List.of(buy("o-1", "1200", day("2026-03-01")), refund("o-old", "500", day("2026-05-01")));
    assertEquals(new BigDecimal("700"), metrics(history, "2026-05-01").spend());
    assertEquals(1, metrics(history, "2026-05-01").purchases());
  }

  @Test
  void aggregate_refundLargerThanSpend_neverGoesNegative() {
    List<Interaction> history = List.of(buy("o-1", "100", day("2026-03-01")), refund("o-1", "150", day("2026-03-02")),
        refund("x-9", "999", day("2026-03-03")));
    assertEquals(TierMetrics.of(BigDecimal.ZERO, 0, 275, 0), metrics(history, "2026-03-03"));
  }

  @Test
  void aggregate_unpaidPurchase_andItsRefund_changeNothing() {
    Purchase unpaid = new Purchase(InteractionId.of("p-unpaid"), ID, noon(day("2026-03-01")), Channel.WEB, "o-9",
        Money.of("7000", "CNY"), List.of(), PaymentStatus.CANCELLED, DeliveryStatus.NOT_APPLICABLE);
    List<Interaction> history = List.of(unpaid, refund("o-9", "7000", day("2026-03-02")), buy("o-1", "300", day("2026-03-03")));
    assertEquals(TierMetrics.of(new BigDecimal("300"), 1, 275, 300), metrics(history, "2026-03-03"));
  }

  @Test
  void aggregate_otherCurrency_throws() {
    List<Interaction> history = List.of(Fixtures.purchase(ID, "o-1", "10", "USD", noon(day("2026-03-01"))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> metrics(history, "2026-03-01"));
    assertEquals("interaction " + history.get(0).id() + " currency must be CNY but was USD", e.getMessage());
  }

  @Test
  void aggregate_otherCustomersInteraction_throws() {
    Interaction foreign = Fixtures.purchase(CustomerId.of("m-2"), "o-1", "10", "CNY", noon(day("2026-03-01")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> metrics(List.of(foreign), "2026-03-01"));
    assertEquals("history must belong to customer m-1 but interaction " + foreign.id() + " belongs to m-2", e.getMessage());
  }

  @Test
  void aggregate_pointsPerUnit_roundsDown() {
    TierPolicy policy = new TierPolicy("p", POLICY.currency(), POLICY.zone(), POLICY.tiers(), POLICY.window(),
        POLICY.downgrade(), new BigDecimal("1.5"));
    List<Interaction> history = List.of(buy("o-1", "99.99", day("2026-03-01")));
    assertEquals(149, TierMetricsAggregator.aggregate(policy, MEMBER, history, day("2026-03-01")).points());
  }
}
