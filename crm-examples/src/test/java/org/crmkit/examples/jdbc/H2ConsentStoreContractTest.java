package org.crmkit.examples.jdbc;

import org.crmkit.core.spi.ConsentStore;
import org.crmkit.core.testkit.ConsentStoreContract;

/** Runs the {@link ConsentStoreContract} on {@link JdbcConsentStore} over H2, a fresh in-memory database per store. */
class H2ConsentStoreContractTest extends ConsentStoreContract {
  private static final H2Fixture DB = new H2Fixture("consent");

  @Override
  protected ConsentStore newStore() {
    return JdbcStores.create(DB.fresh(), Dialect.H2).consent();
  }
}
