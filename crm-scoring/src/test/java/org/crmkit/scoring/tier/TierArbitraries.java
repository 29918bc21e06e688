package org.crmkit.scoring.tier;

import static org.crmkit.scoring.tier.TierFixtures.buy;
import static org.crmkit.scoring.tier.TierFixtures.refund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.crmkit.core.interaction.Interaction;

/** Generators for tier properties: histories from 2025-01-01 over about 2.5 years, and policies. */
final class TierArbitraries {
  static final LocalDate START = LocalDate.of(2025, 1, 1);

  private TierArbitraries() {}

  static Arbitrary<Interaction> interaction(boolean withRefunds) {
    Arbitrary<Integer> day = Arbitraries.integers().between(0, 900);
    Arbitrary<Long> cents = Arbitraries.longs().between(1, 600_000);
    Arbitrary<Integer> order = Arbitraries.integers().between(0, 12);
    Arbitrary<Boolean> isRefund = withRefunds ? Arbitraries.integers().between(0, 4).map(i -> i == 0)
        : Arbitraries.just(false);
    return Combinators.combine(day, cents, order, isRefund).as((d, c, o, r) -> {
      String amount = BigDecimal.valueOf(c, 2).toPlainString();
      return r ? refund("o-" + o, amount, START.plusDays(d)) : buy("o-" + o, amount, START.plusDays(d));
    });
  }

  static Arbitrary<List<Interaction>> histories(boolean withRefunds) {
    return interaction(withRefunds).list().ofMaxSize(25);
  }

  static Arbitrary<QualificationWindow> windows() {
    return Arbitraries.of(CalendarWindow.year(), CalendarWindow.quarter(), AnniversaryWindow.yearly(),
        new RollingWindow(90), new RollingWindow(365));
  }

  /** Policies whose downgrade modes keep "more spend never gives a lower tier" across periods. */
  static Arbitrary<TierPolicy> monotonePolicies() {
    return policies(Arbitraries.of(DowngradeMode.NONE, DowngradeMode.ONE_STEP, DowngradeMode.TO_QUALIFIED));
  }

  static Arbitrary<TierPolicy> anyPolicies() {
    return policies(Arbitraries.of(DowngradeMode.class));
  }

  private static Arbitrary<TierPolicy> policies(Arbitrary<DowngradeMode> modes) {
    Arbitrary<TierPolicy> ladders = Arbitraries.of(TierFixtures.policy(DowngradeMode.NONE),
        TierPolicy.defaults(TierFixtures.CNY, TierFixtures.SHANGHAI));
    Arbitrary<Integer> grace = Arbitraries.of(0, 0, 15, 45);
    return Combinators.combine(ladders, windows(), modes, grace)
        .as((p, w, m, g) -> p.withWindow(w).withDowngrade(new DowngradeRule(m, g)));
  }
}
