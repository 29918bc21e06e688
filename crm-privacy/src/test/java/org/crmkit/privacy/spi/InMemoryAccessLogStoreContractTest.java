package org.crmkit.privacy.spi;

/** The in-memory store passes the store contract. */
class InMemoryAccessLogStoreContractTest extends AccessLogStoreContract {
  @Override
  protected AccessLogStore newStore() {
    return AccessLogStore.inMemory();
  }
}
