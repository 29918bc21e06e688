package org.crmkit.core.spi;

import static java.util.Objects.requireNonNull;

/**
 * The set of stores a crmkit application works with, handed around as one value: customers,
 * interactions, consent events, the audit log, and the hook that runs work spanning several of
 * them in one transaction. Immutable (the stores themselves are thread-safe by their contracts).
 *
 * <p>{@code org.crmkit.core.store.InMemoryStores.create()} returns the in-memory defaults; a host
 * with its own storage builds one from its adapters.
 *
 * @param customers the customer store
 * @param interactions the interaction store
 * @param consent the consent-event store
 * @param audit the operation log
 * @param transactions the cross-store transaction hook, {@link TransactionHook#none()} without transactions
 */
public record CrmStores(CustomerStore customers, InteractionStore interactions, ConsentStore consent,
    AuditLog audit, TransactionHook transactions) {

  /**
   * Rejects nulls.
   *
   * @throws NullPointerException if any store or the hook is null
   */
  public CrmStores {
    requireNonNull(customers, "customers");
    requireNonNull(interactions, "interactions");
    requireNonNull(consent, "consent");
    requireNonNull(audit, "audit");
    requireNonNull(transactions, "transactions");
  }
}
