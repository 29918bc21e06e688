package org.crmkit.scoring.bgnbd;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The four BG/NBD parameters: the purchase rate λ ~ Gamma(shape r, rate α) and the dropout
 * probability p ~ Beta(a, b). α is in the time unit of the data it was fitted on (its inverse is a
 * time). Immutable.
 *
 * @param r shape of the purchase-rate Gamma, finite and positive
 * @param alpha rate (inverse scale) of the purchase-rate Gamma, finite and positive
 * @param a first shape of the dropout Beta, finite and positive
 * @param b second shape of the dropout Beta, finite and positive
 */
public record BgNbdParameters(double r, double alpha, double a, double b) {

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException if a parameter is not finite and positive
   */
  public BgNbdParameters {
    check("r", r);
    check("alpha", alpha);
    check("a", a);
    check("b", b);
  }

  private static void check(String name, double value) {
    checkArgument(value > 0 && value < Double.POSITIVE_INFINITY, "%s must be finite and > 0 but was %s", name, value);
  }

  /**
   * Returns the parameters.
   *
   * @param r Gamma shape
   * @param alpha Gamma rate
   * @param a Beta shape a
   * @param b Beta shape b
   * @return the parameters
   * @throws IllegalArgumentException if a parameter is not finite and positive
   */
  public static BgNbdParameters of(double r, double alpha, double a, double b) {
    return new BgNbdParameters(r, alpha, a, b);
  }

  /** Returns the mean purchase rate of active customers, r / α, per time unit. */
  public double meanPurchaseRate() {
    return r / alpha;
  }

  /** Returns the mean dropout probability after a purchase, a / (a + b). */
  public double meanDropoutProbability() {
    return a / (a + b);
  }
}
