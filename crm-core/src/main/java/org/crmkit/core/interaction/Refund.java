package org.crmkit.core.interaction;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;

/**
 * A refund or return of (part of) an order; its amount reverses spend. Immutable.
 *
 * @param id the interaction id
 * @param customerId the customer refunded
 * @param occurredAt when
 * @param channel where it was handled
 * @param orderId the order it refers to
 * @param amount the amount refunded, not negative
 * @param refundKind refund of money only, or return of goods
 * @param reason why, if recorded (free text, up to 2000 characters)
 */
public record Refund(InteractionId id, CustomerId customerId, Instant occurredAt, Channel channel,
    String orderId, Money amount, RefundKind refundKind, Optional<String> reason) implements Interaction {

  /**
   * Validates the refund.
   *
   * @throws IllegalArgumentException if the order id is malformed, the amount negative or the reason blank
   */
  public Refund {
    requireNonNull(id, "id");
    requireNonNull(customerId, "customerId");
    requireNonNull(occurredAt, "occurredAt");
    requireNonNull(channel, "channel");
    Checks.reference("orderId", orderId);
    Checks.notNegative("amount", amount);
    requireNonNull(refundKind, "refundKind");
    reason = Checks.text("reason", reason, 2000);
  }

  @Override
  public InteractionKind kind() {
    return InteractionKind.REFUND;
  }

  @Override
  public Refund withCustomerId(CustomerId newCustomerId) {
    return new Refund(id, newCustomerId, occurredAt, channel, orderId, amount, refundKind, reason);
  }

  @Override
  public String toString() {
    return "Refund[id=" + id + ", customerId=" + customerId + ", kind=" + refundKind + "]";
  }
}
