package org.crmkit.scoring.math;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Second derivatives and their inverse, for standard errors of maximum-likelihood estimates: the
 * covariance of the estimates is the inverse of the Hessian of the negative log-likelihood at the
 * optimum (the observed information). Stateless and thread-safe.
 */
public final class Hessians {
  // Central differences of an analytic gradient: error O(h²) from truncation and O(ε/h) from
  // rounding, balanced at h ≈ ε^(1/3) ≈ 6e-6 relative.
  private static final double RELATIVE_STEP = 6e-6;

  private Hessians() {}

  /**
   * Returns the Hessian of a function at a point by central differences of its gradient, with
   * step h<sub>j</sub> = 6·10⁻⁶ · max(|x<sub>j</sub>|, 10⁻⁸) in coordinate j, symmetrised.
   *
   * @param function the function; must be finite within the steps around {@code x}
   * @param x the point
   * @return the Hessian, a new n × n array
   * @throws IllegalArgumentException if x is empty
   */
  public static double[][] fromGradient(DifferentiableFunction function, double[] x) {
    requireNonNull(function, "function");
    int n = x.length;
    checkArgument(n > 0, "x must not be empty");
    double[][] h = new double[n][n];
    double[] point = x.clone();
    double[] plus = new double[n];
    double[] minus = new double[n];
    for (int j = 0; j < n; j++) {
      double step = RELATIVE_STEP * Math.max(Math.abs(x[j]), 1e-8);
      point[j] = x[j] + step;
      function.evaluate(point, plus);
      point[j] = x[j] - step;
      function.evaluate(point, minus);
      point[j] = x[j];
      double width = 2.0 * step;
      for (int i = 0; i < n; i++) {
        h[i][j] = (plus[i] - minus[i]) / width;
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        double mean = 0.5 * (h[i][j] + h[j][i]);
        h[i][j] = mean;
        h[j][i] = mean;
      }
    }
    return h;
  }

  /**
   * Inverts a symmetric positive-definite matrix by its Cholesky factorisation.
   *
   * @param matrix a symmetric n × n matrix; not modified
   * @return the inverse, or empty if the matrix is not positive definite (or not finite)
   * @throws IllegalArgumentException if the matrix is empty or not square
   */
  public static Optional<double[][]> invertPositiveDefinite(double[][] matrix) {
    requireNonNull(matrix, "matrix");
    int n = matrix.length;
    checkArgument(n > 0, "matrix must not be empty");
    for (double[] row : matrix) {
      checkArgument(row.length == n, "matrix must be square but a row had %s columns for %s rows", row.length, n);
    }
    double[][] l = new double[n][n];
    for (int j = 0; j < n; j++) {
      double diagonal = matrix[j][j];
      for (int k = 0; k < j; k++) {
        diagonal -= l[j][k] * l[j][k];
      }
      if (!(diagonal > 0) || !Double.isFinite(diagonal)) {
        return Optional.empty();
      }
      l[j][j] = Math.sqrt(diagonal);
      for (int i = j + 1; i < n; i++) {
        double sum = matrix[i][j];
        for (int k = 0; k < j; k++) {
          sum -= l[i][k] * l[j][k];
        }
        l[i][j] = sum / l[j][j];
      }
    }
    // inverse = L⁻ᵀ L⁻¹; first L⁻¹ by forward substitution.
    double[][] lInv = new double[n][n];
    for (int i = 0; i < n; i++) {
      lInv[i][i] = 1.0 / l[i][i];
      for (int j = 0; j < i; j++) {
        double sum = 0;
        for (int k = j; k < i; k++) {
          sum -= l[i][k] * lInv[k][j];
        }
        lInv[i][j] = sum / l[i][i];
      }
    }
    double[][] inverse = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = 0;
        for (int k = i; k < n; k++) {
          sum += lInv[k][i] * lInv[k][j];
        }
        inverse[i][j] = sum;
        inverse[j][i] = sum;
      }
    }
    return Optional.of(inverse);
  }
}
