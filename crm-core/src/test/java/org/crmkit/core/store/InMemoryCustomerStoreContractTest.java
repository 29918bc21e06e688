package org.crmkit.core.store;

import org.crmkit.core.spi.CustomerStore;
import org.crmkit.core.testkit.CustomerStoreContract;

/** Runs the {@link CustomerStoreContract} on {@link InMemoryCustomerStore}. */
class InMemoryCustomerStoreContractTest extends CustomerStoreContract {
  @Override
  protected CustomerStore newStore() {
    return new InMemoryCustomerStore();
  }
}
