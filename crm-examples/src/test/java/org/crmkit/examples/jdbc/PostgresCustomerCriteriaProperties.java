package org.crmkit.examples.jdbc;

import javax.sql.DataSource;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;

/** Runs {@link CustomerCriteriaLaws} on the PostgreSQL of {@code -Dcrmkit.postgres.url}, in a schema of its own. */
@AddLifecycleHook(RequiresPostgres.class)
class PostgresCustomerCriteriaProperties extends CustomerCriteriaLaws {
  private static final PostgresFixture DB = new PostgresFixture("criteria");

  @Override
  DataSource freshDataSource() {
    return DB.fresh();
  }

  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  @AfterContainer
  static void dropSchema() {
    DB.drop();
  }
}
