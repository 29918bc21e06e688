package org.crmkit.scoring.spend;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The Gamma-Gamma spend parameters: a customer's transaction values are Gamma(shape p, rate ν),
 * and ν varies across customers as Gamma(shape q, rate γ), written v here as in the lifetimes
 * library. v is in money units. Immutable.
 *
 * @param p shape of the transaction-value Gamma, finite and positive
 * @param q shape of the Gamma of ν, finite and positive
 * @param v rate γ of the Gamma of ν, finite and positive
 */
public record GammaGammaParameters(double p, double q, double v) {

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException if a parameter is not finite and positive
   */
  public GammaGammaParameters {
    checkArgument(p > 0 && p < Double.POSITIVE_INFINITY, "p must be finite and > 0 but was %s", p);
    checkArgument(q > 0 && q < Double.POSITIVE_INFINITY, "q must be finite and > 0 but was %s", q);
    checkArgument(v > 0 && v < Double.POSITIVE_INFINITY, "v must be finite and > 0 but was %s", v);
  }

  /**
   * Returns the parameters.
   *
   * @param p the value shape
   * @param q the shape of ν
   * @param v the rate of ν
   * @return the parameters
   * @throws IllegalArgumentException if a parameter is not finite and positive
   */
  public static GammaGammaParameters of(double p, double q, double v) {
    return new GammaGammaParameters(p, q, v);
  }
}
