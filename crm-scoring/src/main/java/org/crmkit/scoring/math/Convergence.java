package org.crmkit.scoring.math;

/** Why {@link BfgsMinimizer} stopped. */
public enum Convergence {
  /** The largest gradient component fell below the gradient tolerance: a stationary point. */
  GRADIENT,
  /** An iteration lowered the value by less than the function tolerance (relative). */
  FUNCTION_CHANGE,
  /**
   * No step along the search direction lowered the value: the point is optimal to within the
   * precision of the function's arithmetic, or the function is not smooth there.
   */
  LINE_SEARCH,
  /** The iteration limit was reached first; the result is the best point found. */
  MAX_ITERATIONS;

  /** Returns whether this is a regular convergence rather than an iteration limit. */
  public boolean isConverged() {
    return this != MAX_ITERATIONS;
  }
}
