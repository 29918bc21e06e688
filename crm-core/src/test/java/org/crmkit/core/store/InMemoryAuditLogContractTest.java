package org.crmkit.core.store;

import org.crmkit.core.spi.AuditLog;
import org.crmkit.core.testkit.AuditLogContract;

/** Runs the {@link AuditLogContract} on {@link InMemoryAuditLog}. */
class InMemoryAuditLogContractTest extends AuditLogContract {
  @Override
  protected AuditLog newLog() {
    return new InMemoryAuditLog();
  }
}
