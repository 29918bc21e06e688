package org.crmkit.scoring.bgnbd;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class BgNbdModelProperties {

  @Provide
  Arbitrary<BgNbdModel> models() {
    return Combinators.combine(
            Arbitraries.doubles().between(0.02, 5.0),
            Arbitraries.doubles().between(0.05, 200.0),
            Arbitraries.doubles().between(0.02, 5.0),
            Arbitraries.doubles().between(0.02, 10.0))
        .as((r, alpha, a, b) -> BgNbdModel.of(BgNbdParameters.of(r, alpha, a, b)));
  }

  @Property
  void probabilityAliveIsAProbability(@ForAll("models") BgNbdModel model,
      @ForAll @IntRange(min = 0, max = 3000) int x, @ForAll @DoubleRange(min = 0, max = 1000) double age,
      @ForAll @DoubleRange(min = 0, max = 1) double share) {
    double tx = x == 0 ? 0 : share * age;
    double p = model.probabilityAlive(x, tx, age);
    assertTrue(p >= 0 && p <= 1, "P(alive) = " + p);
  }

  @Property
  void probabilityAliveNeverIncreasesWithAge(@ForAll("models") BgNbdModel model,
      @ForAll @IntRange(min = 0, max = 500) int x, @ForAll @DoubleRange(min = 0, max = 500) double tx,
      @ForAll @DoubleRange(min = 0, max = 500) double wait1, @ForAll @DoubleRange(min = 0, max = 500) double wait2) {
    double recency = x == 0 ? 0 : tx;
    double younger = recency + Math.min(wait1, wait2);
    double older = recency + Math.max(wait1, wait2);
    assertTrue(model.probabilityAlive(x, recency, older) <= model.probabilityAlive(x, recency, younger));
  }

  @Property(tries = 300)
  void expectedPurchasesAreNonNegativeAndGrowWithTheHorizon(@ForAll("models") BgNbdModel model,
      @ForAll @IntRange(min = 0, max = 200) int x, @ForAll @DoubleRange(min = 0, max = 300) double age,
      @ForAll @DoubleRange(min = 0, max = 1) double share,
      @ForAll @DoubleRange(min = 0, max = 3000) double t1, @ForAll @DoubleRange(min = 0, max = 3000) double t2) {
    double tx = x == 0 ? 0 : share * age;
    double shorter = model.expectedPurchases(x, tx, age, Math.min(t1, t2));
    double longer = model.expectedPurchases(x, tx, age, Math.max(t1, t2));
    assertTrue(shorter >= 0 && Double.isFinite(longer), "E = " + shorter + ", " + longer);
    assertTrue(longer >= shorter * (1 - 1e-10) - 1e-12, "E(t) fell from " + shorter + " to " + longer);
  }

  @Property(tries = 200)
  void expectedPurchasesMatchTheTextbookFormula(@ForAll("models") BgNbdModel model,
      @ForAll @IntRange(min = 0, max = 30) int x, @ForAll @DoubleRange(min = 0, max = 100) double age,
      @ForAll @DoubleRange(min = 0, max = 1) double share, @ForAll @DoubleRange(min = 0.1, max = 300) double t) {
    // Eq. 10 literally, with the general 2F1 on the original parameters: an independent code path
    // (no Euler transformation, no reduced series). Skipped near a = 1, where it is 0/0.
    BgNbdParameters p = model.parameters();
    net.jqwik.api.Assume.that(Math.abs(p.a() - 1) > 0.05);
    double tx = x == 0 ? 0 : share * age;
    double z = t / (p.alpha() + age + t);
    net.jqwik.api.Assume.that(z < 0.97);
    double g = Math.pow((p.alpha() + age) / (p.alpha() + age + t), p.r() + x)
        * org.crmkit.scoring.math.Hypergeometric.hyp2f1(p.r() + x, p.b() + x, p.a() + p.b() + x - 1, z);
    double textbook = (p.a() + p.b() + x - 1) / (p.a() - 1) * (1 - g) * model.probabilityAlive(x, tx, age);
    double ours = model.expectedPurchases(x, tx, age, t);
    // The textbook form loses digits to 1 - g; allow for that with a scale of (a+b+x-1)/|a-1|.
    double scale = Math.abs((p.a() + p.b() + x - 1) / (p.a() - 1)) * model.probabilityAlive(x, tx, age);
    assertTrue(Math.abs(ours - textbook) <= 1e-7 * Math.max(ours, 1e-3) + 1e-11 * scale,
        "ours " + ours + " textbook " + textbook);
  }

  @Property(tries = 200)
  void purchaseCountProbabilitiesSumToAtMostOne(@ForAll("models") BgNbdModel model,
      @ForAll @DoubleRange(min = 0.01, max = 200) double horizon) {
    double total = 0;
    for (int n = 0; n <= 60; n++) {
      double p = model.probabilityOfPurchases(n, horizon);
      assertTrue(p >= 0 && p <= 1, "P = " + p);
      total += p;
    }
    assertTrue(total <= 1 + 1e-9, "sum = " + total);
  }
}
