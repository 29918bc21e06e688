package org.crmkit.core.interaction;

/** Payment state of a purchase. */
public enum PaymentStatus {
  /** Not paid yet. */
  PENDING,
  /** Paid in full. */
  PAID,
  /** Partly paid. */
  PARTIALLY_PAID,
  /** Payment failed. */
  FAILED,
  /** The order was cancelled before payment. */
  CANCELLED
}
