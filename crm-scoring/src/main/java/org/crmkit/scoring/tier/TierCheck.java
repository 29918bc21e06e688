package org.crmkit.scoring.tier;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One tier's rule checked against metrics. Immutable.
 *
 * @param tier the tier
 * @param met whether its rule held
 * @param criteria each criterion's check, in the rule's order
 */
public record TierCheck(Tier tier, boolean met, List<CriterionCheck> criteria) {

  /** Validates the check. */
  public TierCheck {
    requireNonNull(tier, "tier");
    criteria = List.copyOf(criteria);
  }

  /**
   * Checks a tier.
   *
   * @param tier the tier
   * @param metrics the metrics
   * @return the check
   */
  public static TierCheck of(Tier tier, TierMetrics metrics) {
    return new TierCheck(tier, tier.rule().isMetBy(metrics),
        tier.rule().criteria().stream().map(c -> CriterionCheck.of(c, metrics)).toList());
  }
}
