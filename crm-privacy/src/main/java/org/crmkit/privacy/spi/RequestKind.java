package org.crmkit.privacy.spi;

/** What a customer asked for (PIPL art. 45–47; GDPR art. 15–17 and 7(3)). */
public enum RequestKind {
  /** A copy of everything held about them. */
  ACCESS,
  /** A correction of their profile, applied only after review. */
  CORRECTION,
  /** Erasure of their personal data. */
  ERASURE,
  /** A change of consent, recorded in crm-core's ledger. */
  CONSENT
}
