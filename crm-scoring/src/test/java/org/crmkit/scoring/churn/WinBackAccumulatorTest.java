package org.crmkit.scoring.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.junit.jupiter.api.Test;

class WinBackAccumulatorTest {

  static WinBackOutcome outcome(String id, ChurnKind kind, String cost, boolean recovered, String repurchase,
      String avoided, String referral, String information, String currency) {
    return new WinBackOutcome(CustomerId.of(id), kind, Money.of(cost, currency), recovered, Money.of(repurchase, currency),
        Money.of(avoided, currency), Money.of(referral, currency), Money.of(information, currency));
  }

  @Test
  void snapshot_costAndBenefits_giveReturnOnInvestment() {
    WinBackAccumulator acc = new WinBackAccumulator()
        .add(outcome("c1", ChurnKind.PULLED_AWAY, "100", true, "120", "50", "20", "10", "CNY"))
        .add(outcome("c2", ChurnKind.PULLED_AWAY, "100", false, "0", "0", "0", "0", "CNY"))
        .add(outcome("c3", ChurnKind.BOUGHT_AWAY, "50", true, "30", "0", "0", "0", "CNY"));
    WinBackSummary total = acc.snapshot();
    assertEquals(3, total.attempts());
    assertEquals(2, total.recovered());
    assertEquals(0, new BigDecimal("250").compareTo(total.cost()));
    assertEquals(0, new BigDecimal("230").compareTo(total.benefit()));
    assertEquals(-0.08, total.returnOnInvestment().getAsDouble(), 1e-12); // (230 - 250) / 250
    Map<ChurnKind, WinBackSummary> byKind = acc.snapshotByKind();
    assertEquals(0.0, byKind.get(ChurnKind.PULLED_AWAY).returnOnInvestment().getAsDouble(), 1e-12); // 200 / 200 - 1
    assertEquals(-0.4, byKind.get(ChurnKind.BOUGHT_AWAY).returnOnInvestment().getAsDouble(), 1e-12);
    assertEquals(0.5, byKind.get(ChurnKind.PULLED_AWAY).recoveryRate().getAsDouble());
    assertEquals(List.of(ChurnKind.PULLED_AWAY, ChurnKind.BOUGHT_AWAY), List.copyOf(byKind.keySet()));
  }

  @Test
  void snapshot_nothingSpent_hasNoReturnOnInvestment() {
    assertTrue(new WinBackAccumulator().snapshot().returnOnInvestment().isEmpty());
    assertTrue(new WinBackAccumulator().snapshotByKind().isEmpty());
  }

  @Test
  void add_otherCurrency_throws() {
    WinBackAccumulator acc = new WinBackAccumulator().add(outcome("c1", ChurnKind.MOVED_AWAY, "10", false, "0", "0", "0", "0", "CNY"));
    assertThrows(IllegalArgumentException.class,
        () -> acc.add(outcome("c2", ChurnKind.MOVED_AWAY, "10", false, "0", "0", "0", "0", "USD")));
  }

  @Test
  void outcome_mixedCurrencies_throws() {
    assertThrows(IllegalArgumentException.class, () -> new WinBackOutcome(CustomerId.of("c1"), ChurnKind.PULLED_AWAY,
        Money.of("1", "CNY"), true, Money.of("1", "USD"), Money.of("0", "CNY"), Money.of("0", "CNY"), Money.of("0", "CNY")));
  }

  @Test
  void collector_parallelStream_equalsSequential() {
    List<WinBackOutcome> outcomes = new java.util.ArrayList<>();
    for (int i = 0; i < 200; i++) {
      outcomes.add(outcome("c" + i, ChurnKind.values()[i % 6], String.valueOf(10 + i % 7), i % 3 == 0,
          String.valueOf(i % 11), "5", "1", "0.5", "CNY"));
    }
    WinBackAccumulator sequential = outcomes.stream().collect(WinBackAccumulator.collector());
    WinBackAccumulator parallel = outcomes.parallelStream().collect(WinBackAccumulator.collector());
    assertEquals(sequential.snapshot(), parallel.snapshot());
    assertEquals(sequential.snapshotByKind(), parallel.snapshotByKind());
  }
}
