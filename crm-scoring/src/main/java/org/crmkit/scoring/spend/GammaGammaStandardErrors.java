package org.crmkit.scoring.spend;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Asymptotic standard errors of the Gamma-Gamma estimates, from the inverse of the Hessian of the
 * negative log-likelihood at the optimum. Immutable.
 *
 * @param p standard error of p, finite and ≥ 0
 * @param q standard error of q, finite and ≥ 0
 * @param v standard error of v, finite and ≥ 0
 */
public record GammaGammaStandardErrors(double p, double q, double v) {

  /**
   * Validates the errors.
   *
   * @throws IllegalArgumentException if an error is negative or not finite
   */
  public GammaGammaStandardErrors {
    for (double e : new double[] {p, q, v}) {
      checkArgument(Double.isFinite(e) && e >= 0, "standard errors must be finite and >= 0 but one was %s", e);
    }
  }
}
