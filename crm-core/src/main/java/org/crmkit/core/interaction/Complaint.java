package org.crmkit.core.interaction;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.crmkit.core.CustomerId;

/**
 * A complaint (投诉): channel, urgency, reply-due time, cause, status and content. Immutable;
 * {@code toString()} is redacted. The handling workflow that moves {@link #status()} lives in a
 * service; this record is its current state.
 *
 * @param id the interaction id
 * @param customerId who complained
 * @param occurredAt when it was received
 * @param channel phone, e-mail, online chat, feedback form or visit (others are accepted too)
 * @param urgency how urgent
 * @param replyDueAt by when a reply is due, not before {@code occurredAt}
 * @param cause the cause category
 * @param status where the handling is
 * @param content what the customer said (free text, 1..10000 characters)
 */
public record Complaint(InteractionId id, CustomerId customerId, Instant occurredAt, Channel channel,
    Urgency urgency, Instant replyDueAt, ComplaintCause cause, ComplaintStatus status, String content)
    implements Interaction {

  /**
   * Validates the complaint.
   *
   * @throws IllegalArgumentException if the reply is due before receipt or the content is blank
   */
  public Complaint {
    requireNonNull(id, "id");
    requireNonNull(customerId, "customerId");
    requireNonNull(occurredAt, "occurredAt");
    requireNonNull(channel, "channel");
    requireNonNull(urgency, "urgency");
    requireNonNull(replyDueAt, "replyDueAt");
    if (replyDueAt.isBefore(occurredAt)) {
      throw new IllegalArgumentException(
          "replyDueAt must not be before occurredAt but was " + replyDueAt + " < " + occurredAt);
    }
    requireNonNull(cause, "cause");
    requireNonNull(status, "status");
    content = Checks.text("content", content, 10_000);
  }

  /**
   * Returns a copy in another status.
   *
   * @param newStatus the status
   * @return the copy
   */
  public Complaint withStatus(ComplaintStatus newStatus) {
    return new Complaint(id, customerId, occurredAt, channel, urgency, replyDueAt, cause, newStatus, content);
  }

  @Override
  public InteractionKind kind() {
    return InteractionKind.COMPLAINT;
  }

  @Override
  public Complaint withCustomerId(CustomerId newCustomerId) {
    return new Complaint(id, newCustomerId, occurredAt, channel, urgency, replyDueAt, cause, status, content);
  }

  @Override
  public String toString() {
    return "Complaint[id=" + id + ", customerId=" + customerId + ", cause=" + cause + ", status="
        + status + ", redacted]";
  }
}
