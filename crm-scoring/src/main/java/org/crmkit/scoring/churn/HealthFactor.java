package org.crmkit.scoring.churn;

/** A component of the {@link HealthScore}; each is scored 0–100 and weighted by the policy. */
public enum HealthFactor {
  /** Days since the last purchase against the customer's usual interval. */
  PURCHASE_RECENCY,
  /** Recent against baseline purchase frequency. */
  PURCHASE_FREQUENCY,
  /** Recent against baseline customer-initiated contacts. */
  INTERACTIONS,
  /** Recent against baseline site and app visits. */
  VISITS,
  /** Open, overdue and recent complaints. */
  COMPLAINTS,
  /** The latest NPS and CSAT answers. */
  SATISFACTION,
  /** Recent against baseline net spend. */
  SPEND,
  /** The state of the customer's contract renewals. */
  RENEWALS
}
