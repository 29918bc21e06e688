package org.crmkit.examples.jdbc;

import javax.sql.DataSource;

/**
 * Runs crm-privacy's {@code AccessLogStoreContract} and {@link JdbcAccessLogStoreContract} on {@link
 * JdbcAccessLogStore} over H2, a fresh in-memory database per store.
 */
class H2AccessLogStoreContractTest extends JdbcAccessLogStoreContract {
  private static final H2Fixture DB = new H2Fixture("access-log");

  @Override
  DataSource freshDataSource() {
    return DB.fresh();
  }

  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}
