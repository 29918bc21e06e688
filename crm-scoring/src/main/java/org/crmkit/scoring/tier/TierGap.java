package org.crmkit.scoring.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * What a member still needs for a tier by a deadline: the unmet criteria, how many of them must
 * be met, and each as a sentence such as {@code "spend 1,200.00 CNY more by 2026-12-31"}.
 * Immutable.
 *
 * @param tier the tier aimed at
 * @param needed how many of the unmet criteria must still be met, at least 1
 * @param unmet the criteria not met yet
 * @param by the deadline: the last day of the current review period
 * @param steps one sentence per unmet criterion, in the same order
 */
public record TierGap(Tier tier, int needed, List<CriterionCheck> unmet, LocalDate by, List<String> steps) {

  /**
   * Validates the gap.
   *
   * @throws IllegalArgumentException if needed is not in [1, unmet] or steps and unmet differ in size
   */
  public TierGap {
    requireNonNull(tier, "tier");
    requireNonNull(by, "by");
    unmet = List.copyOf(unmet);
    steps = List.copyOf(steps);
    checkArgument(needed >= 1 && needed <= unmet.size(), "needed must be in [1, %s] but was %s", unmet.size(), needed);
    checkArgument(steps.size() == unmet.size(), "steps must number %s but were %s", unmet.size(), steps.size());
  }

  /**
   * Returns the gap as one sentence: the steps joined by "and" when all are needed, by "or" when
   * one is, else "N of: a; b; c".
   *
   * @return the sentence, without personal data
   */
  public String describe() {
    if (needed == unmet.size()) {
      return String.join(" and ", steps);
    }
    if (needed == 1) {
      return String.join(" or ", steps);
    }
    return needed + " of: " + String.join("; ", steps);
  }
}
