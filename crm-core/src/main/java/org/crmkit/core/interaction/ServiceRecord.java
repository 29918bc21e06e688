package org.crmkit.core.interaction;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.crmkit.core.CustomerId;

/**
 * A service record, such as the phone-service record (电话记录) of seed 002: what the customer
 * asked, whom they asked for, how urgent it is and by when a reply is due. Immutable;
 * {@code toString()} is redacted.
 *
 * @param id the interaction id
 * @param customerId the customer served
 * @param occurredAt date and time of the contact
 * @param channel the channel
 * @param content the enquiry (free text, 1..10000 characters)
 * @param askedFor whom the customer asked for (a rep id or name), if anyone
 * @param urgency how urgent
 * @param replyDueAt by when a reply is due, if one is
 * @param resolved whether it was settled
 */
public record ServiceRecord(InteractionId id, CustomerId customerId, Instant occurredAt,
    Channel channel, String content, Optional<String> askedFor, Urgency urgency,
    Optional<Instant> replyDueAt, boolean resolved) implements Interaction {

  /**
   * Validates the record.
   *
   * @throws IllegalArgumentException if the content is blank or too long, or the reply is due
   *     before the contact
   */
  public ServiceRecord {
    requireNonNull(id, "id");
    requireNonNull(customerId, "customerId");
    requireNonNull(occurredAt, "occurredAt");
    requireNonNull(channel, "channel");
    content = Checks.text("content", content, 10_000);
    askedFor = Checks.text("askedFor", askedFor, 200);
    requireNonNull(urgency, "urgency");
    requireNonNull(replyDueAt, "replyDueAt");
    replyDueAt.ifPresent(due -> {
      if (due.isBefore(occurredAt)) {
        throw new IllegalArgumentException(
            "replyDueAt must not be before occurredAt but was " + due + " < " + occurredAt);
      }
    });
  }

  @Override
  public InteractionKind kind() {
    return InteractionKind.SERVICE;
  }

  @Override
  public ServiceRecord withCustomerId(CustomerId newCustomerId) {
    return new ServiceRecord(id, newCustomerId, occurredAt, channel, content, askedFor, urgency,
        replyDueAt, resolved);
  }

  @Override
  public String toString() {
    return "ServiceRecord[id=" + id + ", customerId=" + customerId + ", urgency=" + urgency + ", redacted]";
  }
}
