package org.crmkit.core.interaction;

/** How urgent an enquiry or complaint is (紧急程度). */
public enum Urgency {
  /** Can wait. */
  LOW,
  /** The usual service level. */
  NORMAL,
  /** Needs a quick reply. */
  HIGH,
  /** Needs an immediate reply. */
  CRITICAL
}
