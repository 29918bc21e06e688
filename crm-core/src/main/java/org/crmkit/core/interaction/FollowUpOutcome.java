package org.crmkit.core.interaction;

/** What a follow-up achieved. */
public enum FollowUpOutcome {
  /** The customer was reached. */
  REACHED,
  /** Nobody answered. */
  NOT_REACHED,
  /** Moved to another time. */
  RESCHEDULED,
  /** The customer declined to talk. */
  DECLINED
}
