package org.crmkit.core.complaint;

import org.crmkit.core.CrmException;
import org.crmkit.core.interaction.ComplaintStatus;
import org.crmkit.core.interaction.InteractionId;

/**
 * Thrown when a complaint is asked to move between two statuses that {@link ComplaintFlow} does
 * not connect. The message names the complaint id and both statuses only.
 */
public final class IllegalComplaintTransitionException extends CrmException {
  private static final long serialVersionUID = 1L;

  /** The complaint. */
  private final transient InteractionId complaintId;
  private final ComplaintStatus from;
  private final ComplaintStatus to;

  /**
   * Creates the exception.
   *
   * @param complaintId the complaint
   * @param from its current status
   * @param to the status asked for
   */
  public IllegalComplaintTransitionException(InteractionId complaintId, ComplaintStatus from, ComplaintStatus to) {
    super("complaint " + complaintId + " cannot move from " + from + " to " + to
        + "; allowed from " + from + ": " + ComplaintFlow.allowedFrom(from));
    this.complaintId = complaintId;
    this.from = from;
    this.to = to;
  }

  /** Returns the complaint's id. */
  public InteractionId complaintId() {
    return complaintId;
  }

  /** Returns the status the complaint was in. */
  public ComplaintStatus from() {
    return from;
  }

  /** Returns the status that was asked for. */
  public ComplaintStatus to() {
    return to;
  }
}
