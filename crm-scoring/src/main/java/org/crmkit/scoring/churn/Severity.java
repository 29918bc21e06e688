package org.crmkit.scoring.churn;

/** How urgent a churn warning is. */
public enum Severity {
  /** Worth watching. */
  LOW,
  /** Act within the normal contact cadence. */
  MEDIUM,
  /** Act now. */
  HIGH
}
