package org.crmkit.scoring.churn;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * One line of the health-score breakdown. A factor without data (no baseline, no survey answer, no
 * contract) is not applicable: its score is shown as 100 and it contributes no points, and the
 * other factors' weights are renormalised. Immutable.
 *
 * @param factor the factor
 * @param applicable whether the customer has data for it
 * @param score the factor's score, in [0, 100]
 * @param weight the policy weight, ≥ 0
 * @param points the points it contributes to the health score (weight share × score)
 */
public record FactorScore(HealthFactor factor, boolean applicable, double score, double weight, double points) {

  /**
   * Validates the line.
   *
   * @throws IllegalArgumentException if a number is out of range
   */
  public FactorScore {
    requireNonNull(factor, "factor");
    checkArgument(score >= 0 && score <= 100, "score must be in [0, 100] but was %s", score);
    checkArgument(weight >= 0 && Double.isFinite(weight), "weight must be finite and >= 0 but was %s", weight);
    checkArgument(points >= 0 && points <= 100 + 1e-9, "points must be in [0, 100] but was %s", points);
    checkArgument(applicable || points == 0, "points must be 0 for an inapplicable factor but were %s", points);
  }
}
