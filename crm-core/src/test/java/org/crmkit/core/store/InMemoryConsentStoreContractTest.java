package org.crmkit.core.store;

import org.crmkit.core.spi.ConsentStore;
import org.crmkit.core.testkit.ConsentStoreContract;

/** Runs the {@link ConsentStoreContract} on {@link InMemoryConsentStore}. */
class InMemoryConsentStoreContractTest extends ConsentStoreContract {
  @Override
  protected ConsentStore newStore() {
    return new InMemoryConsentStore();
  }
}
