package org.crmkit.scoring.tier;

/**
 * How a manual override combines with the tier a member earned.
 *
 * <p>Either way an override changes only what is reported while it is in force; it never
 * changes the earned state. When it expires the member has exactly the tier their own activity
 * earned, as if the override had never existed.
 */
public enum OverrideMode {
  /** At least the override's tier: a higher earned tier still shows (for example a welcome status). */
  FLOOR,
  /** Exactly the override's tier, higher or lower than earned (for example a sanction or a VIP contract). */
  PIN
}
