package org.crmkit.core.interaction;

/** Delivery (logistics) state of a purchase. */
public enum DeliveryStatus {
  /** Nothing to deliver (services, digital goods). */
  NOT_APPLICABLE,
  /** Not shipped yet. */
  PENDING,
  /** On its way. */
  SHIPPED,
  /** Delivered. */
  DELIVERED,
  /** Delivery failed. */
  FAILED
}
