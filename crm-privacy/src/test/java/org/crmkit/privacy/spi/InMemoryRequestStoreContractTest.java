package org.crmkit.privacy.spi;

/** The in-memory store passes the store contract. */
class InMemoryRequestStoreContractTest extends RequestStoreContract {
  @Override
  protected RequestStore newStore() {
    return RequestStore.inMemory();
  }
}
