package org.crmkit.scoring.churn;

/** What a churn warning is about; see {@link EarlyWarningPolicy} for the thresholds. */
public enum WarningCode {
  /** Days since the last purchase exceed the customer's usual interval times the overdue factor. */
  PURCHASE_OVERDUE,
  /** Purchase days in the recent window fell by at least the drop share against the baseline rate. */
  PURCHASE_FREQUENCY_DROP,
  /** Customer-initiated contacts fell by at least the drop share against the baseline rate. */
  INTERACTION_DROP,
  /** Site and app visits fell by at least the drop share against the baseline rate. */
  VISIT_DROP,
  /** Net spend fell by at least the drop share against the baseline rate. */
  SPEND_DROP,
  /** At least one complaint is not closed. */
  UNRESOLVED_COMPLAINT,
  /** Complaints in the recent window reached the repeated-complaints threshold. */
  REPEATED_COMPLAINTS,
  /** The latest NPS answer is a detractor's (0–6). */
  DETRACTOR,
  /** The latest CSAT answer is dissatisfied or very dissatisfied (1–2). */
  DISSATISFIED,
  /** A contract's renewal is pending past its start, or the contract lapsed without one. */
  RENEWAL_OVERDUE,
  /** A contract renewal was lost. */
  RENEWAL_LOST,
  /** The BG/NBD probability of being alive is below the policy threshold. */
  LOW_PROBABILITY_ALIVE
}
