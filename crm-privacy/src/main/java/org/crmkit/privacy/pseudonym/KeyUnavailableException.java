package org.crmkit.privacy.pseudonym;

import org.crmkit.core.CrmException;

/** Thrown when a {@link KeySource} has no key for a context. The message names the context only. */
public class KeyUnavailableException extends CrmException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param context the context that has no key
   */
  public KeyUnavailableException(String context) {
    super("no key is available for context '" + context + "'");
  }
}
