package org.crmkit.examples.jdbc;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import org.crmkit.core.spi.ConsentStore;
import org.crmkit.core.testkit.ConsentStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the {@link ConsentStoreContract} on {@link JdbcConsentStore} over the PostgreSQL of {@code
 * -Dcrmkit.postgres.url}, in a schema of its own, emptied per store and dropped at the end; skipped
 * without the URL.
 */
@ExtendWith(RequiresPostgres.class)
@AddLifecycleHook(RequiresPostgres.class)
class PostgresConsentStoreContractTest extends ConsentStoreContract {
  private static final PostgresFixture DB = new PostgresFixture("consent");

  @Override
  protected ConsentStore newStore() {
    return JdbcStores.create(DB.fresh(), Dialect.POSTGRESQL).consent();
  }

  @AfterAll
  @AfterContainer
  static void dropSchema() {
    DB.drop();
  }
}
