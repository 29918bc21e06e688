package org.crmkit.examples.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs crm-privacy's {@code RequestStoreContract} and {@link JdbcRequestStoreContract} on {@link
 * JdbcRequestStore} over the PostgreSQL of {@code -Dcrmkit.postgres.url}, in a schema of its own,
 * emptied per store and dropped at the end; skipped without the URL.
 */
@ExtendWith(RequiresPostgres.class)
class PostgresRequestStoreContractTest extends JdbcRequestStoreContract {
  private static final PostgresFixture DB = new PostgresFixture("requests");

  @Override
  DataSource freshDataSource() {
    return DB.fresh();
  }

  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  @AfterAll
  static void dropSchema() {
    DB.drop();
  }
}
