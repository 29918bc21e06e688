package org.crmkit.core;

/**
 * Root of every domain failure raised by crmkit (as opposed to caller mistakes, which are
 * {@link IllegalArgumentException}, {@link NullPointerException} or {@link IllegalStateException}).
 *
 * <p>Messages name ids, counts and field names only, never personal data.
 */
public class CrmException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what failed, without personal data
   */
  public CrmException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what failed, without personal data
   * @param cause the underlying failure
   */
  public CrmException(String message, Throwable cause) {
    super(message, cause);
  }
}
