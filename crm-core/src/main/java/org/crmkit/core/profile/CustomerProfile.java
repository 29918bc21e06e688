package org.crmkit.core.profile;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.consent.ConsentLedger;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.interaction.Interaction;

/**
 * A customer's whole file (客户档案): the customer, its interactions and its consent history.
 * This is the unit of export and import. Immutable.
 *
 * @param customer the customer
 * @param interactions its interactions, every one with the customer's id
 * @param consentEvents its consent events, every one with the customer's id
 */
public record CustomerProfile(Customer customer, List<Interaction> interactions, List<ConsentEvent> consentEvents) {

  /**
   * Validates that everything belongs to the customer.
   *
   * @throws IllegalArgumentException if an interaction or event has another customer id
   */
  public CustomerProfile {
    requireNonNull(customer, "customer");
    interactions = List.copyOf(interactions);
    consentEvents = List.copyOf(consentEvents);
    for (Interaction i : interactions) {
      checkArgument(i.customerId().equals(customer.id()),
          "interaction %s must belong to customer %s but belonged to %s", i.id(), customer.id(), i.customerId());
    }
    for (ConsentEvent e : consentEvents) {
      checkArgument(e.customerId().equals(customer.id()),
          "consent event %s must belong to customer %s but belonged to %s", e.eventId(), customer.id(), e.customerId());
    }
  }

  /** Returns the consent ledger of this profile. */
  public ConsentLedger consent() {
    return ConsentLedger.of(customer.id(), consentEvents);
  }

  @Override
  public String toString() {
    return "CustomerProfile[customerId=" + customer.id() + ", interactions=" + interactions.size()
        + ", consentEvents=" + consentEvents.size() + "]";
  }
}
