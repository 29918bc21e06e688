package org.crmkit.core.complaint;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Set;
import org.crmkit.core.interaction.ComplaintStatus;

/**
 * The complaint state machine (受理 → 调查 → 回应 → 跟踪 → 结案, seeds 001/003/004). Stateless.
 *
 * <p>Allowed moves, and no others:
 *
 * <ul>
 *   <li>forward by exactly one step: {@code RECEIVED → INVESTIGATING → RESPONDED → TRACKING →
 *       CLOSED} (no step may be skipped: every complaint is investigated, answered and tracked);
 *   <li>reopen: {@code CLOSED → INVESTIGATING}, when the customer comes back on the same matter
 *       (the complaint is already received, so it goes back to investigation).
 * </ul>
 *
 * <p>Staying in place is not a transition. {@code RECEIVED} is the only initial status.
 */
public final class ComplaintFlow {
  private ComplaintFlow() {}

  /**
   * Returns whether a complaint in {@code from} may move to {@code to}.
   *
   * @param from the current status
   * @param to the proposed status
   * @return whether the move is allowed
   */
  public static boolean canMove(ComplaintStatus from, ComplaintStatus to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    return allowedFrom(from).contains(to);
  }

  /**
   * Returns whether the move is a reopen ({@code CLOSED → INVESTIGATING}).
   *
   * @param from the current status
   * @param to the proposed status
   * @return whether it is a reopen
   */
  public static boolean isReopen(ComplaintStatus from, ComplaintStatus to) {
    return from == ComplaintStatus.CLOSED && to == ComplaintStatus.INVESTIGATING;
  }

  /**
   * Returns the statuses a complaint may move to from {@code from}.
   *
   * @param from the current status
   * @return the allowed next statuses (a new, modifiable set)
   */
  public static Set<ComplaintStatus> allowedFrom(ComplaintStatus from) {
    requireNonNull(from, "from");
    switch (from) {
      case RECEIVED:
        return EnumSet.of(ComplaintStatus.INVESTIGATING);
      case INVESTIGATING:
        return EnumSet.of(ComplaintStatus.RESPONDED);
      case RESPONDED:
        return EnumSet.of(ComplaintStatus.TRACKING);
      case TRACKING:
        return EnumSet.of(ComplaintStatus.CLOSED);
      case CLOSED:
        return EnumSet.of(ComplaintStatus.INVESTIGATING);
      default:
        throw new AssertionError(from);
    }
  }

  /**
   * Returns whether a complaint in this status still waits for its reply: received or being
   * investigated. Once responded (or later) the reply-due time no longer applies.
   *
   * @param status the status
   * @return whether a reply is still owed
   */
  public static boolean awaitsReply(ComplaintStatus status) {
    requireNonNull(status, "status");
    return status == ComplaintStatus.RECEIVED || status == ComplaintStatus.INVESTIGATING;
  }
}
