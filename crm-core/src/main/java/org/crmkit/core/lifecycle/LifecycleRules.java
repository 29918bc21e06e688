package org.crmkit.core.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Settings of the life-cycle derivation. Immutable.
 *
 * @param inactivityDays days without activity after which a customer in interaction, transaction
 *     or maintenance becomes an exit candidate, positive
 * @param applyExits whether exit candidates are moved to {@code EXIT} automatically; when false
 *     (the default) they are reported for a person to confirm with a manual move
 */
public record LifecycleRules(int inactivityDays, boolean applyExits) {

  /** The default inactivity: 180 days. */
  public static final int DEFAULT_INACTIVITY_DAYS = 180;

  /**
   * Validates the rules.
   *
   * @throws IllegalArgumentException if {@code inactivityDays} is not positive
   */
  public LifecycleRules {
    checkArgument(inactivityDays > 0, "inactivityDays must be > 0 but was %s", inactivityDays);
  }

  /** Returns 180 days of inactivity, exits reported as candidates only. */
  public static LifecycleRules defaults() {
    return new LifecycleRules(DEFAULT_INACTIVITY_DAYS, false);
  }
}
