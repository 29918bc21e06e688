package org.crmkit.privacy.anonymize;

import org.crmkit.core.CrmException;

/**
 * Thrown when a CSV table or hierarchy cannot be read. The message names the line and, where
 * there is one, the column; never a cell's content.
 */
public class CsvFormatException extends CrmException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and where, without cell contents
   */
  public CsvFormatException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what is wrong and where, without cell contents
   * @param cause the underlying failure
   */
  public CsvFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
