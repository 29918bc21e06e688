package org.crmkit.examples.cli;

/**
 * A subcommand failed for a reason the user can act on but that is not bad input (out of memory,
 * an unwritable disk). Its message is printed as the error line and the exit code is 1.
 */
final class CommandFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed and what to do, without personal data
   */
  CommandFailedException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what failed and what to do, without personal data
   * @param cause the underlying failure
   */
  CommandFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
