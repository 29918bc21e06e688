package org.crmkit.core.interaction;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.crmkit.core.CustomerId;

/**
 * A visit to the web site or app. Immutable.
 *
 * @param id the interaction id
 * @param customerId the visitor
 * @param occurredAt when the visit started
 * @param channel {@link Channel#WEB} or {@link Channel#APP} usually
 * @param page the page or screen path, if recorded (1..500 characters)
 * @param duration how long, not negative
 */
public record SiteVisit(InteractionId id, CustomerId customerId, Instant occurredAt, Channel channel,
    Optional<String> page, Duration duration) implements Interaction {

  /**
   * Validates the visit.
   *
   * @throws IllegalArgumentException if the page is blank or too long, or the duration negative
   */
  public SiteVisit {
    requireNonNull(id, "id");
    requireNonNull(customerId, "customerId");
    requireNonNull(occurredAt, "occurredAt");
    requireNonNull(channel, "channel");
    page = Checks.text("page", page, 500);
    requireNonNull(duration, "duration");
    checkArgument(!duration.isNegative(), "duration must not be negative but was %s", duration);
  }

  @Override
  public InteractionKind kind() {
    return InteractionKind.SITE_VISIT;
  }

  @Override
  public SiteVisit withCustomerId(CustomerId newCustomerId) {
    return new SiteVisit(id, newCustomerId, occurredAt, channel, page, duration);
  }
}
