package org.crmkit.core.interaction;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;

/**
 * A purchase or transaction (交易): order, amount, items, payment and delivery. Immutable.
 *
 * @param id the interaction id
 * @param customerId the buyer
 * @param occurredAt when the order was placed
 * @param channel where it was placed
 * @param orderId the order reference, 1..64 characters of {@code [A-Za-z0-9._:/-]}
 * @param amount the order total, not negative
 * @param items the order lines, possibly empty; when present, all in the amount's currency
 * @param payment payment state
 * @param delivery delivery state
 */
public record Purchase(InteractionId id, CustomerId customerId, Instant occurredAt, Channel channel,
    String orderId, Money amount, List<LineItem> items, PaymentStatus payment, DeliveryStatus delivery)
    implements Interaction {

  /**
   * Validates the purchase.
   *
   * @throws IllegalArgumentException if the order id is malformed, the amount negative or an item
   *     in another currency
   */
  public Purchase {
    requireNonNull(id, "id");
    requireNonNull(customerId, "customerId");
    requireNonNull(occurredAt, "occurredAt");
    requireNonNull(channel, "channel");
    Checks.reference("orderId", orderId);
    Checks.notNegative("amount", amount);
    items = List.copyOf(items);
    for (LineItem item : items) {
      if (!item.unitPrice().currency().equals(amount.currency())) {
        throw new IllegalArgumentException("item currency must be " + amount.currency()
            + " but was " + item.unitPrice().currency());
      }
    }
    requireNonNull(payment, "payment");
    requireNonNull(delivery, "delivery");
  }

  @Override
  public InteractionKind kind() {
    return InteractionKind.PURCHASE;
  }

  @Override
  public Purchase withCustomerId(CustomerId newCustomerId) {
    return new Purchase(id, newCustomerId, occurredAt, channel, orderId, amount, items, payment, delivery);
  }
}
