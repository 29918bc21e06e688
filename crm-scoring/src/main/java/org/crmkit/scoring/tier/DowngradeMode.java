package org.crmkit.scoring.tier;

/**
 * What happens at the end of a review period to a member who no longer qualifies for the tier
 * they hold. Upgrades never wait: they apply the day the member qualifies.
 */
public enum DowngradeMode {
  /** Never downgrade: a tier once earned is kept. */
  NONE,
  /** Down one tier, or to the qualified tier if that is higher. */
  ONE_STEP,
  /** To the tier the member qualifies for over the period that ended. */
  TO_QUALIFIED,
  /**
   * To the base tier. Note that with this mode extra spend in an earlier period can leave a
   * member lower later: a Gold member who falls short drops to the base, where a Silver member
   * who still qualifies for Silver stays Silver. "More spend never gives a lower tier" holds for
   * the other modes across periods, and for every mode within a period.
   */
  TO_BASE
}
