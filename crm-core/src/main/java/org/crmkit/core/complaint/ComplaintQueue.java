package org.crmkit.core.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.crmkit.core.interaction.Complaint;
import org.crmkit.core.interaction.Interaction;

/**
 * Overdue lists. Stateless.
 *
 * <p>The rule: a complaint is <em>overdue</em> at {@code asOf} when it still awaits its reply
 * ({@link ComplaintFlow#awaitsReply}: received or investigating) and its {@code replyDueAt} is
 * strictly before {@code asOf}. A complaint answered late is no longer overdue; a complaint due
 * exactly at {@code asOf} is not yet overdue. A reopened complaint gets a new reply-due time
 * ({@link ComplaintCase#moveTo}).
 */
public final class ComplaintQueue {
  /** Most overdue first (earliest reply-due time), then by id. */
  public static final Comparator<Complaint> MOST_OVERDUE_FIRST =
      Comparator.comparing(Complaint::replyDueAt).thenComparing(Complaint::id);

  private ComplaintQueue() {}

  /**
   * Returns whether a complaint is overdue at {@code asOf}, by the rule in the class description.
   *
   * @param complaint the complaint
   * @param asOf the time
   * @return whether overdue
   */
  public static boolean isOverdue(Complaint complaint, Instant asOf) {
    requireNonNull(complaint, "complaint");
    requireNonNull(asOf, "asOf");
    return ComplaintFlow.awaitsReply(complaint.status()) && complaint.replyDueAt().isBefore(asOf);
  }

  /**
   * Returns the overdue complaints among some interactions, most overdue first.
   *
   * @param interactions interactions of any kinds (non-complaints are ignored)
   * @param asOf the time
   * @return the overdue complaints, ordered by {@link #MOST_OVERDUE_FIRST}
   */
  public static List<Complaint> overdue(Collection<? extends Interaction> interactions, Instant asOf) {
    requireNonNull(interactions, "interactions");
    requireNonNull(asOf, "asOf");
    return interactions.stream()
        .filter(Complaint.class::isInstance)
        .map(Complaint.class::cast)
        .filter(c -> isOverdue(c, asOf))
        .sorted(MOST_OVERDUE_FIRST)
        .toList();
  }
}
