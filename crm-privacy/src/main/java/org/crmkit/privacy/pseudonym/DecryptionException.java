package org.crmkit.privacy.pseudonym;

import org.crmkit.core.CrmException;

/**
 * Thrown when a {@link FieldCipher} token fails authentication: it was changed, or it was made
 * under another key or context. The message names the context only.
 */
public class DecryptionException extends CrmException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param context the context the token was opened in
   * @param cause the underlying failure
   */
  public DecryptionException(String context, Throwable cause) {
    super("token does not authenticate in context '" + context + "'", cause);
  }
}
