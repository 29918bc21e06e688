package org.crmkit.examples.jdbc;

import javax.sql.DataSource;

/**
 * Runs crm-privacy's {@code RequestStoreContract} and {@link JdbcRequestStoreContract} on {@link
 * JdbcRequestStore} over H2, a fresh in-memory database per store.
 */
class H2RequestStoreContractTest extends JdbcRequestStoreContract {
  private static final H2Fixture DB = new H2Fixture("requests");

  @Override
  DataSource freshDataSource() {
    return DB.fresh();
  }

  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}
