package org.crmkit.scoring.math;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * The outcome of a minimisation: the best point, its value and gradient, the work done and why the
 * minimiser stopped. Immutable: the arrays are copied in and out.
 */
public final class MinimizationResult {
  private final double[] point;
  private final double value;
  private final double[] gradient;
  private final int iterations;
  private final int evaluations;
  private final Convergence convergence;

  /**
   * Creates a result.
   *
   * @param point the best point found
   * @param value the function value there
   * @param gradient the gradient there
   * @param iterations the iterations made
   * @param evaluations the function evaluations made
   * @param convergence why the minimiser stopped
   */
  public MinimizationResult(double[] point, double value, double[] gradient, int iterations,
      int evaluations, Convergence convergence) {
    this.point = point.clone();
    this.value = value;
    this.gradient = gradient.clone();
    this.iterations = iterations;
    this.evaluations = evaluations;
    this.convergence = requireNonNull(convergence, "convergence");
  }

  /** Returns a copy of the best point found. */
  public double[] point() {
    return point.clone();
  }

  /** Returns the function value at {@link #point()}. */
  public double value() {
    return value;
  }

  /** Returns a copy of the gradient at {@link #point()}. */
  public double[] gradient() {
    return gradient.clone();
  }

  /** Returns the number of iterations (accepted steps). */
  public int iterations() {
    return iterations;
  }

  /** Returns the number of function evaluations, line searches included. */
  public int evaluations() {
    return evaluations;
  }

  /** Returns why the minimiser stopped. */
  public Convergence convergence() {
    return convergence;
  }

  @Override
  public String toString() {
    return "MinimizationResult[point=" + Arrays.toString(point) + ", value=" + value
        + ", iterations=" + iterations + ", evaluations=" + evaluations + ", convergence="
        + convergence + "]";
  }
}
