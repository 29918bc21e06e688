package org.crmkit.core.store;

import org.crmkit.core.spi.CrmStores;
import org.crmkit.core.spi.TransactionHook;

/** Factory of the in-memory default stores. */
public final class InMemoryStores {
  private InMemoryStores() {}

  /**
   * Returns a fresh, empty set of in-memory stores with {@link TransactionHook#none()}: the
   * in-memory stores have no cross-store transactions. Each call returns new stores.
   *
   * @return the stores
   */
  public static CrmStores create() {
    return new CrmStores(new InMemoryCustomerStore(), new InMemoryInteractionStore(),
        new InMemoryConsentStore(), new InMemoryAuditLog(), TransactionHook.none());
  }
}
