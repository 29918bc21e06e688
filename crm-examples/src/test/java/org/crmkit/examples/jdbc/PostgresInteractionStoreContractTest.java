package org.crmkit.examples.jdbc;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import org.crmkit.core.spi.InteractionStore;
import org.crmkit.core.testkit.InteractionStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the {@link InteractionStoreContract} on {@link JdbcInteractionStore} over the PostgreSQL of {@code
 * -Dcrmkit.postgres.url}, in a schema of its own, emptied per store and dropped at the end; skipped
 * without the URL.
 */
@ExtendWith(RequiresPostgres.class)
@AddLifecycleHook(RequiresPostgres.class)
class PostgresInteractionStoreContractTest extends InteractionStoreContract {
  private static final PostgresFixture DB = new PostgresFixture("interactions");

  @Override
  protected InteractionStore newStore() {
    return JdbcStores.create(DB.fresh(), Dialect.POSTGRESQL).interactions();
  }

  @AfterAll
  @AfterContainer
  static void dropSchema() {
    DB.drop();
  }
}
