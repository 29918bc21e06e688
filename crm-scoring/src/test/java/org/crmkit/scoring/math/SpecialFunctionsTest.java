package org.crmkit.scoring.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SpecialFunctionsTest {
  // Reference values: exact identities and Abramowitz & Stegun tables (6.1, 6.3, 26.5).

  @Test
  void lnGamma_integers_isLogFactorial() {
    double lnFactorial = 0;
    for (int n = 1; n <= 170; n++) {
      assertEquals(lnFactorial, SpecialFunctions.lnGamma(n), 1e-14 * Math.max(1, lnFactorial), "n=" + n);
      lnFactorial += Math.log(n);
    }
  }

  @Test
  void lnGamma_half_isLogSqrtPi() {
    assertEquals(0.5 * Math.log(Math.PI), SpecialFunctions.lnGamma(0.5), 1e-15);
    assertEquals(Math.log(0.5 * Math.sqrt(Math.PI)), SpecialFunctions.lnGamma(1.5), 1e-15);
  }

  @Test
  void lnGamma_smallArgument_followsTheRecurrence() {
    for (double x : new double[] {1e-10, 1e-3, 0.1, 0.242593, 0.49}) {
      assertEquals(SpecialFunctions.lnGamma(x + 1) - Math.log(x), SpecialFunctions.lnGamma(x), 1e-14, "x=" + x);
    }
  }

  @Test
  void lnGamma_largeArgument_matchesStirling() {
    double x = 1e6;
    double stirling = (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x * x);
    assertEquals(stirling, SpecialFunctions.lnGamma(x), 1e-15 * stirling);
  }

  @Test
  void lnGamma_nonPositive_throws() {
    assertThrows(IllegalArgumentException.class, () -> SpecialFunctions.lnGamma(0));
    assertThrows(IllegalArgumentException.class, () -> SpecialFunctions.lnGamma(Double.NaN));
  }

  @Test
  void digamma_knownValues() {
    double euler = 0.57721566490153286061;
    assertEquals(-euler, SpecialFunctions.digamma(1), 1e-15);
    assertEquals(-euler - 2 * Math.log(2), SpecialFunctions.digamma(0.5), 1e-14);
    assertEquals(1 - euler, SpecialFunctions.digamma(2), 1e-15);
    double harmonic = 0;
    for (int k = 1; k < 100; k++) {
      harmonic += 1.0 / k;
    }
    assertEquals(harmonic - euler, SpecialFunctions.digamma(100), 1e-14);
  }

  @Test
  void digamma_isTheDerivativeOfLnGamma() {
    for (double x : new double[] {0.05, 0.3, 1.7, 4.2, 31.4}) {
      double h = 1e-5 * x;
      double numeric = (SpecialFunctions.lnGamma(x + h) - SpecialFunctions.lnGamma(x - h)) / (2 * h);
      assertEquals(numeric, SpecialFunctions.digamma(x), 1e-7 * Math.max(1, Math.abs(numeric)), "x=" + x);
    }
  }

  @Test
  void logSumExp_extremeArguments_doesNotOverflow() {
    assertEquals(1000 + Math.log(2), SpecialFunctions.logSumExp(1000, 1000), 1e-12);
    assertEquals(-1000, SpecialFunctions.logSumExp(-1000, Double.NEGATIVE_INFINITY));
    assertEquals(Double.NEGATIVE_INFINITY, SpecialFunctions.logSumExp(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY));
  }

  @Test
  void exprel_nearZero_isAccurate() {
    assertEquals(1.0, SpecialFunctions.exprel(0));
    assertEquals(1 + 0.5e-12, SpecialFunctions.exprel(1e-12), 1e-16);
    assertEquals(Math.expm1(-3) / -3, SpecialFunctions.exprel(-3), 1e-16);
  }

  @Test
  void regularizedBeta_closedForms() {
    // I_x(1, b) = 1 - (1-x)^b; I_x(a, 1) = x^a; I_x(a, b) = 1 - I_{1-x}(b, a).
    assertEquals(1 - Math.pow(0.7, 3.5), SpecialFunctions.regularizedBeta(0.3, 1, 3.5), 1e-15);
    assertEquals(Math.pow(0.3, 2.5), SpecialFunctions.regularizedBeta(0.3, 2.5, 1), 1e-15);
    assertEquals(1 - SpecialFunctions.regularizedBeta(0.6, 4.2, 2.5), SpecialFunctions.regularizedBeta(0.4, 2.5, 4.2), 1e-14);
    assertEquals(0.5, SpecialFunctions.regularizedBeta(0.5, 7.3, 7.3), 1e-14);
    assertEquals(0.0, SpecialFunctions.regularizedBeta(0, 2, 3));
    assertEquals(1.0, SpecialFunctions.regularizedBeta(1, 2, 3));
  }
}
