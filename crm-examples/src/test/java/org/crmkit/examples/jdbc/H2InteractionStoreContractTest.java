package org.crmkit.examples.jdbc;

import org.crmkit.core.spi.InteractionStore;
import org.crmkit.core.testkit.InteractionStoreContract;

/** Runs the {@link InteractionStoreContract} on {@link JdbcInteractionStore} over H2, a fresh in-memory database per store. */
class H2InteractionStoreContractTest extends InteractionStoreContract {
  private static final H2Fixture DB = new H2Fixture("interactions");

  @Override
  protected InteractionStore newStore() {
    return JdbcStores.create(DB.fresh(), Dialect.H2).interactions();
  }
}
