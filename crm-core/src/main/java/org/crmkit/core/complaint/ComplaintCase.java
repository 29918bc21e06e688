package org.crmkit.core.complaint;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmkit.core.interaction.Complaint;
import org.crmkit.core.interaction.ComplaintStatus;
import org.crmkit.core.interaction.InteractionId;

/**
 * A complaint with its handling history: the complaint record in its current status, every
 * transition made (actor and time), and the service recovery if one was recorded. Immutable;
 * every change returns a new case. {@code toString()} shows ids and counts only.
 *
 * <p>Invariants: the transitions chain from {@code RECEIVED} (each starts where the previous one
 * ended), their times never decrease and are not before receipt, and the complaint's status is
 * where the chain ends. A reopen restarts the reply clock: the complaint's {@code replyDueAt}
 * becomes the reopen time plus the service level of its urgency.
 *
 * @param complaint the complaint in its current status
 * @param transitions the transitions, oldest first
 * @param recovery the service recovery, if recorded
 */
public record ComplaintCase(Complaint complaint, List<ComplaintTransition> transitions, Optional<ServiceRecovery> recovery) {

  /**
   * Validates the case.
   *
   * @throws IllegalArgumentException if the transitions do not chain from {@code RECEIVED} to the
   *     complaint's status, or go back in time
   */
  public ComplaintCase {
    requireNonNull(complaint, "complaint");
    transitions = List.copyOf(transitions);
    requireNonNull(recovery, "recovery");
    ComplaintStatus at = ComplaintStatus.RECEIVED;
    Instant last = complaint.occurredAt();
    for (int i = 0; i < transitions.size(); i++) {
      ComplaintTransition t = transitions.get(i);
      checkArgument(t.from() == at, "transition %s must start from %s but started from %s", i, at, t.from());
      checkArgument(!t.at().isBefore(last), "transition %s must not be before %s but was %s", i, last, t.at());
      at = t.to();
      last = t.at();
    }
    checkArgument(complaint.status() == at,
        "complaint status must be %s (where the transitions end) but was %s", at, complaint.status());
  }

  /**
   * Opens a case for a newly received complaint.
   *
   * @param complaint the complaint, in status {@code RECEIVED}
   * @return the case, with no transitions
   * @throws IllegalArgumentException if the complaint is not in {@code RECEIVED}
   */
  public static ComplaintCase open(Complaint complaint) {
    return new ComplaintCase(complaint, List.of(), Optional.empty());
  }

  /** Returns the complaint's id. */
  public InteractionId id() {
    return complaint.id();
  }

  /** Returns the current status. */
  public ComplaintStatus status() {
    return complaint.status();
  }

  /**
   * Moves the case to another status, recording the transition. A reopen ({@code CLOSED →
   * INVESTIGATING}) restarts the reply clock from {@code at}.
   *
   * @param to the new status
   * @param actor who moves it (a staff id)
   * @param at when, not before the last transition or receipt
   * @param levels the service levels, used on reopen
   * @return the moved case
   * @throws IllegalComplaintTransitionException if {@link ComplaintFlow} does not allow the move
   * @throws IllegalArgumentException if {@code at} is before the last recorded time
   */
  public ComplaintCase moveTo(ComplaintStatus to, String actor, Instant at, ServiceLevels levels) {
    requireNonNull(to, "to");
    requireNonNull(at, "at");
    requireNonNull(levels, "levels");
    if (!ComplaintFlow.canMove(status(), to)) {
      throw new IllegalComplaintTransitionException(id(), status(), to);
    }
    List<ComplaintTransition> longer = new ArrayList<>(transitions);
    longer.add(new ComplaintTransition(status(), to, actor, at));
    Complaint moved = complaint.withStatus(to);
    if (ComplaintFlow.isReopen(status(), to)) {
      Complaint c = moved;
      moved = new Complaint(c.id(), c.customerId(), c.occurredAt(), c.channel(), c.urgency(),
          levels.replyDueAt(c.urgency(), at), c.cause(), c.status(), c.content());
    }
    return new ComplaintCase(moved, longer, recovery);
  }

  /**
   * Reopens a closed case; same as {@code moveTo(INVESTIGATING, ...)} from {@code CLOSED}.
   *
   * @param actor who reopens it
   * @param at when
   * @param levels the service levels for the new reply-due time
   * @return the reopened case
   * @throws IllegalComplaintTransitionException if the case is not closed
   */
  public ComplaintCase reopen(String actor, Instant at, ServiceLevels levels) {
    if (status() != ComplaintStatus.CLOSED) {
      throw new IllegalComplaintTransitionException(id(), status(), ComplaintStatus.INVESTIGATING);
    }
    return moveTo(ComplaintStatus.INVESTIGATING, actor, at, levels);
  }

  /**
   * Returns a copy with the service recovery recorded (replacing any earlier one).
   *
   * @param newRecovery the recovery, recorded not before receipt
   * @return the copy
   * @throws IllegalArgumentException if it was recorded before the complaint was received
   */
  public ComplaintCase withRecovery(ServiceRecovery newRecovery) {
    requireNonNull(newRecovery, "newRecovery");
    checkArgument(!newRecovery.recordedAt().isBefore(complaint.occurredAt()),
        "recovery recordedAt must not be before the complaint's receipt but was %s < %s",
        newRecovery.recordedAt(), complaint.occurredAt());
    return new ComplaintCase(complaint, transitions, Optional.of(newRecovery));
  }

  /** Returns whether the case is closed. */
  public boolean isClosed() {
    return status() == ComplaintStatus.CLOSED;
  }

  /** Returns how often the case was reopened. */
  public int reopenCount() {
    return (int) transitions.stream().filter(ComplaintTransition::isReopen).count();
  }

  /** Returns when the case was last closed, if it is closed now. */
  public Optional<Instant> closedAt() {
    return isClosed() ? Optional.of(transitions.get(transitions.size() - 1).at()) : Optional.empty();
  }

  /**
   * Returns the resolution time: from receipt to the (last) close, if the case is closed now.
   * Time spent closed before a reopen counts, as the customer waited all along.
   *
   * @return the resolution time, or empty while open
   */
  public Optional<Duration> resolutionTime() {
    return closedAt().map(c -> Duration.between(complaint.occurredAt(), c));
  }

  /**
   * Returns when the first reply was given (the first move to {@code RESPONDED}), if any.
   *
   * @return the first response time
   */
  public Optional<Instant> firstRespondedAt() {
    return transitions.stream().filter(t -> t.to() == ComplaintStatus.RESPONDED).map(ComplaintTransition::at).findFirst();
  }

  /**
   * Returns whether the case is overdue at {@code asOf}: see {@link ComplaintQueue#isOverdue}.
   *
   * @param asOf the time
   * @return whether overdue
   */
  public boolean isOverdue(Instant asOf) {
    return ComplaintQueue.isOverdue(complaint, asOf);
  }

  @Override
  public String toString() {
    return "ComplaintCase[id=" + id() + ", status=" + status() + ", transitions=" + transitions.size()
        + ", recovery=" + recovery.isPresent() + "]";
  }
}
