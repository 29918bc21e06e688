package org.crmkit.scoring.math;

/**
 * A function of several variables that returns its value and writes its gradient in one call, as
 * likelihoods do most cheaply. Implementations used by {@link BfgsMinimizer} are called from one
 * thread at a time.
 */
@FunctionalInterface
public interface DifferentiableFunction {

  /**
   * Returns f(x) and writes ∇f(x) into {@code gradient}. Outside the function's domain it may
   * return +∞ or NaN; the minimiser then backs off.
   *
   * @param x the point; must not be modified
   * @param gradient receives the gradient; same length as {@code x}
   * @return the value
   */
  double evaluate(double[] x, double[] gradient);
}
