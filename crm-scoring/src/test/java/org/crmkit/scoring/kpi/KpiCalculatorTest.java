package org.crmkit.scoring.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.customer.LifecycleHistory;
import org.crmkit.core.customer.LifecycleStage;
import org.crmkit.core.customer.StageEntry;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.Complaint;
import org.crmkit.core.interaction.ComplaintCause;
import org.crmkit.core.interaction.ComplaintStatus;
import org.crmkit.core.interaction.FollowUp;
import org.crmkit.core.interaction.FollowUpMethod;
import org.crmkit.core.interaction.FollowUpOutcome;
import org.crmkit.core.interaction.FollowUpPurpose;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.Renewal;
import org.crmkit.core.interaction.RenewalOutcome;
import org.crmkit.core.interaction.Urgency;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.scoring.stats.Interval;
import org.crmkit.scoring.stats.Proportion;
import org.junit.jupiter.api.Test;

class KpiCalculatorTest {
  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-04-01T00:00:00Z");
  private static final Instant BEFORE = Instant.parse("2025-06-01T00:00:00Z");
  private static final Instant DURING = Instant.parse("2026-02-15T00:00:00Z");
  private static int ids;

  private static Customer customer(String id, LifecycleHistory history) {
    return Customer.builder(CustomerId.of(id), CustomerType.INDIVIDUAL, "Test " + id, history.entries().get(0).enteredAt())
        .lifecycle(history).build();
  }

  private static LifecycleHistory buyerSince(Instant at) {
    return LifecycleHistory.startingAt(LifecycleStage.AWARENESS, at).moveTo(LifecycleStage.TRANSACTION, at);
  }

  private static InteractionId next() {
    return InteractionId.of("k-" + ++ids);
  }

  private static Complaint complaint(String customer) {
    return new Complaint(next(), CustomerId.of(customer), DURING, Channel.PHONE, Urgency.values()[0], DURING.plusSeconds(86_400),
        ComplaintCause.values()[0], ComplaintStatus.values()[0], "late delivery");
  }

  private static FollowUp followUp(String customer, Instant at) {
    return new FollowUp(next(), CustomerId.of(customer), at, Channel.PHONE, FollowUpMethod.values()[0],
        FollowUpPurpose.values()[0], FollowUpOutcome.values()[0], Optional.empty());
  }

  private static Renewal renewal(String customer, String contract, Instant at, String amount, RenewalOutcome outcome) {
    return new Renewal(next(), CustomerId.of(customer), at, Channel.VISIT, contract, LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31), Money.of(amount, "CNY"), outcome);
  }

  private static List<CustomerProfile> population() {
    List<CustomerProfile> all = new ArrayList<>();
    // Five customers buying before the period; one exits during it and one complained.
    for (int i = 1; i <= 5; i++) {
      LifecycleHistory history = buyerSince(BEFORE);
      if (i == 1) {
        history = history.moveTo(new StageEntry(LifecycleStage.EXIT, DURING, Optional.of("moved away")));
      }
      List<Interaction> interactions = new ArrayList<>();
      if (i == 2) {
        interactions.add(complaint("b" + i));
        interactions.add(followUp("b" + i, DURING));
      }
      if (i == 3) {
        interactions.add(followUp("b" + i, TO)); // at the excluded end
        interactions.add(renewal("b" + i, "k-1", BEFORE, "1000", RenewalOutcome.RENEWED));
        interactions.add(renewal("b" + i, "k-1", DURING, "1200", RenewalOutcome.CHANGED));
      }
      if (i == 4) {
        interactions.add(renewal("b" + i, "k-2", BEFORE, "500", RenewalOutcome.RENEWED));
        interactions.add(renewal("b" + i, "k-2", DURING, "0", RenewalOutcome.LOST));
        interactions.add(renewal("b" + i, "k-3", DURING, "700", RenewalOutcome.RENEWED)); // no amount due known
        interactions.add(renewal("b" + i, "k-4", DURING, "700", RenewalOutcome.PENDING));
      }
      all.add(new CustomerProfile(customer("b" + i, history), interactions, List.of()));
    }
    // Three leads: one from before converts, one created during the period converts, one does not.
    all.add(new CustomerProfile(customer("l1", LifecycleHistory.startingAt(LifecycleStage.INTERACTION, BEFORE)
        .moveTo(LifecycleStage.TRANSACTION, DURING)), List.of(), List.of()));
    all.add(new CustomerProfile(customer("l2", LifecycleHistory.startingAt(LifecycleStage.AWARENESS, DURING)
        .moveTo(LifecycleStage.TRANSACTION, DURING.plusSeconds(60))), List.of(), List.of()));
    all.add(new CustomerProfile(customer("l3", LifecycleHistory.startingAt(LifecycleStage.AWARENESS, BEFORE)),
        List.of(), List.of()));
    // Exited before the period, and created after it: in no sample.
    all.add(new CustomerProfile(customer("x1", buyerSince(BEFORE)
        .moveTo(new StageEntry(LifecycleStage.EXIT, BEFORE.plusSeconds(3600), Optional.of("price")))), List.of(), List.of()));
    all.add(new CustomerProfile(customer("x2", buyerSince(TO)), List.of(), List.of()));
    return all;
  }

  @Test
  void compute_population_countsEverySample() {
    KpiReport report = KpiCalculator.compute(population(), FROM, TO);
    assertEquals(Proportion.of(1, 5), report.get(Kpi.CHURN).proportion());
    assertEquals(Proportion.of(4, 5), report.get(Kpi.RETENTION).proportion());
    assertEquals(Proportion.of(2, 3), report.get(Kpi.CONVERSION).proportion());
    assertEquals(Proportion.of(1, 8), report.get(Kpi.COMPLAINT).proportion());
    assertEquals(Proportion.of(1, 8), report.get(Kpi.FOLLOW_UP).proportion());
    assertEquals(Proportion.of(2, 3), report.get(Kpi.RENEWAL).proportion());
  }

  @Test
  void compute_renewalByAmount_comparesWonAmountWithPreviousAmounts() {
    AmountRate byAmount = KpiCalculator.compute(population(), FROM, TO).renewalByAmount().orElseThrow();
    assertEquals(new BigDecimal("1200"), byAmount.achieved());
    assertEquals(new BigDecimal("1500"), byAmount.due());
    assertEquals(2, byAmount.sampleSize());
    assertEquals(0.8, byAmount.ratio(), 1e-12);
  }

  @Test
  void kpiValue_wilsonInterval_containsTheRate() {
    KpiValue churn = KpiCalculator.compute(population(), FROM, TO).get(Kpi.CHURN);
    Interval interval = churn.wilsonInterval(0.95);
    assertTrue(interval.contains(churn.rate()));
    assertEquals(5, churn.sampleSize());
  }

  @Test
  void compute_noProfiles_givesEmptySamples() {
    KpiReport report = KpiCalculator.compute(List.of(), FROM, TO);
    assertTrue(report.get(Kpi.CHURN).proportion().isEmpty());
    assertTrue(report.renewalByAmount().isEmpty());
    assertThrows(IllegalStateException.class, () -> report.get(Kpi.CHURN).rate());
  }

  @Test
  void compute_emptyPeriod_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> KpiCalculator.compute(List.of(), TO, TO));
    assertEquals("from must be before to but was 2026-04-01T00:00:00Z >= 2026-04-01T00:00:00Z", e.getMessage());
  }
}
