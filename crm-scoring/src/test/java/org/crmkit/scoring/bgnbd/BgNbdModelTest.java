package org.crmkit.scoring.bgnbd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crmkit.scoring.math.Hypergeometric;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BgNbdModelTest {
  private static final BgNbdModel PAPER = BgNbdModel.of(BgNbdParameters.of(0.243, 4.414, 0.793, 2.426));
  private static BgNbdModel fitted;

  @BeforeAll
  static void fit() {
    fitted = BgNbdFitter.fit(Cdnow.summaryTable()).model();
  }

  @Test
  void probabilityAlive_cdnowCustomer1_matchesGoldenValue() {
    assertEquals(0.7266, fitted.probabilityAlive(2, 30.43, 38.86), 5e-5);
  }

  @Test
  void expectedPurchases_cdnowCustomer1Over39Weeks_matchesGoldenValue() {
    assertEquals(1.2259, fitted.expectedPurchases(2, 30.43, 38.86, 39), 5e-5);
  }

  @Test
  void probabilityOfPurchases_noneIn39WeeksAtPaperEstimates_matchesGoldenValue() {
    assertEquals(0.5737864, PAPER.probabilityOfPurchases(0, 39), 5e-8);
  }

  @Test
  void probabilityAlive_noRepeatPurchase_isExactlyOne() {
    assertEquals(1.0, fitted.probabilityAlive(0, 0, 38.86));
    assertEquals(1.0, fitted.probabilityAlive(0, 0, 0));
  }

  @Test
  void probabilityAlive_frequentThenSilentCustomer_isTinyButPositive() {
    double p = fitted.probabilityAlive(21, 4.71, 29.29);
    assertEquals(2.49e-11, p, 0.01e-11);
  }

  @Test
  void probabilityAlive_extremeHistory_isZeroWithoutNaN() {
    assertEquals(0.0, fitted.probabilityAlive(1000, 10, 100));
    assertEquals(0.0, fitted.expectedPurchases(1000, 10, 100, 39));
  }

  @Test
  void expectedPurchases_largeFrequencyAndLongHorizon_isFinite() {
    double e = fitted.expectedPurchases(1000, 99, 100, 1e6);
    assertTrue(Double.isFinite(e) && e > 0, "E = " + e);
  }

  @Test
  void expectedPurchases_unconditional_equalsSumOfProbabilities() {
    for (double t : new double[] {1, 39, 78, 500}) {
      double mean = 0;
      double total = 0;
      for (int n = 0; n < 20_000; n++) {
        double p = PAPER.probabilityOfPurchases(n, t);
        total += p;
        mean += n * p;
        if (n > 50 && p < 1e-18) {
          break;
        }
      }
      assertEquals(1.0, total, 1e-9, "total probability at t=" + t);
      assertEquals(PAPER.expectedPurchases(t), mean, 1e-7 * Math.max(1, mean), "mean at t=" + t);
    }
  }

  @Test
  void expectedPurchases_newCustomer_equalsUnconditional() {
    assertEquals(PAPER.expectedPurchases(39), PAPER.expectedPurchases(0, 0, 0, 39), 1e-14);
  }

  @Test
  void expectedPurchases_agreesWithTheTextbookFormula() {
    // Eq. 10 evaluated literally with the general 2F1, for a away from 1.
    BgNbdParameters p = fitted.parameters();
    double r = p.r();
    double alpha = p.alpha();
    double a = p.a();
    double b = p.b();
    int[] xs = {0, 1, 2, 7, 29};
    for (int x : xs) {
      double tx = x == 0 ? 0 : 20;
      double age = 38.86;
      for (double t : new double[] {1, 39, 100, 400}) {
        double z = t / (alpha + age + t);
        double bracket = 1 - Math.pow((alpha + age) / (alpha + age + t), r + x)
            * Hypergeometric.hyp2f1(r + x, b + x, a + b + x - 1, z);
        double expected = (a + b + x - 1) / (a - 1) * bracket * fitted.probabilityAlive(x, tx, age);
        assertEquals(expected, fitted.expectedPurchases(x, tx, age, t), 1e-9 * Math.max(1, expected),
            "x=" + x + " t=" + t);
      }
    }
  }

  @Test
  void expectedPurchases_dropoutShapeOne_isContinuous() {
    BgNbdModel at = BgNbdModel.of(BgNbdParameters.of(0.25, 4.4, 1.0, 2.4));
    BgNbdModel below = BgNbdModel.of(BgNbdParameters.of(0.25, 4.4, 1.0 - 1e-7, 2.4));
    BgNbdModel above = BgNbdModel.of(BgNbdParameters.of(0.25, 4.4, 1.0 + 1e-7, 2.4));
    double e = at.expectedPurchases(3, 20, 38, 39);
    assertTrue(Double.isFinite(e) && e > 0);
    assertEquals(e, below.expectedPurchases(3, 20, 38, 39), 1e-6);
    assertEquals(e, above.expectedPurchases(3, 20, 38, 39), 1e-6);
  }

  @Test
  void score_table_matchesSingleCustomerCalls() {
    FrequencyRecencyTable table = Cdnow.summaryTable();
    double[] alive = new double[table.size()];
    double[] expected = new double[table.size()];
    fitted.score(table, 39, alive, expected);
    for (int i = 0; i < table.size(); i += 97) {
      assertEquals(fitted.probabilityAlive(table.frequency(i), table.recency(i), table.age(i)), alive[i]);
      assertEquals(fitted.expectedPurchases(table.frequency(i), table.recency(i), table.age(i), 39), expected[i], 1e-15);
    }
  }

  @Test
  void probabilityAlive_recencyAfterAge_throws() {
    assertThrows(IllegalArgumentException.class, () -> fitted.probabilityAlive(2, 40, 38));
  }

  @Test
  void expectedPurchases_negativeHorizon_throws() {
    assertThrows(IllegalArgumentException.class, () -> fitted.expectedPurchases(2, 30, 38, -1));
  }
}
