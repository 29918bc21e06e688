package org.crmkit.privacy.anonymize;

import org.crmkit.core.CrmException;

/**
 * Thrown when no generalisation satisfies the privacy criteria within the suppression limit, or
 * when the release fails its post-condition. Nothing is released. The message names the criteria
 * and counts only.
 */
public class AnonymizationFailedException extends CrmException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message why nothing was released, without personal data
   */
  public AnonymizationFailedException(String message) {
    super(message);
  }
}
