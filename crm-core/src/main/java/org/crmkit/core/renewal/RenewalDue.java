package org.crmkit.core.renewal;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.crmkit.core.interaction.Renewal;

/**
 * A contract that needs a renewal decision. Immutable.
 *
 * @param contract the contract
 * @param daysLeft days from the as-of date to its last day (negative once lapsed)
 * @param pending the pending renewal in progress, if one is recorded
 */
public record RenewalDue(Contract contract, long daysLeft, Optional<Renewal> pending) {

  /** Rejects nulls. */
  public RenewalDue {
    requireNonNull(contract, "contract");
    requireNonNull(pending, "pending");
  }
}
