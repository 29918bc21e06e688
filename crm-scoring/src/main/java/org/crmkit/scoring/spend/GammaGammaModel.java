package org.crmkit.scoring.spend;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * Predictions of the Gamma-Gamma spend model. Immutable and thread-safe.
 */
public final class GammaGammaModel {
  private final GammaGammaParameters parameters;

  private GammaGammaModel(GammaGammaParameters parameters) {
    this.parameters = parameters;
  }

  /**
   * Returns the model with these parameters.
   *
   * @param parameters the parameters
   * @return the model
   */
  public static GammaGammaModel of(GammaGammaParameters parameters) {
    return new GammaGammaModel(requireNonNull(parameters, "parameters"));
  }

  /** Returns the parameters. */
  public GammaGammaParameters parameters() {
    return parameters;
  }

  /**
   * Returns the population mean transaction value E[Z] = p v / (q − 1), or +∞ when q ≤ 1 (the
   * mean does not exist).
   *
   * @return the mean value per transaction
   */
  public double expectedAverageSpend() {
    double q = parameters.q();
    return q > 1 ? parameters.p() * parameters.v() / (q - 1) : Double.POSITIVE_INFINITY;
  }

  /**
   * Returns E[M | x, m̄], the expected mean transaction value of a customer with x repeat
   * transactions of mean value m̄ (Fader, Hardie &amp; Lee 2005, "RFM and CLV"): p (v + x
   * m̄) / (p x + q − 1), a weighted average of the population mean p v / (q − 1) and the
   * customer's own mean, with weight p x / (p x + q − 1) on the latter. For x = 0 it is the
   * population mean.
   *
   * @param x the number of repeat transactions, ≥ 0
   * @param meanValue their mean value m̄, finite and &gt; 0 when x &gt; 0 (ignored when x = 0)
   * @return the expected mean value, +∞ when p x + q ≤ 1
   * @throws IllegalArgumentException if x is negative or the mean value is invalid
   */
  public double conditionalExpectedAverageSpend(int x, double meanValue) {
    checkArgument(x >= 0, "x must be >= 0 but was %s", x);
    checkArgument(x == 0 || (meanValue > 0 && meanValue < Double.POSITIVE_INFINITY),
        "meanValue must be finite and > 0 when x > 0 but was %s", meanValue);
    double p = parameters.p();
    double denominator = p * x + parameters.q() - 1.0;
    if (!(denominator > 0)) {
      return Double.POSITIVE_INFINITY;
    }
    double own = x == 0 ? 0.0 : x * meanValue;
    return p * (parameters.v() + own) / denominator;
  }

  @Override
  public String toString() {
    return "GammaGammaModel[" + parameters + "]";
  }
}
