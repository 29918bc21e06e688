package org.crmkit.core.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.Renewal;
import org.crmkit.core.interaction.RenewalOutcome;
import org.junit.jupiter.api.Test;

class RenewalPlannerTest {
  static final CustomerId C1 = CustomerId.of("C-1");
  static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);

  static Money cny(String a) {
    return Money.of(a, "CNY");
  }

  static Contract ending(String id, LocalDate end, String amount) {
    return new Contract(id, C1, end.minusYears(1).plusDays(1), end, Period.ofYears(1), cny(amount), Optional.empty());
  }

  static Renewal renewal(String id, Contract c, RenewalOutcome outcome, String amount, Instant at) {
    return new Renewal(InteractionId.of(id), c.customerId(), at, Channel.VISIT, c.contractId(), c.nextStart(),
        c.nextStart().plus(c.term()).minusDays(1), cny(amount), outcome);
  }

  @Test
  void of_oneTerm_endsTheDayBeforeTheAnniversary() {
    Contract c = Contract.of("K-1", C1, LocalDate.of(2024, 1, 1), Period.ofYears(1), cny("100"));
    assertEquals(LocalDate.of(2024, 12, 31), c.end());
    assertEquals(LocalDate.of(2025, 1, 1), c.nextStart());
    assertEquals(0, c.daysLeft(LocalDate.of(2024, 12, 31)));
  }

  @Test
  void contract_zeroTermOrReversedDates_throws() {
    assertThrows(IllegalArgumentException.class, () -> Contract.of("K-1", C1, AS_OF, Period.ZERO, cny("1")));
    assertThrows(IllegalArgumentException.class,
        () -> new Contract("K-1", C1, AS_OF, AS_OF.minusDays(1), Period.ofYears(1), cny("1"), Optional.empty()));
  }

  @Test
  void dueWithin_includesBothEndsOfTheWindow_excludesDecidedAndLapsed() {
    Contract today = ending("K-today", AS_OF, "100");
    Contract lastDay = ending("K-30", AS_OF.plusDays(30), "100");
    Contract tooLate = ending("K-31", AS_OF.plusDays(31), "100");
    Contract lapsed = ending("K-lapsed", AS_OF.minusDays(1), "100");
    Contract decided = ending("K-decided", AS_OF.plusDays(5), "100");
    Contract pending = ending("K-pending", AS_OF.plusDays(10), "100");
    Renewal lost = renewal("R1", decided, RenewalOutcome.LOST, "0", Instant.parse("2024-05-20T00:00:00Z"));
    Renewal inProgress = renewal("R2", pending, RenewalOutcome.PENDING, "100", Instant.parse("2024-05-21T00:00:00Z"));
    List<Contract> all = List.of(tooLate, lastDay, lapsed, decided, pending, today);
    List<RenewalDue> due = RenewalPlanner.dueWithin(all, List.of(lost, inProgress), AS_OF, 30);
    assertEquals(List.of("K-today", "K-pending", "K-30"), due.stream().map(d -> d.contract().contractId()).toList());
    assertEquals(Optional.of(inProgress), due.get(1).pending());
    assertEquals(30, due.get(2).daysLeft());
    assertEquals(List.of(lapsed), RenewalPlanner.lapsed(all, List.of(lost), AS_OF).stream().map(RenewalDue::contract).toList());
  }

  @Test
  void dueWithin_negativeWindow_throws() {
    assertThrows(IllegalArgumentException.class, () -> RenewalPlanner.dueWithin(List.of(), List.of(), AS_OF, -1));
  }

  @Test
  void figures_rateByCountAndByAmount() {
    Instant from = Instant.parse("2024-01-01T00:00:00Z");
    Instant to = Instant.parse("2025-01-01T00:00:00Z");
    Instant mid = Instant.parse("2024-06-01T00:00:00Z");
    Contract a = ending("K-a", AS_OF, "100");
    Contract b = ending("K-b", AS_OF, "300");
    Contract c = ending("K-c", AS_OF, "600");
    List<Renewal> rs = List.of(
        renewal("R1", a, RenewalOutcome.RENEWED, "100", mid),
        renewal("R2", b, RenewalOutcome.CHANGED, "500", mid),  // upsell: counts 300 due kept
        renewal("R3", c, RenewalOutcome.LOST, "0", mid),
        renewal("R4", c, RenewalOutcome.PENDING, "600", mid),  // pending: ignored
        renewal("R5", a, RenewalOutcome.RENEWED, "100", to));  // outside the period
    RenewalFigures f = RenewalFigures.of(List.of(a, b, c), rs, from, to);
    assertEquals(3, f.decided());
    assertEquals(2, f.won());
    assertEquals(OptionalDouble.of(2.0 / 3), f.rateByCount());
    assertEquals(OptionalDouble.of(0.4), f.rateByAmount()); // (100 + 300) / 1000
    assertEquals(0, new java.math.BigDecimal("600").compareTo(f.wonAmount()));
  }

  @Test
  void figures_mixedCurrencies_throw() {
    Instant mid = Instant.parse("2024-06-01T00:00:00Z");
    Contract a = ending("K-a", AS_OF, "100");
    Renewal usd = new Renewal(InteractionId.of("R1"), C1, mid, Channel.VISIT, "K-a", a.nextStart(), a.nextStart(),
        Money.of("1", "USD"), RenewalOutcome.RENEWED);
    assertThrows(IllegalArgumentException.class,
        () -> RenewalFigures.of(List.of(a), List.of(usd), mid.minusSeconds(1), mid.plusSeconds(1)));
  }

  @Test
  void from_wonRenewal_isTheRenewedPeriod() {
    Contract a = ending("K-a", AS_OF, "100");
    Contract next = Contract.from(renewal("R1", a, RenewalOutcome.RENEWED, "120", Instant.parse("2024-05-01T00:00:00Z")));
    assertEquals(a.nextStart(), next.start());
    assertEquals(Period.ofYears(1), next.term());
    assertTrue(next.isRenewedBy(renewal("R2", next, RenewalOutcome.LOST, "0", Instant.parse("2025-05-01T00:00:00Z"))));
    assertThrows(IllegalArgumentException.class,
        () -> Contract.from(renewal("R3", a, RenewalOutcome.LOST, "0", Instant.parse("2024-05-01T00:00:00Z"))));
  }

  @Test
  void dueWithin_profiles_takesContractsFromTheLatestWonRenewal() {
    Contract first = ending("K-a", AS_OF.minusYears(1), "100");
    Renewal won = renewal("R1", first, RenewalOutcome.RENEWED, "120", Instant.parse("2023-05-20T00:00:00Z"));
    org.crmkit.core.customer.Customer c = org.crmkit.core.customer.Customer.builder(C1,
        org.crmkit.core.customer.CustomerType.ENTERPRISE, "ACME", Instant.parse("2020-01-01T00:00:00Z")).build();
    org.crmkit.core.profile.CustomerProfile p = new org.crmkit.core.profile.CustomerProfile(c, List.of(won), List.of());
    assertEquals(List.of(Contract.from(won)), RenewalPlanner.contractsFrom(List.of(won)));
    List<RenewalDue> due = RenewalPlanner.dueAmong(List.of(p), List.of(first), AS_OF, 30);
    assertEquals(1, due.size());
    assertEquals(AS_OF, due.get(0).contract().end());
    assertEquals(cny("120"), due.get(0).contract().amount());
  }
}
