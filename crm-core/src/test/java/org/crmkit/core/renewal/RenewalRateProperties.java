package org.crmkit.core.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.Renewal;
import org.crmkit.core.interaction.RenewalOutcome;

class RenewalRateProperties {
  static final LocalDate BASE = LocalDate.of(2024, 1, 1);

  /** One contract with an optional renewal about it. */
  record Case(Contract contract, Optional<Renewal> renewal) {}

  @Provide
  Arbitrary<List<Case>> cases() {
    Arbitrary<Integer> startDay = Arbitraries.integers().between(0, 365);
    Arbitrary<Integer> months = Arbitraries.integers().between(1, 24);
    Arbitrary<Long> amount = Arbitraries.longs().between(0, 1_000_000);
    Arbitrary<Optional<RenewalOutcome>> outcome = Arbitraries.of(RenewalOutcome.class).optional();
    Arbitrary<Integer> decidedDay = Arbitraries.integers().between(0, 800);
    Arbitrary<String> contractId = Arbitraries.of("K1", "K2", "K3", "K4", "K5");
    return Combinators.combine(contractId, startDay, months, amount, outcome, decidedDay, amount)
        .as((id, s, m, a, o, d, ra) -> {
          Contract c = Contract.of(id, CustomerId.of("C-1"), BASE.plusDays(s), Period.ofMonths(m), Money.of(
              java.math.BigDecimal.valueOf(a, 2), "CNY"));
          Optional<Renewal> r = o.map(out -> new Renewal(InteractionId.of("R-" + id + "-" + s + "-" + d), c.customerId(),
              BASE.plusDays(d).atStartOfDay(ZoneOffset.UTC).toInstant(), Channel.VISIT, id, c.nextStart(),
              c.nextStart().plus(c.term()).minusDays(1),
              Money.of(java.math.BigDecimal.valueOf(out == RenewalOutcome.LOST ? 0 : ra, 2), "CNY"), out));
          return new Case(c, r);
        }).list().ofMaxSize(25);
  }

  @Property(tries = 300)
  void renewalRateIsInZeroOne(@ForAll("cases") List<Case> cases, @ForAll("days") int fromDay, @ForAll("days") int len) {
    List<Contract> contracts = new ArrayList<>();
    List<Renewal> renewals = new ArrayList<>();
    for (Case c : cases) {
      contracts.add(c.contract());
      c.renewal().ifPresent(renewals::add);
    }
    Instant from = BASE.plusDays(fromDay).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant to = from.plusSeconds(86_400L * (len + 1));
    RenewalFigures f = RenewalFigures.of(contracts, renewals, from, to);
    f.rateByCount().ifPresent(r -> assertTrue(r >= 0 && r <= 1, "by count " + r));
    f.rateByAmount().ifPresent(r -> assertTrue(r >= 0 && r <= 1, "by amount " + r));
    assertEquals(f.decided() == 0, f.rateByCount().isEmpty());
  }

  @Property(tries = 200)
  void dueListsExactlyTheUndecidedContractsEndingInTheWindow(@ForAll("cases") List<Case> cases,
      @ForAll("days") int asOfDay, @ForAll("days") int window) {
    List<Contract> contracts = cases.stream().map(Case::contract).toList();
    List<Renewal> renewals = cases.stream().flatMap(c -> c.renewal().stream()).toList();
    LocalDate asOf = BASE.plusDays(asOfDay);
    List<RenewalDue> due = RenewalPlanner.dueWithin(contracts, renewals, asOf, window);
    long expected = contracts.stream()
        .filter(c -> c.daysLeft(asOf) >= 0 && c.daysLeft(asOf) <= window && !RenewalPlanner.isDecided(c, renewals))
        .count();
    assertEquals(expected, due.size());
    for (int k = 1; k < due.size(); k++) {
      assertTrue(!due.get(k).contract().end().isBefore(due.get(k - 1).contract().end()));
    }
  }

  @Provide
  Arbitrary<Integer> days() {
    return Arbitraries.integers().between(0, 800);
  }
}
