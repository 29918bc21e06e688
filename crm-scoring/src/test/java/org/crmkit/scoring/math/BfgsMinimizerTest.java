package org.crmkit.scoring.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BfgsMinimizerTest {
  private static final DifferentiableFunction ROSENBROCK = (x, g) -> {
    double a = 1 - x[0];
    double b = x[1] - x[0] * x[0];
    g[0] = -2 * a - 400 * x[0] * b;
    g[1] = 200 * b;
    return a * a + 100 * b * b;
  };

  @Test
  void minimize_rosenbrock_findsTheMinimum() {
    MinimizationResult r = BfgsMinimizer.withDefaults().minimize(ROSENBROCK, new double[] {-1.2, 1});
    assertEquals(1.0, r.point()[0], 1e-6);
    assertEquals(1.0, r.point()[1], 1e-6);
    assertTrue(r.convergence().isConverged(), r.toString());
    assertTrue(r.iterations() < 100, r.toString());
  }

  @Test
  void minimize_quadratic_convergesOnTheGradient() {
    DifferentiableFunction f = (x, g) -> {
      g[0] = 2 * (x[0] - 3);
      g[1] = 20 * (x[1] + 1);
      return (x[0] - 3) * (x[0] - 3) + 10 * (x[1] + 1) * (x[1] + 1);
    };
    MinimizationResult r = BfgsMinimizer.withDefaults().minimize(f, new double[] {0, 0});
    assertEquals(Convergence.GRADIENT, r.convergence());
    assertEquals(3.0, r.point()[0], 1e-9);
    assertEquals(-1.0, r.point()[1], 1e-9);
  }

  @Test
  void minimize_functionInfiniteOutsideItsDomain_backsOff() {
    // -ln(x) + x has its minimum at 1 and is +inf for x <= 0; a unit first step from 0.1 is fine but
    // later steps may overshoot into x <= 0.
    DifferentiableFunction f = (x, g) -> {
      if (x[0] <= 0) {
        g[0] = Double.NaN;
        return Double.POSITIVE_INFINITY;
      }
      g[0] = -1 / x[0] + 1;
      return -Math.log(x[0]) + x[0];
    };
    MinimizationResult r = BfgsMinimizer.withDefaults().minimize(f, new double[] {0.01});
    assertEquals(1.0, r.point()[0], 1e-8);
  }

  @Test
  void minimize_iterationLimit_returnsTheBestPointSoFar() {
    MinimizationResult r = BfgsMinimizer.withDefaults().withMaxIterations(3).minimize(ROSENBROCK, new double[] {-1.2, 1});
    assertEquals(Convergence.MAX_ITERATIONS, r.convergence());
    assertTrue(r.value() < 24.2, r.toString()); // f(-1.2, 1) = 24.2
  }

  @Test
  void minimize_startWhereTheFunctionIsInfinite_throws() {
    assertThrows(IllegalArgumentException.class,
        () -> BfgsMinimizer.withDefaults().minimize((x, g) -> Double.POSITIVE_INFINITY, new double[] {1}));
  }
}
