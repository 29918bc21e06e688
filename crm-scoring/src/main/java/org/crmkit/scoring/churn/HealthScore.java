package org.crmkit.scoring.churn;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * A customer's 0–100 health score (100 = no sign of churn) with its factor breakdown: the score is
 * the weighted mean of the applicable factors' scores, so it equals the sum of their points.
 * Immutable.
 *
 * @param value the score, in [0, 100]
 * @param factors one line per {@link HealthFactor}, in enum order
 */
public record HealthScore(double value, List<FactorScore> factors) {

  /**
   * Validates the score.
   *
   * @throws IllegalArgumentException if the value is outside [0, 100]
   */
  public HealthScore {
    checkArgument(value >= 0 && value <= 100, "value must be in [0, 100] but was %s", value);
    factors = List.copyOf(factors);
  }
}
