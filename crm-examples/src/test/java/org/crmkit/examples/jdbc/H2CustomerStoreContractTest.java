package org.crmkit.examples.jdbc;

import org.crmkit.core.spi.CustomerStore;
import org.crmkit.core.testkit.CustomerStoreContract;

/** Runs the {@link CustomerStoreContract} on {@link JdbcCustomerStore} over H2, a fresh in-memory database per store. */
class H2CustomerStoreContractTest extends CustomerStoreContract {
  private static final H2Fixture DB = new H2Fixture("customers");

  @Override
  protected CustomerStore newStore() {
    return JdbcStores.create(DB.fresh(), Dialect.H2).customers();
  }
}
