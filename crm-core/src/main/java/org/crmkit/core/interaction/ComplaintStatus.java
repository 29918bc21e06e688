package org.crmkit.core.interaction;

/** Where a complaint is in its handling (受理 → 调查 → 回应 → 跟踪 → 结案). */
public enum ComplaintStatus {
  /** Received and registered (受理). */
  RECEIVED,
  /** Being investigated (调查). */
  INVESTIGATING,
  /** The customer got an answer (回应). */
  RESPONDED,
  /** Checking that the remedy worked (跟踪). */
  TRACKING,
  /** Closed (结案). */
  CLOSED
}
