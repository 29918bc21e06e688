package org.crmkit.core.followup;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.crmkit.core.CustomerId;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.FollowUpPurpose;

/**
 * A follow-up asked for outside the automatic rules: on demand (by the customer or a rep), a
 * service check, or a marketing contact from a campaign. Immutable. It is listed from {@code
 * requestedOn} until a follow-up with the same purpose is made on or after that day.
 *
 * @param customerId the customer
 * @param purpose why
 * @param reason a short code such as {@code campaign:spring-2024}, {@code [A-Za-z0-9._:/-]{1,128}}
 * @param requestedOn when it was asked for
 * @param dueBy by when, not before {@code requestedOn}
 * @param channel the channel to use, or empty to let the planner choose
 */
public record FollowUpRequest(CustomerId customerId, FollowUpPurpose purpose, String reason, LocalDate requestedOn,
    LocalDate dueBy, Optional<Channel> channel) {

  /**
   * Validates the request.
   *
   * @throws IllegalArgumentException if the reason is malformed or {@code dueBy} is before {@code requestedOn}
   */
  public FollowUpRequest {
    requireNonNull(customerId, "customerId");
    requireNonNull(purpose, "purpose");
    PlannedFollowUp.checkReason(reason);
    requireNonNull(requestedOn, "requestedOn");
    requireNonNull(dueBy, "dueBy");
    checkArgument(!dueBy.isBefore(requestedOn), "dueBy must not be before requestedOn but was %s < %s", dueBy,
        requestedOn);
    requireNonNull(channel, "channel");
  }
}
