package org.crmkit.scoring.bgnbd;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Asymptotic standard errors of the BG/NBD estimates: square roots of the diagonal of the inverse
 * of the Hessian of the negative log-likelihood at the optimum (the observed information), in the
 * natural parameters. Immutable.
 *
 * @param r standard error of r, finite and ≥ 0
 * @param alpha standard error of α, finite and ≥ 0
 * @param a standard error of a, finite and ≥ 0
 * @param b standard error of b, finite and ≥ 0
 */
public record BgNbdStandardErrors(double r, double alpha, double a, double b) {

  /**
   * Validates the errors.
   *
   * @throws IllegalArgumentException if an error is negative or not finite
   */
  public BgNbdStandardErrors {
    for (double v : new double[] {r, alpha, a, b}) {
      checkArgument(Double.isFinite(v) && v >= 0, "standard errors must be finite and >= 0 but one was %s", v);
    }
  }
}
