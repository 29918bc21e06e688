package org.crmkit.core.interaction;

import java.time.Instant;
import org.crmkit.core.CustomerId;

/**
 * Something that happened between us and a customer. A closed family of immutable records, one
 * per {@link InteractionKind}; records holding free text (complaint content, communication
 * content, survey comments) redact it in {@code toString()}.
 *
 * <p>Java 17 has no pattern-matching {@code switch}: dispatch on {@link #kind()} or with
 * {@code instanceof}.
 */
public sealed interface Interaction
    permits Purchase, Refund, ServiceRecord, Complaint, FollowUp, Communication, SurveyResponse,
        Renewal, SiteVisit {

  /** Returns the interaction's id, unique in its store. */
  InteractionId id();

  /** Returns the customer it belongs to. */
  CustomerId customerId();

  /** Returns when it happened. */
  Instant occurredAt();

  /** Returns the channel it happened on. */
  Channel channel();

  /** Returns its kind. */
  InteractionKind kind();

  /**
   * Returns a copy that belongs to another customer, as a merge of duplicates needs.
   *
   * @param newCustomerId the customer that now owns it
   * @return the copy
   */
  Interaction withCustomerId(CustomerId newCustomerId);
}
