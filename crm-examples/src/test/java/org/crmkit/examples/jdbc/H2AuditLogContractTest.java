package org.crmkit.examples.jdbc;

import org.crmkit.core.spi.AuditLog;
import org.crmkit.core.testkit.AuditLogContract;

/** Runs the {@link AuditLogContract} on {@link JdbcAuditLog} over H2, a fresh in-memory database per store. */
class H2AuditLogContractTest extends AuditLogContract {
  private static final H2Fixture DB = new H2Fixture("audit");

  @Override
  protected AuditLog newLog() {
    return JdbcStores.create(DB.fresh(), Dialect.H2).audit();
  }
}
