package org.crmkit.core.spi;

import org.crmkit.core.CrmException;

/**
 * A storage operation failed: a lost connection, a constraint violation, a driver error. The
 * underlying failure is attached as the cause; the message names ids and counts only. When this is
 * thrown from a write, nothing of that write was stored.
 */
public class StorageException extends CrmException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, without personal data
   */
  public StorageException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what failed, without personal data
   * @param cause the underlying failure
   */
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
