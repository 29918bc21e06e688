package org.crmkit.core.interaction;

/** Direction of a communication. */
public enum Direction {
  /** From the customer to us. */
  INBOUND,
  /** From us to the customer. */
  OUTBOUND
}
