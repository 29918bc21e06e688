package org.crmkit.core.followup;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.crmkit.core.interaction.FollowUpPurpose;

/**
 * The settings of a {@link FollowUpPlanner}. Immutable; copy with the {@code withX} methods.
 *
 * @param cadence the contact cadence
 * @param milestones the milestone rules
 * @param care the care calendar
 * @param zone the time zone that turns instants into dates
 * @param lookAheadDays how many days before its due date a cadence or milestone follow-up is
 *     listed, not negative (0: listed from the day it is due)
 * @param marketingPurposes the purposes that need the direct-marketing consent; always contains
 *     {@link FollowUpPurpose#MARKETING} (hosts whose care messages carry offers add {@link
 *     FollowUpPurpose#CARE})
 */
public record FollowUpRules(CadencePolicy cadence, MilestoneRules milestones, CareCalendar care, ZoneId zone,
    int lookAheadDays, Set<FollowUpPurpose> marketingPurposes) {

  /**
   * Validates the rules.
   *
   * @throws IllegalArgumentException if {@code lookAheadDays} is negative or {@code
   *     marketingPurposes} lacks {@code MARKETING}
   */
  public FollowUpRules {
    requireNonNull(cadence, "cadence");
    requireNonNull(milestones, "milestones");
    requireNonNull(care, "care");
    requireNonNull(zone, "zone");
    checkArgument(lookAheadDays >= 0, "lookAheadDays must be >= 0 but was %s", lookAheadDays);
    checkArgument(marketingPurposes.contains(FollowUpPurpose.MARKETING),
        "marketingPurposes must contain MARKETING but was %s", marketingPurposes);
    marketingPurposes = Set.copyOf(marketingPurposes);
  }

  /**
   * Returns the defaults: 14-day cadence, {@link MilestoneRules#defaults()}, birthday care, UTC,
   * no look-ahead, only {@code MARKETING} needs consent.
   *
   * @return the defaults
   */
  public static FollowUpRules defaults() {
    return new FollowUpRules(CadencePolicy.defaults(), MilestoneRules.defaults(), CareCalendar.birthdaysOnly(),
        ZoneOffset.UTC, 0, EnumSet.of(FollowUpPurpose.MARKETING));
  }

  /**
   * Returns a copy with another cadence.
   *
   * @param newCadence the cadence
   * @return the copy
   */
  public FollowUpRules withCadence(CadencePolicy newCadence) {
    return new FollowUpRules(newCadence, milestones, care, zone, lookAheadDays, marketingPurposes);
  }

  /**
   * Returns a copy with other milestone rules.
   *
   * @param newMilestones the rules
   * @return the copy
   */
  public FollowUpRules withMilestones(MilestoneRules newMilestones) {
    return new FollowUpRules(cadence, newMilestones, care, zone, lookAheadDays, marketingPurposes);
  }

  /**
   * Returns a copy with another care calendar.
   *
   * @param newCare the calendar
   * @return the copy
   */
  public FollowUpRules withCare(CareCalendar newCare) {
    return new FollowUpRules(cadence, milestones, newCare, zone, lookAheadDays, marketingPurposes);
  }

  /**
   * Returns a copy in another time zone.
   *
   * @param newZone the zone
   * @return the copy
   */
  public FollowUpRules withZone(ZoneId newZone) {
    return new FollowUpRules(cadence, milestones, care, newZone, lookAheadDays, marketingPurposes);
  }

  /**
   * Returns a copy with another look-ahead.
   *
   * @param days the look-ahead, not negative
   * @return the copy
   */
  public FollowUpRules withLookAheadDays(int days) {
    return new FollowUpRules(cadence, milestones, care, zone, days, marketingPurposes);
  }

  /**
   * Returns a copy with other consent-gated purposes.
   *
   * @param purposes the purposes, containing {@code MARKETING}
   * @return the copy
   */
  public FollowUpRules withMarketingPurposes(Set<FollowUpPurpose> purposes) {
    return new FollowUpRules(cadence, milestones, care, zone, lookAheadDays, purposes);
  }
}
