package org.crmkit.core.followup;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * The follow-ups due at a date, in priority order, and those consent suppressed. Immutable.
 *
 * @param asOf the date planned for
 * @param due the follow-ups to make, in {@link FollowUpPlanner#PRIORITY} order
 * @param suppressed the follow-ups not planned because the customer opted out
 */
public record FollowUpPlan(LocalDate asOf, List<PlannedFollowUp> due, List<SuppressedFollowUp> suppressed) {

  /** Copies the lists. */
  public FollowUpPlan {
    requireNonNull(asOf, "asOf");
    due = List.copyOf(due);
    suppressed = List.copyOf(suppressed);
  }
}
