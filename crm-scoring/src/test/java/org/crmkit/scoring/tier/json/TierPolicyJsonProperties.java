package org.crmkit.scoring.tier.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkit.core.CustomerId;
import org.crmkit.scoring.tier.AnniversaryWindow;
import org.crmkit.scoring.tier.Benefit;
import org.crmkit.scoring.tier.CalendarWindow;
import org.crmkit.scoring.tier.Criterion;
import org.crmkit.scoring.tier.CustomBenefit;
import org.crmkit.scoring.tier.DiscountBenefit;
import org.crmkit.scoring.tier.DowngradeMode;
import org.crmkit.scoring.tier.DowngradeRule;
import org.crmkit.scoring.tier.GiftBenefit;
import org.crmkit.scoring.tier.Match;
import org.crmkit.scoring.tier.Metric;
import org.crmkit.scoring.tier.PriorityServiceBenefit;
import org.crmkit.scoring.tier.QualificationWindow;
import org.crmkit.scoring.tier.RollingWindow;
import org.crmkit.scoring.tier.Tier;
import org.crmkit.scoring.tier.TierEngine;
import org.crmkit.scoring.tier.TierMember;
import org.crmkit.scoring.tier.TierMetrics;
import org.crmkit.scoring.tier.TierPolicy;
import org.crmkit.scoring.tier.TierRule;

class TierPolicyJsonProperties {
  private static final TierMember MEMBER = TierMember.of(CustomerId.of("m-1"), LocalDate.of(2025, 1, 1));

  @Provide
  Arbitrary<TierPolicy> policies() {
    Arbitrary<QualificationWindow> windows = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 3660).map(RollingWindow::new),
        Arbitraries.of(1, 2, 3, 4, 6, 12).map(CalendarWindow::new),
        Arbitraries.integers().between(1, 120).map(AnniversaryWindow::new));
    Arbitrary<DowngradeRule> downgrades = Combinators.combine(Arbitraries.of(DowngradeMode.class),
        Arbitraries.integers().between(0, 366)).as(DowngradeRule::new);
    Arbitrary<BigDecimal> points = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.TEN).ofScale(3);
    Arbitrary<List<TierRule>> rules = rule().list().ofMinSize(0).ofMaxSize(5);
    Arbitrary<List<List<Benefit>>> benefits = benefit().list().ofMaxSize(3).list().ofSize(6);
    Arbitrary<String> zone = Arbitraries.of("Asia/Shanghai", "UTC", "Europe/Berlin", "America/New_York");
    Arbitrary<String> currency = Arbitraries.of("CNY", "USD", "JPY", "EUR");
    return Combinators.combine(windows, downgrades, points, rules, benefits, zone, currency).as((w, d, p, r, b, z, c) -> {
      List<Tier> tiers = new ArrayList<>();
      tiers.add(new Tier("base", "Base", TierRule.always(), b.get(0)));
      for (int i = 0; i < r.size(); i++) {
        tiers.add(new Tier("t" + i, "Tier " + i, r.get(i), b.get(i + 1)));
      }
      return new TierPolicy("random", Currency.getInstance(c), ZoneId.of(z), tiers, w, d, p);
    });
  }

  private static Arbitrary<TierRule> rule() {
    Arbitrary<Criterion> criterion = Combinators.combine(Arbitraries.of(Metric.class),
        Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("100000")).ofScale(2))
        .as((m, v) -> new Criterion(m, m == Metric.SPEND ? v : v.setScale(0, RoundingMode.CEILING)));
    return criterion.list().ofMinSize(1).ofMaxSize(4).uniqueElements(Criterion::metric)
        .flatMap(cs -> Combinators.combine(Arbitraries.of(Match.class), Arbitraries.integers().between(1, cs.size()))
            .as((m, n) -> new TierRule(m, n, cs)));
  }

  private static Arbitrary<Benefit> benefit() {
    return Arbitraries.oneOf(
        Arbitraries.bigDecimals().between(new BigDecimal("0.5"), new BigDecimal("100")).ofScale(1).map(DiscountBenefit::new),
        Arbitraries.just(new PriorityServiceBenefit()),
        Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '礼', '品').ofMinLength(1).ofMaxLength(30)
            .filter(s -> !s.isBlank()).map(GiftBenefit::new),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10).map(k -> new CustomBenefit(k, "yes")));
  }

  @Provide
  Arbitrary<TierMetrics> metrics() {
    return Combinators.combine(Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("200000")).ofScale(2),
        Arbitraries.longs().between(0, 100), Arbitraries.longs().between(0, 2000), Arbitraries.longs().between(0, 200_000))
        .as(TierMetrics::of);
  }

  @Provide
  Arbitrary<List<TierMetrics>> population() {
    return metrics().list().ofMaxSize(20);
  }

  @Property(tries = 150)
  void policyJsonRoundTripChangesNoDecision(@ForAll("policies") TierPolicy policy,
      @ForAll("population") List<TierMetrics> population) {
    TierPolicy copy = TierPolicyJson.read(TierPolicyJson.write(policy));
    assertEquals(policy, copy);
    TierEngine before = TierEngine.of(policy);
    TierEngine after = TierEngine.of(copy);
    LocalDate asOf = LocalDate.of(2026, 6, 30);
    for (TierMetrics m : population) {
      assertEquals(policy.qualifiedRank(m), copy.qualifiedRank(m));
      String held = policy.tier(policy.tiers().size() / 2).id();
      assertEquals(before.evaluate(MEMBER, m, held, asOf).trace(), after.evaluate(MEMBER, m, held, asOf).trace());
    }
  }
}
