package org.crmkit.scoring.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A manual tier override with its reason and expiry. In force from {@code startsOn} up to and
 * including {@code endsOn}. When several are in force on a day, a pin beats a floor; among pins
 * the latest start wins (ties: the higher tier); among floors the highest tier wins. See {@link
 * OverrideMode} for floor against pin. Immutable; {@code toString()} omits the reason, which is
 * free text.
 *
 * @param tierId the tier granted, an id of the policy's ladder
 * @param mode floor or pin
 * @param reason why, 1..500 characters
 * @param actor who granted it, 1..64 characters of {@code [A-Za-z0-9._:-]}
 * @param startsOn the first day in force
 * @param endsOn the last day in force, not before the first
 */
public record TierOverride(String tierId, OverrideMode mode, String reason, String actor, LocalDate startsOn,
    LocalDate endsOn) {

  /**
   * Validates the override.
   *
   * @throws IllegalArgumentException if the reason is blank or too long, the actor malformed, or
   *     the override ends before it starts
   */
  public TierOverride {
    requireNonNull(tierId, "tierId");
    requireNonNull(mode, "mode");
    requireNonNull(reason, "reason");
    requireNonNull(actor, "actor");
    requireNonNull(startsOn, "startsOn");
    requireNonNull(endsOn, "endsOn");
    reason = reason.strip();
    checkArgument(!reason.isEmpty() && reason.length() <= 500,
        "reason must be 1..500 characters but was %s characters", reason.length());
    checkArgument(actor.matches("[A-Za-z0-9._:-]{1,64}"),
        "actor must be 1..64 characters of [A-Za-z0-9._:-] but was %s characters", actor.length());
    checkArgument(!endsOn.isBefore(startsOn), "endsOn must not be before startsOn but was %s < %s", endsOn, startsOn);
  }

  /**
   * Returns whether the override is in force on a day.
   *
   * @param date the day
   * @return whether {@code startsOn <= date <= endsOn}
   */
  public boolean isInForceOn(LocalDate date) {
    return !date.isBefore(startsOn) && !date.isAfter(endsOn);
  }

  @Override
  public String toString() {
    return "TierOverride[tierId=" + tierId + ", mode=" + mode + ", actor=" + actor + ", " + startsOn + ".."
        + endsOn + ", reason redacted]";
  }
}
