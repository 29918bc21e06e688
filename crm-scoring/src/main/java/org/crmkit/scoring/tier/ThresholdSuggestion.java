package org.crmkit.scoring.tier;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Proposed minimums for one metric, by tier id (lowest tier first), with the share of the
 * population each would actually reach. Immutable.
 *
 * @param metric the metric
 * @param minimums the proposed minimum by tier id
 * @param achievedShares the share of the population reaching each minimum, by tier id
 * @param population the number of customers the suggestion was computed from
 */
public record ThresholdSuggestion(Metric metric, Map<String, BigDecimal> minimums, Map<String, Double> achievedShares,
    long population) {

  /** Validates and copies the maps, keeping their order. */
  public ThresholdSuggestion {
    requireNonNull(metric, "metric");
    minimums = Collections.unmodifiableMap(new LinkedHashMap<>(minimums));
    achievedShares = Collections.unmodifiableMap(new LinkedHashMap<>(achievedShares));
  }

  /**
   * Returns the policy with these minimums applied.
   *
   * @param policy a policy whose named tiers each have a criterion on the metric
   * @return the changed copy
   * @throws IllegalArgumentException if a tier is unknown or lacks a criterion on the metric
   */
  public TierPolicy applyTo(TierPolicy policy) {
    return policy.withThresholds(metric, minimums);
  }
}
