package org.crmkit.examples.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs crm-privacy's {@code AccessLogStoreContract} and {@link JdbcAccessLogStoreContract} on {@link
 * JdbcAccessLogStore} over the PostgreSQL of {@code -Dcrmkit.postgres.url}, in a schema of its own,
 * emptied per store and dropped at the end; skipped without the URL.
 */
@ExtendWith(RequiresPostgres.class)
class PostgresAccessLogStoreContractTest extends JdbcAccessLogStoreContract {
  private static final PostgresFixture DB = new PostgresFixture("accesslog");

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
