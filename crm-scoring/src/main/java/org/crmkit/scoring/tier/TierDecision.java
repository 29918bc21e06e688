package org.crmkit.scoring.tier;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The outcome of evaluating a member as of a day. Immutable and deterministic: the same policy,
 * member, history and day always give an equal decision.
 *
 * <p>{@code qualified} is what the current metrics reach; {@code held} is what the member
 * carries from earlier periods (after downgrades and grace); {@code earned} is the higher of the
 * two and of any tier reached earlier in this period (upgrades apply at once); {@code tier} is
 * {@code earned} after an override in force. {@link #trace()} explains it, computed on demand.
 *
 * @param member the member
 * @param asOf the evaluation day
 * @param tier the tier to apply
 * @param earned the tier earned by the member's own activity
 * @param qualified the tier the current window's metrics reach
 * @param held the tier carried into the current period
 * @param override the override in force, if any
 * @param period the current review period; downgrades happen only after its last day
 * @param metrics the current window's metrics
 * @param policy the policy evaluated
 */
public record TierDecision(TierMember member, LocalDate asOf, Tier tier, Tier earned, Tier qualified, Tier held,
    Optional<TierOverride> override, DateRange period, TierMetrics metrics, TierPolicy policy) {

  /** Validates the decision. */
  public TierDecision {
    requireNonNull(member, "member");
    requireNonNull(asOf, "asOf");
    requireNonNull(tier, "tier");
    requireNonNull(earned, "earned");
    requireNonNull(qualified, "qualified");
    requireNonNull(held, "held");
    requireNonNull(override, "override");
    requireNonNull(period, "period");
    requireNonNull(metrics, "metrics");
    requireNonNull(policy, "policy");
  }

  /** Returns the id of the tier to apply. */
  public String tierId() {
    return tier.id();
  }

  /** Returns the trace: criteria checked, the gap to the next tier and what retains this one. */
  public TierTrace trace() {
    return Traces.of(this);
  }

  @Override
  public String toString() {
    return "TierDecision[customerId=" + member.customerId() + ", asOf=" + asOf + ", tier=" + tier.id()
        + ", earned=" + earned.id() + ", override=" + override.map(o -> o.mode().toString()).orElse("none") + "]";
  }
}
