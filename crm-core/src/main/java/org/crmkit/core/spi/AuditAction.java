package org.crmkit.core.spi;

/** What an audited operation did (操作日志). */
public enum AuditAction {
  /** A customer was created. */
  CREATE,
  /** A customer was changed. */
  UPDATE,
  /** Another customer was merged into this one. */
  MERGE,
  /** A customer was deleted. */
  DELETE
}
