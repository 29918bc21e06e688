package org.crmkit.core.service;

import org.crmkit.core.CrmException;
import org.crmkit.core.CustomerId;

/** An operation named a customer that is not stored. */
public final class CustomerNotFoundException extends CrmException {
  private static final long serialVersionUID = 1L;
  private final transient CustomerId customerId;

  /**
   * Creates the exception.
   *
   * @param customerId the missing customer
   */
  public CustomerNotFoundException(CustomerId customerId) {
    super("customer " + customerId + " does not exist");
    this.customerId = customerId;
  }

  /** Returns the missing customer's id. */
  public CustomerId customerId() {
    return customerId;
  }
}
