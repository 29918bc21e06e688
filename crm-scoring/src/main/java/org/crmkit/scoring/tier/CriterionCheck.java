package org.crmkit.scoring.tier;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * One criterion checked against metrics: the value found, whether it held and what is missing.
 * Immutable.
 *
 * @param criterion the criterion
 * @param actual the metric's value
 * @param met whether the criterion held
 * @param shortfall how much is missing, zero when met
 */
public record CriterionCheck(Criterion criterion, BigDecimal actual, boolean met, BigDecimal shortfall) {

  /** Validates the check. */
  public CriterionCheck {
    requireNonNull(criterion, "criterion");
    requireNonNull(actual, "actual");
    requireNonNull(shortfall, "shortfall");
  }

  /**
   * Checks a criterion.
   *
   * @param criterion the criterion
   * @param metrics the metrics
   * @return the check
   */
  public static CriterionCheck of(Criterion criterion, TierMetrics metrics) {
    return new CriterionCheck(criterion, metrics.value(criterion.metric()), criterion.isMetBy(metrics),
        criterion.shortfall(metrics));
  }
}
