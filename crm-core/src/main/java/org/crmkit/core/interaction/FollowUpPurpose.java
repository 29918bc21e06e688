package org.crmkit.core.interaction;

/** Why a follow-up was made (seeds 001, 002). */
public enum FollowUpPurpose {
  /** The regular contact cadence. */
  PERIODIC,
  /** A milestone: after a purchase, before a renewal, after a complaint closed. */
  MILESTONE,
  /** Asked for by the customer or a rep. */
  ON_DEMAND,
  /** Care on a birthday or holiday (关怀). */
  CARE,
  /** Direct marketing (needs the direct-marketing consent). */
  MARKETING,
  /** Service: checking a delivery, an installation or a repair. */
  SERVICE
}
