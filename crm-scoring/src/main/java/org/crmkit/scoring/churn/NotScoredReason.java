package org.crmkit.scoring.churn;

/** Why a customer got no churn score. */
public enum NotScoredReason {
  /**
   * The customer opted out of (or withdrew consent to) automated decisions: "not scored: opted
   * out".
   */
  OPTED_OUT
}
