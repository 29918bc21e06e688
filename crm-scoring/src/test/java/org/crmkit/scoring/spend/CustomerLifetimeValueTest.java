package org.crmkit.scoring.spend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crmkit.scoring.bgnbd.BgNbdModel;
import org.crmkit.scoring.bgnbd.BgNbdParameters;
import org.junit.jupiter.api.Test;

class CustomerLifetimeValueTest {
  private static final BgNbdModel TRANSACTIONS = BgNbdModel.of(BgNbdParameters.of(0.243, 4.414, 0.793, 2.426));
  private static final GammaGammaModel SPEND = GammaGammaModel.of(GammaGammaParameters.of(6.25, 3.74, 15.44));

  @Test
  void value_noDiscount_isExpectedSpendTimesExpectedPurchases() {
    CustomerLifetimeValue clv = CustomerLifetimeValue.of(TRANSACTIONS, SPEND, DiscountedHorizon.of(12, 52.0 / 12, 0));
    double expected = SPEND.conditionalExpectedAverageSpend(2, 22.35) * TRANSACTIONS.expectedPurchases(2, 30.43, 38.86, 52);
    assertEquals(expected, clv.value(2, 30.43, 38.86, 22.35), 1e-9 * expected);
  }

  @Test
  void value_onePeriod_isDiscountedOnce() {
    CustomerLifetimeValue clv = CustomerLifetimeValue.of(TRANSACTIONS, SPEND, DiscountedHorizon.of(1, 39, 0.1));
    double expected = SPEND.conditionalExpectedAverageSpend(2, 22.35) * TRANSACTIONS.expectedPurchases(2, 30.43, 38.86, 39) / 1.1;
    assertEquals(expected, clv.value(2, 30.43, 38.86, 22.35), 1e-12 * expected);
  }

  @Test
  void value_customerPresumedGone_isZero() {
    CustomerLifetimeValue clv = CustomerLifetimeValue.of(TRANSACTIONS, SPEND, DiscountedHorizon.of(12, 4.33, 0.01));
    assertEquals(0.0, clv.value(1000, 10, 100, 30));
  }

  @Test
  void value_higherDiscountRate_isLower() {
    double low = CustomerLifetimeValue.of(TRANSACTIONS, SPEND, DiscountedHorizon.of(24, 4.33, 0.005)).value(5, 30, 38, 40);
    double high = CustomerLifetimeValue.of(TRANSACTIONS, SPEND, DiscountedHorizon.of(24, 4.33, 0.02)).value(5, 30, 38, 40);
    assertTrue(high < low && high > 0, low + " vs " + high);
  }
}
