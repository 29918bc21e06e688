package org.crmkit.core.interaction;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;

/**
 * A contract renewal (续约): which contract, the period renewed, the amount and the outcome.
 * Immutable.
 *
 * @param id the interaction id
 * @param customerId the customer
 * @param occurredAt when the outcome was recorded
 * @param channel where
 * @param contractId the contract, 1..64 characters of {@code [A-Za-z0-9._:/-]}
 * @param periodStart first day of the renewed period
 * @param periodEnd last day of the renewed period, not before the start
 * @param amount the renewal amount, not negative (zero for a lost renewal)
 * @param outcome pending, renewed, changed or lost
 */
public record Renewal(InteractionId id, CustomerId customerId, Instant occurredAt, Channel channel,
    String contractId, LocalDate periodStart, LocalDate periodEnd, Money amount, RenewalOutcome outcome)
    implements Interaction {

  /**
   * Validates the renewal.
   *
   * @throws IllegalArgumentException if the contract id is malformed, the period reversed or the amount negative
   */
  public Renewal {
    requireNonNull(id, "id");
    requireNonNull(customerId, "customerId");
    requireNonNull(occurredAt, "occurredAt");
    requireNonNull(channel, "channel");
    Checks.reference("contractId", contractId);
    requireNonNull(periodStart, "periodStart");
    requireNonNull(periodEnd, "periodEnd");
    if (periodEnd.isBefore(periodStart)) {
      throw new IllegalArgumentException(
          "periodEnd must not be before periodStart but was " + periodEnd + " < " + periodStart);
    }
    Checks.notNegative("amount", amount);
    requireNonNull(outcome, "outcome");
  }

  @Override
  public InteractionKind kind() {
    return InteractionKind.RENEWAL;
  }

  @Override
  public Renewal withCustomerId(CustomerId newCustomerId) {
    return new Renewal(id, newCustomerId, occurredAt, channel, contractId, periodStart, periodEnd, amount, outcome);
  }
}
