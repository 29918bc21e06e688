package org.crmkit.scoring.bgnbd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BgNbdSimulatorTest {
  private static final BgNbdParameters TRUTH = BgNbdParameters.of(0.243, 4.414, 0.793, 2.426);

  @Test
  void fit_simulatedCustomers_recoversTheParameters() {
    SplittableRandom random = new SplittableRandom(20261201);
    double[] ages = new double[40_000];
    for (int i = 0; i < ages.length; i++) {
      ages[i] = 52 + 156 * random.nextDouble(); // one to four years of weekly data
    }
    BgNbdFit fit = BgNbdFitter.fit(BgNbdSimulator.simulate(TRUTH, ages, 20261201));
    BgNbdParameters e = fit.parameters();
    BgNbdStandardErrors se = fit.standardErrors().orElseThrow();
    check("r", TRUTH.r(), e.r(), se.r());
    check("alpha", TRUTH.alpha(), e.alpha(), se.alpha());
    check("a", TRUTH.a(), e.a(), se.a());
    check("b", TRUTH.b(), e.b(), se.b());
  }

  private static void check(String name, double truth, double estimate, double se) {
    assertTrue(Math.abs(estimate / truth - 1) <= 0.05, name + " " + estimate + " not within 5% of " + truth);
    assertTrue(Math.abs(estimate - truth) <= 3 * se, name + " " + estimate + " not within 3 SE (" + se + ") of " + truth);
  }

  @Test
  void simulate_sameSeed_sameCustomers() {
    FrequencyRecencyTable one = BgNbdSimulator.simulate(TRUTH, 500, 39, 7);
    FrequencyRecencyTable two = BgNbdSimulator.simulate(TRUTH, 500, 39, 7);
    for (int i = 0; i < one.size(); i++) {
      assertEquals(one.frequency(i), two.frequency(i));
      assertEquals(one.recency(i), two.recency(i));
    }
  }

  @Test
  void simulate_meanRepeatPurchases_matchesModelExpectation() {
    FrequencyRecencyTable t = BgNbdSimulator.simulate(TRUTH, 50_000, 39, 11);
    double mean = 0;
    for (int i = 0; i < t.size(); i++) {
      mean += t.frequency(i);
    }
    mean /= t.size();
    double expected = BgNbdModel.of(TRUTH).expectedPurchases(39);
    // The standard deviation of x is about 2 here, so the mean's error is about 0.01.
    assertEquals(expected, mean, 0.04);
  }

  @Test
  void gamma_shapeBelowAndAboveOne_hasTheRightMean() {
    SplittableRandom random = new SplittableRandom(3);
    for (double shape : new double[] {0.3, 1.0, 4.5}) {
      double sum = 0;
      int n = 200_000;
      for (int i = 0; i < n; i++) {
        sum += BgNbdSimulator.gamma(random, shape);
      }
      assertEquals(shape, sum / n, 5 * Math.sqrt(shape / n));
    }
  }
}
