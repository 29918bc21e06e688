package org.crmkit.scoring.math;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * Unconstrained minimisation by the BFGS quasi-Newton method with a strong-Wolfe line search
 * (Nocedal &amp; Wright, <i>Numerical Optimization</i>, 2nd ed., Algorithms 6.1, 3.5 and 3.6).
 * Immutable and thread-safe; each {@link #minimize} call has its own state.
 *
 * <p>Each iteration takes the direction p = −H∇f from the inverse-Hessian estimate H (the identity
 * at first, rescaled by sᵀy / yᵀy after the first step, N&amp;W eq. 6.20), finds a step length α
 * satisfying the strong Wolfe conditions with c₁ = 10⁻⁴ and c₂ = 0.9 (bracketing, then zooming with
 * safeguarded quadratic interpolation; points where f is not finite count as too far), caps the
 * step so no coordinate moves by more than {@code maxStep}, and updates H by the BFGS formula
 * (skipped when the curvature sᵀy is not positive). Stopping criteria, in this order:
 *
 * <ol>
 *   <li>{@link Convergence#GRADIENT}: max<sub>i</sub> |∂f/∂x<sub>i</sub>| ≤ {@code
 *       gradientTolerance} · max(1, |f|), checked before each iteration;
 *   <li>{@link Convergence#FUNCTION_CHANGE}: an accepted step lowered f by at most {@code
 *       functionTolerance} · max(1, |f|);
 *   <li>{@link Convergence#LINE_SEARCH}: no step with sufficient decrease exists along the
 *       direction, even after one restart along the steepest descent;
 *   <li>{@link Convergence#MAX_ITERATIONS}.
 * </ol>
 *
 * <p>The value never increases: the result is at least as good as the start.
 */
public final class BfgsMinimizer {
  private final double gradientTolerance;
  private final double functionTolerance;
  private final int maxIterations;
  private final double maxStep;

  private BfgsMinimizer(double gradientTolerance, double functionTolerance, int maxIterations, double maxStep) {
    checkArgument(gradientTolerance >= 0, "gradientTolerance must be >= 0 but was %s", gradientTolerance);
    checkArgument(functionTolerance >= 0, "functionTolerance must be >= 0 but was %s", functionTolerance);
    checkArgument(maxIterations > 0, "maxIterations must be > 0 but was %s", maxIterations);
    checkArgument(maxStep > 0, "maxStep must be > 0 but was %s", maxStep);
    this.gradientTolerance = gradientTolerance;
    this.functionTolerance = functionTolerance;
    this.maxIterations = maxIterations;
    this.maxStep = maxStep;
  }

  /**
   * Returns a minimiser with gradient tolerance 10⁻¹⁰, function tolerance 10⁻¹⁵, at most 500
   * iterations and no step cap.
   *
   * @return the minimiser
   */
  public static BfgsMinimizer withDefaults() {
    return new BfgsMinimizer(1e-10, 1e-15, 500, Double.POSITIVE_INFINITY);
  }

  /**
   * Returns a copy with another gradient tolerance (relative to max(1, |f|)).
   *
   * @param tolerance the tolerance, not negative
   * @return the copy
   * @throws IllegalArgumentException if the tolerance is negative
   */
  public BfgsMinimizer withGradientTolerance(double tolerance) {
    return new BfgsMinimizer(tolerance, functionTolerance, maxIterations, maxStep);
  }

  /**
   * Returns a copy with another function tolerance (relative to max(1, |f|)).
   *
   * @param tolerance the tolerance, not negative
   * @return the copy
   * @throws IllegalArgumentException if the tolerance is negative
   */
  public BfgsMinimizer withFunctionTolerance(double tolerance) {
    return new BfgsMinimizer(gradientTolerance, tolerance, maxIterations, maxStep);
  }

  /**
   * Returns a copy with another iteration limit.
   *
   * @param iterations the limit, positive
   * @return the copy
   * @throws IllegalArgumentException if the limit is not positive
   */
  public BfgsMinimizer withMaxIterations(int iterations) {
    return new BfgsMinimizer(gradientTolerance, functionTolerance, iterations, maxStep);
  }

  /**
   * Returns a copy that moves no coordinate by more than {@code step} in one iteration, which
   * keeps log-parameters from jumping to absurd values on a flat likelihood.
   *
   * @param step the cap, positive
   * @return the copy
   * @throws IllegalArgumentException if the cap is not positive
   */
  public BfgsMinimizer withMaxStep(double step) {
    return new BfgsMinimizer(gradientTolerance, functionTolerance, maxIterations, step);
  }

  /**
   * Minimises a function from a starting point.
   *
   * @param function the function
   * @param start the starting point, where the function must be finite
   * @return the best point found and why the search stopped
   * @throws IllegalArgumentException if the start is empty or the function is not finite there
   */
  public MinimizationResult minimize(DifferentiableFunction function, double[] start) {
    requireNonNull(function, "function");
    requireNonNull(start, "start");
    int n = start.length;
    checkArgument(n > 0, "start must not be empty");
    WolfeLineSearch search = new WolfeLineSearch(function, n);
    double[] x = start.clone();
    double[] g = new double[n];
    double f = search.evaluate(x, g);
    checkArgument(Double.isFinite(f), "the function must be finite at the start but was %s", f);
    checkArgument(isFinite(g), "the gradient must be finite at the start");
    double[][] h = identity(n);
    boolean scaled = false;
    double[] p = new double[n];
    double[] xNew = new double[n];
    double[] gNew = new double[n];
    int iteration = 0;
    Convergence reason = Convergence.MAX_ITERATIONS;
    boolean restarted = false;
    while (iteration < maxIterations) {
      if (maxAbs(g) <= gradientTolerance * Math.max(1.0, Math.abs(f))) {
        reason = Convergence.GRADIENT;
        break;
      }
      multiply(h, g, p);
      double slope = 0;
      for (int i = 0; i < n; i++) {
        p[i] = -p[i];
        slope += p[i] * g[i];
      }
      if (!(slope < 0)) { // not a descent direction: restart from the steepest descent
        h = identity(n);
        scaled = false;
        for (int i = 0; i < n; i++) {
          p[i] = -g[i];
        }
        slope = -dot(g, g);
      }
      double first = iteration == 0 && !scaled ? Math.min(1.0, 1.0 / maxAbs(p)) : 1.0;
      double cap = maxStep / maxAbs(p);
      double fNew = search.lineSearch(x, f, g, p, slope, Math.min(first, cap), cap, xNew, gNew);
      if (Double.isNaN(fNew)) {
        if (!restarted && !isIdentity(h)) {
          h = identity(n);
          scaled = false;
          restarted = true;
          continue;
        }
        reason = Convergence.LINE_SEARCH;
        break;
      }
      restarted = false;
      iteration++;
      double[] s = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        s[i] = xNew[i] - x[i];
        y[i] = gNew[i] - g[i];
      }
      double decrease = f - fNew;
      System.arraycopy(xNew, 0, x, 0, n);
      System.arraycopy(gNew, 0, g, 0, n);
      f = fNew;
      double sy = dot(s, y);
      if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
        if (!scaled) {
          double gamma = sy / dot(y, y);
          for (int i = 0; i < n; i++) {
            h[i][i] = gamma;
          }
          scaled = true;
        }
        update(h, s, y, sy);
      }
      if (decrease <= functionTolerance * Math.max(1.0, Math.abs(f))) {
        reason = maxAbs(g) <= gradientTolerance * Math.max(1.0, Math.abs(f))
            ? Convergence.GRADIENT : Convergence.FUNCTION_CHANGE;
        break;
      }
    }
    return new MinimizationResult(x, f, g, iteration, search.evaluations(), reason);
  }

  // H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, ρ = 1 / sᵀy (N&W eq. 6.17), expanded as
  // H − ρ (s (Hy)ᵀ + (Hy) sᵀ) + (ρ² yᵀHy + ρ) s sᵀ.
  private static void update(double[][] h, double[] s, double[] y, double sy) {
    int n = s.length;
    double rho = 1.0 / sy;
    double[] hy = new double[n];
    multiply(h, y, hy);
    double yhy = dot(y, hy);
    double coefficient = rho * rho * yhy + rho;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        h[i][j] += -rho * (s[i] * hy[j] + hy[i] * s[j]) + coefficient * s[i] * s[j];
      }
    }
  }

  private static void multiply(double[][] m, double[] v, double[] out) {
    for (int i = 0; i < v.length; i++) {
      double sum = 0;
      for (int j = 0; j < v.length; j++) {
        sum += m[i][j] * v[j];
      }
      out[i] = sum;
    }
  }

  private static double[][] identity(int n) {
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      m[i][i] = 1.0;
    }
    return m;
  }

  private static boolean isIdentity(double[][] m) {
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m.length; j++) {
        if (m[i][j] != (i == j ? 1.0 : 0.0)) {
          return false;
        }
      }
    }
    return true;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static double maxAbs(double[] v) {
    double max = 0;
    for (double x : v) {
      max = Math.max(max, Math.abs(x));
    }
    return max;
  }

  private static boolean isFinite(double[] v) {
    for (double x : v) {
      if (!Double.isFinite(x)) {
        return false;
      }
    }
    return true;
  }
}
