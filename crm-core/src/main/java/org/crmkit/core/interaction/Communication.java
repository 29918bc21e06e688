package org.crmkit.core.interaction;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.crmkit.core.CustomerId;

/**
 * A communication record (沟通记录): content, time, channel and direction. Immutable;
 * {@code toString()} is redacted.
 *
 * @param id the interaction id
 * @param customerId the customer
 * @param occurredAt when
 * @param channel the channel
 * @param direction inbound or outbound
 * @param content what was said (free text, 1..10000 characters)
 */
public record Communication(InteractionId id, CustomerId customerId, Instant occurredAt,
    Channel channel, Direction direction, String content) implements Interaction {

  /**
   * Validates the record.
   *
   * @throws IllegalArgumentException if the content is blank or too long
   */
  public Communication {
    requireNonNull(id, "id");
    requireNonNull(customerId, "customerId");
    requireNonNull(occurredAt, "occurredAt");
    requireNonNull(channel, "channel");
    requireNonNull(direction, "direction");
    content = Checks.text("content", content, 10_000);
  }

  @Override
  public InteractionKind kind() {
    return InteractionKind.COMMUNICATION;
  }

  @Override
  public Communication withCustomerId(CustomerId newCustomerId) {
    return new Communication(id, newCustomerId, occurredAt, channel, direction, content);
  }

  @Override
  public String toString() {
    return "Communication[id=" + id + ", customerId=" + customerId + ", direction=" + direction + ", redacted]";
  }
}
