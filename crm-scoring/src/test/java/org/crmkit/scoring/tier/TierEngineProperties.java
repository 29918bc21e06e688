package org.crmkit.scoring.tier;

import static org.crmkit.scoring.tier.TierFixtures.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.crmkit.core.Money;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.Purchase;

class TierEngineProperties {
  private static final TierMember MEMBER = TierMember.of(ID, TierArbitraries.START);

  @Provide
  Arbitrary<List<Interaction>> histories() {
    return TierArbitraries.histories(true);
  }

  @Provide
  Arbitrary<List<Interaction>> purchasesOnly() {
    return TierArbitraries.histories(false);
  }

  @Provide
  Arbitrary<TierPolicy> monotonePolicies() {
    return TierArbitraries.monotonePolicies();
  }

  @Provide
  Arbitrary<TierPolicy> anyPolicies() {
    return TierArbitraries.anyPolicies();
  }

  private static int rank(TierPolicy policy, List<Interaction> history, int asOfDay) {
    TierDecision decision = TierEngine.of(policy).evaluate(MEMBER, history, TierArbitraries.START.plusDays(asOfDay));
    return policy.rank(decision.tierId());
  }

  @Property(tries = 200)
  void moreSpendNeverGivesALowerTier(@ForAll("monotonePolicies") TierPolicy policy,
      @ForAll("histories") List<Interaction> history, @ForAll @IntRange(max = 24) int which,
      @ForAll @LongRange(min = 1, max = 2_000_000) long extraCents, @ForAll @IntRange(max = 1000) int asOfDay) {
    List<Integer> purchases = new ArrayList<>();
    for (int i = 0; i < history.size(); i++) {
      if (history.get(i) instanceof Purchase) {
        purchases.add(i);
      }
    }
    Assume.that(!purchases.isEmpty());
    int index = purchases.get(which % purchases.size());
    Purchase p = (Purchase) history.get(index);
    Purchase bigger = new Purchase(p.id(), p.customerId(), p.occurredAt(), p.channel(), p.orderId(),
        p.amount().plus(Money.of(BigDecimal.valueOf(extraCents, 2), "CNY")), p.items(), p.payment(), p.delivery());
    List<Interaction> more = new ArrayList<>(history);
    more.set(index, bigger);
    assertTrue(rank(policy, more, asOfDay) >= rank(policy, history, asOfDay));
  }

  @Property
  void moreSpendNeverGivesALowerQualifiedTier(@ForAll("anyPolicies") TierPolicy policy,
      @ForAll @LongRange(max = 10_000_000) long cents, @ForAll @LongRange(min = 1, max = 10_000_000) long extra,
      @ForAll @LongRange(max = 40) long purchases, @ForAll @LongRange(max = 900) long tenure) {
    TierMetrics base = TierMetrics.of(BigDecimal.valueOf(cents, 2), purchases, tenure, cents / 100);
    TierMetrics more = base.withSpend(BigDecimal.valueOf(cents + extra, 2));
    assertTrue(policy.qualifiedRank(more) >= policy.qualifiedRank(base));
  }

  @Property(tries = 200)
  void evaluationIsIndependentOfInputOrder(@ForAll("anyPolicies") TierPolicy policy,
      @ForAll("histories") List<Interaction> history, @ForAll long seed, @ForAll @IntRange(max = 1000) int asOfDay) {
    List<Interaction> shuffled = new ArrayList<>(history);
    Collections.shuffle(shuffled, new Random(seed));
    TierEngine engine = TierEngine.of(policy);
    assertEquals(engine.evaluate(MEMBER, history, TierArbitraries.START.plusDays(asOfDay)),
        engine.evaluate(MEMBER, shuffled, TierArbitraries.START.plusDays(asOfDay)));
  }

  @Property(tries = 200)
  void earnedTierIsNeverBelowQualifiedOrHeld(@ForAll("anyPolicies") TierPolicy policy,
      @ForAll("histories") List<Interaction> history, @ForAll @IntRange(max = 1000) int asOfDay) {
    TierDecision decision = TierEngine.of(policy).evaluate(MEMBER, history, TierArbitraries.START.plusDays(asOfDay));
    int earned = policy.rank(decision.earned().id());
    assertTrue(earned >= policy.rank(decision.qualified().id()));
    assertTrue(earned >= policy.rank(decision.held().id()));
    assertEquals(decision.qualified(), policy.qualifiedTier(decision.metrics()));
  }

  @Property(tries = 100)
  void withoutRefundsTheTierNeverDropsInsideAPeriod(@ForAll("anyPolicies") TierPolicy policy,
      @ForAll("purchasesOnly") List<Interaction> history, @ForAll @IntRange(max = 999) int asOfDay) {
    TierEngine engine = TierEngine.of(policy);
    TierDecision today = engine.evaluate(MEMBER, history, TierArbitraries.START.plusDays(asOfDay));
    TierDecision tomorrow = engine.evaluate(MEMBER, history, TierArbitraries.START.plusDays(asOfDay + 1L));
    // A downgrade decided at the end of the previous period takes effect when its grace ends,
    // which is inside this period (DowngradeRule): the one day a drop is allowed.
    int grace = policy.downgrade().graceDays();
    boolean graceEnds = grace > 0 && tomorrow.asOf().equals(tomorrow.period().start().plusDays(grace));
    if (today.period().equals(tomorrow.period()) && !graceEnds) {
      assertTrue(policy.rank(tomorrow.tierId()) >= policy.rank(today.tierId()),
          () -> today + " then " + tomorrow);
    }
  }
}
