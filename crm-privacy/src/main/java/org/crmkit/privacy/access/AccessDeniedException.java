package org.crmkit.privacy.access;

import org.crmkit.core.CrmException;

/**
 * Thrown when a viewer asks for a view its roles do not allow, or for the selective view of a
 * recipient without a policy. No data is returned. The message names the application, the roles
 * and the view.
 */
public class AccessDeniedException extends CrmException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was refused, without personal data
   */
  public AccessDeniedException(String message) {
    super(message);
  }
}
