package org.crmkit.scoring.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HypergeometricTest {
  // Closed forms of A&S 15.1.3-15.1.8 and Gauss's theorem (15.1.20) as reference values.

  private static void close(double expected, double actual, double relative) {
    assertTrue(Math.abs(actual - expected) <= relative * Math.abs(expected), "expected " + expected + " but was " + actual);
  }

  @Test
  void hyp2f1_logarithmCase_matchesClosedFormAcrossTheInterval() {
    // 2F1(1, 1; 2; z) = -ln(1 - z) / z, on both sides of the series/continuation boundary.
    for (double z : new double[] {1e-9, 0.1, 0.5, 0.5000001, 0.75, 0.9, 0.99, 0.999999, 1 - 1e-12, -0.3, -5, -1e6}) {
      close(-Math.log1p(-z) / z, Hypergeometric.hyp2f1(1, 1, 2, z), 1e-11);
    }
  }

  @Test
  void hyp2f1_binomialCase_matchesPower() {
    // 2F1(a, b; b; z) = (1 - z)^-a.
    for (double z : new double[] {0.2, 0.6, 0.95, -2}) {
      close(Math.pow(1 - z, -2.7), Hypergeometric.hyp2f1(2.7, 1.3, 1.3, z), 1e-13);
      close(Math.pow(1 - z, 0.4), Hypergeometric.hyp2f1(-0.4, 3.1, 3.1, z), 1e-13);
    }
  }

  @Test
  void hyp2f1_arcsineCase_matchesClosedForm() {
    // 2F1(1/2, 1/2; 3/2; x²) = arcsin(x) / x.
    for (double x : new double[] {0.3, 0.8, 0.99, 0.999}) {
      close(Math.asin(x) / x, Hypergeometric.hyp2f1(0.5, 0.5, 1.5, x * x), 1e-13);
    }
  }

  @Test
  void hyp2f1_nearOne_approachesGaussValue() {
    // Gauss: 2F1(a, b; c; 1) = Γ(c)Γ(c-a-b) / (Γ(c-a)Γ(c-b)) when c > a + b; here c - a - b = 1.5.
    double a = 0.3;
    double b = 0.7;
    double c = 2.5;
    double gauss = Math.exp(SpecialFunctions.lnGamma(c) + SpecialFunctions.lnGamma(c - a - b)
        - SpecialFunctions.lnGamma(c - a) - SpecialFunctions.lnGamma(c - b));
    // F(1 - e) = F(1) - (ab / (c - a - b - 1)) ... the first correction is O(e), so e = 1e-10 is close.
    close(gauss, Hypergeometric.hyp2f1(a, b, c, 1 - 1e-10), 1e-8);
  }

  @Test
  void hyp2f1_polynomial_isExact() {
    // 2F1(-2, b; c; z) = 1 - 2bz/c + b(b+1)z²/(c(c+1)).
    double b = 1.5;
    double c = 2.5;
    double z = 0.8;
    close(1 - 2 * b * z / c + b * (b + 1) * z * z / (c * (c + 1)), Hypergeometric.hyp2f1(-2, b, c, z), 1e-14);
  }

  @Test
  void hyp2f1_largeParameters_doesNotOverflowWhereTheValueIsModerate() {
    // Euler: 2F1(a, b; c; z) = (1-z)^(c-a-b) 2F1(c-a, c-b; c; z); with c = a + b the prefactor is 1.
    double direct = Hypergeometric.hyp2f1(1000.5, 3.25, 1003.75, 0.9);
    double euler = Hypergeometric.hyp2f1(3.25, 1000.5, 1003.75, 0.9);
    close(direct, euler, 1e-12);
    assertTrue(Double.isFinite(direct));
  }

  @Test
  void reducedHyp2f1_matchesTheDefinition() {
    double a = 1.98;
    double b = -0.207;
    double c = 2.218;
    for (double z : new double[] {0.1, 0.47, 0.7, 0.95, 0.999}) {
      double f = Hypergeometric.hyp2f1(a, b, c, z);
      close(c * (f - 1) / (a * b), Hypergeometric.reducedHyp2f1(a, b, c, z), 1e-11);
    }
  }

  @Test
  void reducedHyp2f1_zeroParameters_areItsLimits() {
    // R(a, 0; c; z) = c/a ∂F/∂b at b = 0; for a = 1, c = 2: Σ z^k / k ... = -ln(1 - z) when b = 0:
    // R(1, 0; 1; z) = Σ_{k≥1} (2)_{k-1} (1)_{k-1} / ((2)_{k-1} k!) z^k = Σ z^k / k = -ln(1 - z).
    for (double z : new double[] {0.3, 0.8, 0.9999}) {
      close(-Math.log1p(-z), Hypergeometric.reducedHyp2f1(1, 0, 1, z), 1e-13);
    }
    assertEquals(0.0, Hypergeometric.reducedHyp2f1(2, 3, 4, 0));
    assertTrue(Double.isFinite(Hypergeometric.reducedHyp2f1(0.5, 0.3, 0, 0.6)));
  }

  @Test
  void hyp2f1_invalidArguments_throw() {
    assertThrows(IllegalArgumentException.class, () -> Hypergeometric.hyp2f1(1, 1, 2, 1));
    assertThrows(IllegalArgumentException.class, () -> Hypergeometric.hyp2f1(1, 1, -2, 0.5));
    assertThrows(IllegalArgumentException.class, () -> Hypergeometric.hyp2f1(Double.NaN, 1, 2, 0.5));
    assertThrows(IllegalArgumentException.class, () -> Hypergeometric.reducedHyp2f1(1, 1, 2, -0.5));
  }
}
