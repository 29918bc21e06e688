package org.crmkit.core.lifecycle;

import org.crmkit.core.CrmException;
import org.crmkit.core.CustomerId;
import org.crmkit.core.customer.LifecycleStage;

/** Thrown when a manual life-cycle move is not one {@link LifecycleStage#canMoveTo} allows. */
public final class IllegalLifecycleTransitionException extends CrmException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; the message names the customer id and the stages only.
   *
   * @param customerId the customer
   * @param from the current stage
   * @param to the stage asked for
   */
  public IllegalLifecycleTransitionException(CustomerId customerId, LifecycleStage from, LifecycleStage to) {
    super("customer " + customerId + " cannot move from " + from + " to " + to);
  }
}
