package org.crmkit.core.customer;

/** Gender as the customer states it. */
public enum Gender {
  /** Female. */
  FEMALE,
  /** Male. */
  MALE,
  /** Another gender. */
  OTHER,
  /** The customer chose not to say. */
  UNDISCLOSED
}
