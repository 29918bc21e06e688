package org.crmkit.core.store;

import org.crmkit.core.spi.InteractionStore;
import org.crmkit.core.testkit.InteractionStoreContract;

/** Runs the {@link InteractionStoreContract} on {@link InMemoryInteractionStore}. */
class InMemoryInteractionStoreContractTest extends InteractionStoreContract {
  @Override
  protected InteractionStore newStore() {
    return new InMemoryInteractionStore();
  }
}
