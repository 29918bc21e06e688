package org.crmkit.core.interaction;

/** How a follow-up (回访) was made. */
public enum FollowUpMethod {
  /** Telephone call. */
  PHONE,
  /** E-mail. */
  EMAIL,
  /** Text message. */
  SMS,
  /** Visit in person. */
  VISIT,
  /** Survey. */
  SURVEY
}
