package org.crmkit.scoring.tier;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Why a member has their tier: every tier's rule checked against the current metrics, the gap to
 * the next tier, and what keeps the earned tier at the period end. Immutable.
 *
 * @param checks one check per tier, lowest first
 * @param toNext what is needed by the period end for the tier above the earned one; empty at the top
 * @param toRetain what is needed by the period end to keep the earned tier; empty when nothing
 *     is (its rule already holds, it is the base, or the policy never downgrades)
 * @param downgradeTo the tier the member would drop to if nothing changes; empty if none
 * @param downgradeOn the first day of that lower tier, after any grace; empty if none
 */
public record TierTrace(List<TierCheck> checks, Optional<TierGap> toNext, Optional<TierGap> toRetain,
    Optional<Tier> downgradeTo, Optional<LocalDate> downgradeOn) {

  /** Validates the trace. */
  public TierTrace {
    checks = List.copyOf(checks);
    requireNonNull(toNext, "toNext");
    requireNonNull(toRetain, "toRetain");
    requireNonNull(downgradeTo, "downgradeTo");
    requireNonNull(downgradeOn, "downgradeOn");
  }

  /** Returns the ids of the tiers whose rule held, lowest first. */
  public List<String> heldTierIds() {
    return checks.stream().filter(TierCheck::met).map(c -> c.tier().id()).toList();
  }
}
