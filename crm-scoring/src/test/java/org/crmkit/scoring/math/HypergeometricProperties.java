package org.crmkit.scoring.math;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;

class HypergeometricProperties {

  private static boolean close(double x, double y, double relative) {
    return Math.abs(x - y) <= relative * Math.max(Math.abs(x), Math.abs(y)) + 1e-300;
  }

  @Property(tries = 300)
  void eulerTransformationHolds(@ForAll @DoubleRange(min = 0.05, max = 6) double a,
      @ForAll @DoubleRange(min = 0.05, max = 6) double b, @ForAll @DoubleRange(min = 0.05, max = 12) double c,
      @ForAll @DoubleRange(min = 0, max = 0.999) @Scale(4) double z) {
    // 2F1(a, b; c; z) = (1 - z)^(c - a - b) 2F1(c - a, c - b; c; z) (A&S 15.3.3).
    double left = Hypergeometric.hyp2f1(a, b, c, z);
    double right = Math.pow(1 - z, c - a - b) * Hypergeometric.hyp2f1(c - a, c - b, c, z);
    assertTrue(close(left, right, 1e-9), left + " vs " + right);
  }

  @Property(tries = 300)
  void pfaffTransformationHolds(@ForAll @DoubleRange(min = 0.05, max = 6) double a,
      @ForAll @DoubleRange(min = 0.05, max = 6) double b, @ForAll @DoubleRange(min = 0.05, max = 12) double c,
      @ForAll @DoubleRange(min = -50, max = 0) double z) {
    // 2F1(a, b; c; z) = (1 - z)^-b 2F1(c - a, b; c; z / (z - 1)) (A&S 15.3.5).
    double left = Hypergeometric.hyp2f1(a, b, c, z);
    double right = Math.pow(1 - z, -b) * Hypergeometric.hyp2f1(c - a, b, c, z / (z - 1));
    assertTrue(close(left, right, 1e-9), left + " vs " + right);
  }

  @Property(tries = 300)
  void positiveParametersGiveAFiniteIncreasingFunction(@ForAll @DoubleRange(min = 0.01, max = 30) double a,
      @ForAll @DoubleRange(min = 0.01, max = 30) double b, @ForAll @DoubleRange(min = 0.01, max = 60) double c,
      @ForAll @DoubleRange(min = 0, max = 0.99) double z1, @ForAll @DoubleRange(min = 0, max = 0.99) double z2) {
    double lo = Hypergeometric.hyp2f1(a, b, c, Math.min(z1, z2));
    double hi = Hypergeometric.hyp2f1(a, b, c, Math.max(z1, z2));
    assertTrue(!Double.isNaN(lo) && !Double.isNaN(hi) && lo >= 1 && hi >= lo * (1 - 1e-12), lo + " then " + hi);
  }
}
