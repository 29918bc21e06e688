package org.crmkit.core.customer;

/**
 * A way to reach a customer or contact: a {@link PhoneNumber}, an {@link EmailAddress} or a
 * {@link PostalAddress}. Every implementation is validated, normalised and immutable, and its
 * {@code toString()} is redacted because contact points are personal data.
 */
public sealed interface ContactPoint permits PhoneNumber, EmailAddress, PostalAddress {

  /**
   * Returns the key under which two contact points are the same for duplicate detection:
   * the normalised value, folded.
   */
  String matchKey();
}
