package org.crmkit.core.lifecycle;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.crmkit.core.CustomerId;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.LifecycleStage;
import org.crmkit.core.service.CustomerNotFoundException;
import org.crmkit.core.service.CustomerService;
import org.crmkit.core.spi.CrmStores;

/**
 * Applies life-cycle derivation and manual moves to stored customers through the audited {@link
 * CustomerService}; a derivation that changes nothing writes nothing. Thread-safe if the stores are; concurrent writers are resolved by the
 * customer store's optimistic versioning.
 */
public final class LifecycleService {
  private final CrmStores stores;
  private final CustomerService customers;
  private final LifecycleDeriver deriver;

  private LifecycleService(CrmStores stores, CustomerService customers, LifecycleRules rules) {
    this.stores = requireNonNull(stores, "stores");
    this.customers = requireNonNull(customers, "customers");
    this.deriver = LifecycleDeriver.of(rules);
  }

  /**
   * Returns a service.
   *
   * @param stores the stores read from
   * @param customers the audited customer service written through (over the same stores)
   * @param rules the derivation rules
   * @return the service
   */
  public static LifecycleService over(CrmStores stores, CustomerService customers, LifecycleRules rules) {
    return new LifecycleService(stores, customers, rules);
  }

  /**
   * Derives a stored customer's life cycle as of {@code asOf} and stores the new entries, if any.
   *
   * @param id the customer
   * @param asOf the time
   * @param actor who runs it, for the operation log
   * @return the derivation
   * @throws CustomerNotFoundException if the customer is not stored
   */
  public LifecycleDerivation refresh(CustomerId id, Instant asOf, String actor) {
    requireNonNull(id, "id");
    requireNonNull(asOf, "asOf");
    Customer current = stores.customers().findById(id).orElseThrow(() -> new CustomerNotFoundException(id));
    LifecycleDerivation first = deriver.derive(current, stores.interactions().byCustomer(id), asOf);
    if (!first.changed()) {
      return first; // nothing to write, nothing to log
    }
    LifecycleDerivation[] result = {first};
    customers.update(id, c -> {
      result[0] = deriver.derive(c, stores.interactions().byCustomer(id), asOf);
      return c.toBuilder().lifecycle(result[0].history()).build();
    }, actor);
    return result[0];
  }

  /**
   * Moves a stored customer by hand, as {@link LifecycleDeriver#moveManually}.
   *
   * @param id the customer
   * @param to the stage
   * @param at when
   * @param reason why; required for exit
   * @param actor who, for the operation log
   * @return the stored customer
   * @throws IllegalLifecycleTransitionException if the move is not allowed
   * @throws CustomerNotFoundException if the customer is not stored
   */
  public Customer move(CustomerId id, LifecycleStage to, Instant at, Optional<String> reason, String actor) {
    return customers.update(id, c -> LifecycleDeriver.moveManually(c, to, at, reason), actor);
  }
}
