package org.crmkit.scoring.tier;

/** How the criteria of a tier combine. */
public enum Match {
  /** Every criterion must be met (an empty list is always met: the base tier). */
  ALL,
  /** At least one criterion must be met. */
  ANY,
  /** At least N of the criteria must be met. */
  AT_LEAST
}
