package org.crmkit.scoring.spend;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.crmkit.scoring.bgnbd.BgNbdModel;
import org.crmkit.scoring.bgnbd.BgNbdParameters;

class CustomerLifetimeValueProperties {
  private static final BgNbdModel TRANSACTIONS = BgNbdModel.of(BgNbdParameters.of(0.243, 4.414, 0.793, 2.426));
  private static final GammaGammaModel SPEND = GammaGammaModel.of(GammaGammaParameters.of(6.25, 3.74, 15.44));

  @Property(tries = 100)
  void lifetimeValueIsNonNegativeAndGrowsWithTheHorizon(@ForAll @IntRange(min = 0, max = 40) int x,
      @ForAll @DoubleRange(min = 0, max = 1) double share, @ForAll @DoubleRange(min = 1, max = 100) double age,
      @ForAll @DoubleRange(min = 1, max = 500) double meanValue, @ForAll @IntRange(min = 1, max = 36) int p1,
      @ForAll @IntRange(min = 1, max = 36) int p2, @ForAll @DoubleRange(min = 0, max = 0.05) double rate) {
    double tx = x == 0 ? 0 : share * age;
    double shorter = CustomerLifetimeValue.of(TRANSACTIONS, SPEND, DiscountedHorizon.of(Math.min(p1, p2), 4.33, rate))
        .value(x, tx, age, meanValue);
    double longer = CustomerLifetimeValue.of(TRANSACTIONS, SPEND, DiscountedHorizon.of(Math.max(p1, p2), 4.33, rate))
        .value(x, tx, age, meanValue);
    assertTrue(shorter >= 0 && longer >= shorter * (1 - 1e-12), shorter + " then " + longer);
  }

  @Property(tries = 100)
  void lifetimeValueFallsWithTheDiscountRate(@ForAll @IntRange(min = 1, max = 40) int x,
      @ForAll @DoubleRange(min = 0, max = 1) double share, @ForAll @DoubleRange(min = 1, max = 100) double age,
      @ForAll @DoubleRange(min = 0, max = 0.1) double r1, @ForAll @DoubleRange(min = 0, max = 0.1) double r2) {
    double tx = share * age;
    double cheap = CustomerLifetimeValue.of(TRANSACTIONS, SPEND, DiscountedHorizon.of(12, 4.33, Math.min(r1, r2)))
        .value(x, tx, age, 30);
    double dear = CustomerLifetimeValue.of(TRANSACTIONS, SPEND, DiscountedHorizon.of(12, 4.33, Math.max(r1, r2)))
        .value(x, tx, age, 30);
    assertTrue(dear <= cheap * (1 + 1e-12), cheap + " vs " + dear);
  }
}
