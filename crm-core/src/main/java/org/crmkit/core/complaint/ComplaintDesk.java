package org.crmkit.core.complaint;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.crmkit.core.CustomerId;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.Complaint;
import org.crmkit.core.interaction.ComplaintCause;
import org.crmkit.core.interaction.ComplaintStatus;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.Urgency;
import org.crmkit.core.spi.InteractionStore;

/**
 * The complaint workflow over storage: receives complaints (setting the reply-due time from the
 * service levels), moves them through {@link ComplaintFlow}, records recoveries, and lists the
 * overdue ones. The current complaint record is written to the {@link InteractionStore} (so
 * profiles and exports see the status); the case with its history to the {@link ComplaintJournal}.
 * Thread-safe if the stores are, but two concurrent moves of one complaint may lose one: callers
 * serialise work per complaint.
 */
public final class ComplaintDesk {
  private final InteractionStore interactions;
  private final ComplaintJournal journal;
  private final ServiceLevels levels;

  private ComplaintDesk(InteractionStore interactions, ComplaintJournal journal, ServiceLevels levels) {
    this.interactions = requireNonNull(interactions, "interactions");
    this.journal = requireNonNull(journal, "journal");
    this.levels = requireNonNull(levels, "levels");
  }

  /**
   * Returns a desk over the stores.
   *
   * @param interactions where complaint records live
   * @param journal where cases live
   * @param levels the service levels
   * @return the desk
   */
  public static ComplaintDesk over(InteractionStore interactions, ComplaintJournal journal, ServiceLevels levels) {
    return new ComplaintDesk(interactions, journal, levels);
  }

  /** Returns the service levels in use. */
  public ServiceLevels levels() {
    return levels;
  }

  /**
   * Receives a complaint (受理): stores it in {@code RECEIVED} with {@code replyDueAt} from the
   * service levels.
   *
   * @param id the new complaint's id, not yet in the journal
   * @param customerId who complained
   * @param receivedAt when
   * @param channel the channel
   * @param urgency the urgency
   * @param cause the cause
   * @param content what the customer said
   * @return the new case
   * @throws IllegalArgumentException if the id is already used
   */
  public ComplaintCase receive(InteractionId id, CustomerId customerId, Instant receivedAt, Channel channel,
      Urgency urgency, ComplaintCause cause, String content) {
    requireNonNull(id, "id");
    checkArgument(journal.find(id).isEmpty() && interactions.findById(id).isEmpty(),
        "id must be unused but complaint %s exists", id);
    Complaint c = new Complaint(id, customerId, receivedAt, channel, urgency,
        levels.replyDueAt(urgency, receivedAt), cause, ComplaintStatus.RECEIVED, content);
    return save(ComplaintCase.open(c));
  }

  /**
   * Moves a complaint to another status.
   *
   * @param id the complaint
   * @param to the new status
   * @param actor who (a staff id)
   * @param at when
   * @return the moved case
   * @throws ComplaintNotFoundException if the complaint has no case
   * @throws IllegalComplaintTransitionException if the move is not allowed
   */
  public ComplaintCase move(InteractionId id, ComplaintStatus to, String actor, Instant at) {
    return save(find(id).moveTo(to, actor, at, levels));
  }

  /**
   * Reopens a closed complaint (new reply-due time from {@code at}).
   *
   * @param id the complaint
   * @param actor who
   * @param at when
   * @return the reopened case
   * @throws ComplaintNotFoundException if the complaint has no case
   * @throws IllegalComplaintTransitionException if it is not closed
   */
  public ComplaintCase reopen(InteractionId id, String actor, Instant at) {
    return save(find(id).reopen(actor, at, levels));
  }

  /**
   * Records the service recovery of a complaint.
   *
   * @param id the complaint
   * @param recovery the recovery
   * @return the updated case
   * @throws ComplaintNotFoundException if the complaint has no case
   */
  public ComplaintCase recordRecovery(InteractionId id, ServiceRecovery recovery) {
    return save(find(id).withRecovery(recovery));
  }

  /**
   * Returns a complaint's case.
   *
   * @param id the complaint
   * @return the case
   * @throws ComplaintNotFoundException if there is none
   */
  public ComplaintCase find(InteractionId id) {
    requireNonNull(id, "id");
    return journal.find(id).orElseThrow(() -> new ComplaintNotFoundException(id));
  }

  /**
   * Returns the overdue cases at {@code asOf}, most overdue first ({@link ComplaintQueue}).
   *
   * @param asOf the time
   * @return the overdue cases
   */
  public List<ComplaintCase> overdue(Instant asOf) {
    requireNonNull(asOf, "asOf");
    return journal.all().stream()
        .filter(c -> c.isOverdue(asOf))
        .sorted((a, b) -> ComplaintQueue.MOST_OVERDUE_FIRST.compare(a.complaint(), b.complaint()))
        .toList();
  }

  private ComplaintCase save(ComplaintCase c) {
    interactions.upsert(c.complaint());
    journal.save(c);
    return c;
  }
}
