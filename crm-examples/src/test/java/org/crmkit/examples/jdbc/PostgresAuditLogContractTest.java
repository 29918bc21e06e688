package org.crmkit.examples.jdbc;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import org.crmkit.core.spi.AuditLog;
import org.crmkit.core.testkit.AuditLogContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the {@link AuditLogContract} on {@link JdbcAuditLog} over the PostgreSQL of {@code
 * -Dcrmkit.postgres.url}, in a schema of its own, emptied per store and dropped at the end; skipped
 * without the URL.
 */
@ExtendWith(RequiresPostgres.class)
@AddLifecycleHook(RequiresPostgres.class)
class PostgresAuditLogContractTest extends AuditLogContract {
  private static final PostgresFixture DB = new PostgresFixture("audit");

  @Override
  protected AuditLog newLog() {
    return JdbcStores.create(DB.fresh(), Dialect.POSTGRESQL).audit();
  }

  @AfterAll
  @AfterContainer
  static void dropSchema() {
    DB.drop();
  }
}
