package org.crmkit.core.complaint;

import org.crmkit.core.CrmException;
import org.crmkit.core.interaction.InteractionId;

/** Thrown when a complaint id has no case in the journal. The message names the id only. */
public final class ComplaintNotFoundException extends CrmException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param complaintId the missing complaint
   */
  public ComplaintNotFoundException(InteractionId complaintId) {
    super("complaint " + complaintId + " has no case");
  }
}
