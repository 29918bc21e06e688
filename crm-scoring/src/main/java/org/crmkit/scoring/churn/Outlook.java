package org.crmkit.scoring.churn;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The BG/NBD view of one customer, when the engine has a fitted model: P(alive) and the expected
 * purchases over a horizon, from the customer's own (x, t<sub>x</sub>, T). Immutable.
 *
 * @param frequency x, the repeat purchase days up to the assessment
 * @param recency t<sub>x</sub> in the model's time unit
 * @param age T in the model's time unit
 * @param probabilityAlive P(alive), in [0, 1]
 * @param horizon the forecast horizon in the model's time unit
 * @param expectedPurchases the expected purchases in the horizon, ≥ 0
 */
public record Outlook(int frequency, double recency, double age, double probabilityAlive, double horizon,
    double expectedPurchases) {

  /**
   * Validates the outlook.
   *
   * @throws IllegalArgumentException if a number is out of range
   */
  public Outlook {
    checkArgument(probabilityAlive >= 0 && probabilityAlive <= 1, "probabilityAlive must be in [0, 1] but was %s", probabilityAlive);
    checkArgument(expectedPurchases >= 0 && Double.isFinite(expectedPurchases),
        "expectedPurchases must be finite and >= 0 but was %s", expectedPurchases);
  }
}
