package org.crmkit.scoring.tier;

/** What a tier criterion measures (seed 001: spend, purchase frequency, loyalty). */
public enum Metric {
  /** Net spend in the qualification window, in the policy's currency: purchases less refunds. */
  SPEND,
  /** Paid orders in the qualification window that were not refunded in full. */
  PURCHASES,
  /** Days of membership since enrolment (loyalty), at the evaluation date. */
  TENURE_DAYS,
  /** Points earned in the qualification window. */
  POINTS
}
