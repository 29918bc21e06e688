package org.crmkit.core.followup;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * When milestone follow-ups fall (seeds 001, 002: periodic, at key milestones, on demand).
 * Immutable. The seeds give no numbers; {@link #defaults()} is our choice.
 *
 * @param afterPurchaseDays days after the latest purchase, not negative
 * @param beforeRenewalDays days before a contract's last day, not negative
 * @param afterComplaintClosedDays days after a complaint was closed, not negative
 * @param expireAfterDays days after its due date that an undone milestone is dropped (the cadence
 *     covers the customer from then on), not negative
 */
public record MilestoneRules(int afterPurchaseDays, int beforeRenewalDays, int afterComplaintClosedDays,
    int expireAfterDays) {

  /**
   * Validates the rules.
   *
   * @throws IllegalArgumentException if a value is negative
   */
  public MilestoneRules {
    checkArgument(afterPurchaseDays >= 0, "afterPurchaseDays must be >= 0 but was %s", afterPurchaseDays);
    checkArgument(beforeRenewalDays >= 0, "beforeRenewalDays must be >= 0 but was %s", beforeRenewalDays);
    checkArgument(afterComplaintClosedDays >= 0, "afterComplaintClosedDays must be >= 0 but was %s",
        afterComplaintClosedDays);
    checkArgument(expireAfterDays >= 0, "expireAfterDays must be >= 0 but was %s", expireAfterDays);
  }

  /** Returns 7 days after a purchase, 30 days before a renewal, 7 days after a complaint closes, dropped after 30 days. */
  public static MilestoneRules defaults() {
    return new MilestoneRules(7, 30, 7, 30);
  }
}
