package org.crmkit.privacy.spi;

/** Where a customer request stands. Only {@link #PENDING} requests can become overdue. */
public enum RequestStatus {
  /** Received, not yet handled (a correction awaits its reviewer). */
  PENDING,
  /** A correction a reviewer approved and applied. */
  APPROVED,
  /** A correction a reviewer rejected; nothing was changed. */
  REJECTED,
  /** An access, erasure or consent request carried out. */
  COMPLETED;

  /**
   * Returns whether the request is closed.
   *
   * @return true unless pending
   */
  public boolean isClosed() {
    return this != PENDING;
  }
}
