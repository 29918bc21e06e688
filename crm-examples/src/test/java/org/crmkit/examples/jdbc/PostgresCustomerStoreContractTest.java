package org.crmkit.examples.jdbc;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import org.crmkit.core.spi.CustomerStore;
import org.crmkit.core.testkit.CustomerStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the {@link CustomerStoreContract} on {@link JdbcCustomerStore} over the PostgreSQL of {@code
 * -Dcrmkit.postgres.url}, in a schema of its own, emptied per store and dropped at the end; skipped
 * without the URL.
 */
@ExtendWith(RequiresPostgres.class)
@AddLifecycleHook(RequiresPostgres.class)
class PostgresCustomerStoreContractTest extends CustomerStoreContract {
  private static final PostgresFixture DB = new PostgresFixture("customers");

  @Override
  protected CustomerStore newStore() {
    return JdbcStores.create(DB.fresh(), Dialect.POSTGRESQL).customers();
  }

  @AfterAll
  @AfterContainer
  static void dropSchema() {
    DB.drop();
  }
}
