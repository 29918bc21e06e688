package org.crmkit.scoring.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HessiansTest {

  @Test
  void fromGradient_quadraticForm_isItsMatrix() {
    // f(x) = ½ xᵀAx with A = [[4, 1], [1, 3]]; ∇f = Ax.
    DifferentiableFunction f = (x, g) -> {
      g[0] = 4 * x[0] + x[1];
      g[1] = x[0] + 3 * x[1];
      return 0.5 * (4 * x[0] * x[0] + 2 * x[0] * x[1] + 3 * x[1] * x[1]);
    };
    double[][] h = Hessians.fromGradient(f, new double[] {0.7, -1.3});
    assertEquals(4, h[0][0], 1e-8);
    assertEquals(1, h[0][1], 1e-8);
    assertEquals(1, h[1][0], 1e-8);
    assertEquals(3, h[1][1], 1e-8);
  }

  @Test
  void invertPositiveDefinite_twoByTwo_isTheInverse() {
    double[][] inverse = Hessians.invertPositiveDefinite(new double[][] {{4, 1}, {1, 3}}).orElseThrow();
    // [[4,1],[1,3]]⁻¹ = [[3,-1],[-1,4]] / 11.
    assertEquals(3.0 / 11, inverse[0][0], 1e-15);
    assertEquals(-1.0 / 11, inverse[0][1], 1e-15);
    assertEquals(4.0 / 11, inverse[1][1], 1e-15);
  }

  @Test
  void invertPositiveDefinite_indefinite_isEmpty() {
    assertTrue(Hessians.invertPositiveDefinite(new double[][] {{1, 2}, {2, 1}}).isEmpty());
    assertTrue(Hessians.invertPositiveDefinite(new double[][] {{0}}).isEmpty());
  }
}
