package org.crmkit.scoring.math;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class BfgsMinimizerProperties {

  @Property(tries = 200)
  void resultIsNeverWorseThanTheStart(@ForAll @DoubleRange(min = -5, max = 5) double x0,
      @ForAll @DoubleRange(min = -5, max = 5) double y0, @ForAll @IntRange(min = 1, max = 50) int iterations) {
    DifferentiableFunction rosenbrock = (x, g) -> {
      double a = 1 - x[0];
      double b = x[1] - x[0] * x[0];
      g[0] = -2 * a - 400 * x[0] * b;
      g[1] = 200 * b;
      return a * a + 100 * b * b;
    };
    double start = rosenbrock.evaluate(new double[] {x0, y0}, new double[2]);
    MinimizationResult r = BfgsMinimizer.withDefaults().withMaxIterations(iterations)
        .minimize(rosenbrock, new double[] {x0, y0});
    assertTrue(r.value() <= start, r + " from " + start);
  }
}
