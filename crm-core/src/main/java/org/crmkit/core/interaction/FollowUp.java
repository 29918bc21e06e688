package org.crmkit.core.interaction;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.crmkit.core.CustomerId;

/**
 * A follow-up visit or call (回访): method, purpose, outcome and notes. Immutable;
 * {@code toString()} is redacted.
 *
 * @param id the interaction id
 * @param customerId the customer followed up
 * @param occurredAt when
 * @param channel the channel
 * @param method phone, e-mail, SMS, visit or survey
 * @param purpose why
 * @param outcome what came of it
 * @param notes notes (free text, up to 10000 characters), if any
 */
public record FollowUp(InteractionId id, CustomerId customerId, Instant occurredAt, Channel channel,
    FollowUpMethod method, FollowUpPurpose purpose, FollowUpOutcome outcome, Optional<String> notes)
    implements Interaction {

  /**
   * Validates the follow-up.
   *
   * @throws IllegalArgumentException if the notes are blank or too long
   */
  public FollowUp {
    requireNonNull(id, "id");
    requireNonNull(customerId, "customerId");
    requireNonNull(occurredAt, "occurredAt");
    requireNonNull(channel, "channel");
    requireNonNull(method, "method");
    requireNonNull(purpose, "purpose");
    requireNonNull(outcome, "outcome");
    notes = Checks.text("notes", notes, 10_000);
  }

  @Override
  public InteractionKind kind() {
    return InteractionKind.FOLLOW_UP;
  }

  @Override
  public FollowUp withCustomerId(CustomerId newCustomerId) {
    return new FollowUp(id, newCustomerId, occurredAt, channel, method, purpose, outcome, notes);
  }

  @Override
  public String toString() {
    return "FollowUp[id=" + id + ", customerId=" + customerId + ", purpose=" + purpose + ", outcome="
        + outcome + ", redacted]";
  }
}
