package org.crmkit.core.followup;

import static java.util.Objects.requireNonNull;

import org.crmkit.core.consent.ConsentDecision;

/**
 * A follow-up the rules produced but consent forbids, with the decision that forbade it.
 * Immutable. Kept so the plan can say why a customer is missing.
 *
 * @param followUp the follow-up that was not planned
 * @param decision the consent decision (not allowed)
 */
public record SuppressedFollowUp(PlannedFollowUp followUp, ConsentDecision decision) {

  /** Rejects nulls. */
  public SuppressedFollowUp {
    requireNonNull(followUp, "followUp");
    requireNonNull(decision, "decision");
  }
}
