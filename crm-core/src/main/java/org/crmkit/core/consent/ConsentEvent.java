package org.crmkit.core.consent;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.crmkit.core.CustomerId;
import org.crmkit.core.interaction.Channel;

/**
 * One entry of the append-only consent ledger: a customer's grant, opt-out, withdrawal or expiry
 * for one purpose, with when it takes effect, when it was recorded, the channel, the version of
 * the privacy notice shown, who recorded it and, for disclosure, to whom. Immutable.
 *
 * @param eventId the event's id, unique in the ledger, 1..64 characters of {@code [A-Za-z0-9._:-]}
 * @param customerId the customer
 * @param purpose the purpose
 * @param status what the customer said
 * @param effectiveAt when it takes effect
 * @param recordedAt when it was written down (may be after {@code effectiveAt}, never far before it)
 * @param expiresAt when a grant lapses, if it does; only for {@link ConsentStatus#GRANTED}, after {@code effectiveAt}
 * @param channel how the customer told us
 * @param noticeVersion the privacy notice version the customer saw, 1..64 characters
 * @param actor who recorded it (a user id, {@code self} or a system name), 1..64 characters
 * @param recipients the named recipients this event is limited to; empty means all recipients
 */
public record ConsentEvent(String eventId, CustomerId customerId, Purpose purpose, ConsentStatus status,
    Instant effectiveAt, Instant recordedAt, Optional<Instant> expiresAt, Channel channel,
    String noticeVersion, String actor, Set<String> recipients) {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:@/-]{1,64}");

  /**
   * Validates the event.
   *
   * @throws IllegalArgumentException if an id or token is malformed, an expiry is set on a
   *     non-grant or is not after the effective time
   */
  public ConsentEvent {
    requireNonNull(eventId, "eventId");
    checkArgument(ID.matcher(eventId).matches(),
        "eventId must be 1..64 characters of [A-Za-z0-9._:-] but was '%s'", eventId);
    requireNonNull(customerId, "customerId");
    requireNonNull(purpose, "purpose");
    requireNonNull(status, "status");
    requireNonNull(effectiveAt, "effectiveAt");
    requireNonNull(recordedAt, "recordedAt");
    requireNonNull(expiresAt, "expiresAt");
    requireNonNull(channel, "channel");
    checkToken("noticeVersion", noticeVersion);
    checkToken("actor", actor);
    checkArgument(expiresAt.isEmpty() || status == ConsentStatus.GRANTED,
        "expiresAt must be empty unless status is GRANTED but status was %s", status);
    expiresAt.ifPresent(e -> checkArgument(e.isAfter(effectiveAt),
        "expiresAt must be after effectiveAt but was %s <= %s", e, effectiveAt));
    TreeSet<String> sorted = new TreeSet<>();
    for (String r : recipients) {
      checkToken("recipient", r);
      sorted.add(r);
    }
    recipients = Collections.unmodifiableSortedSet(sorted);
  }

  private static void checkToken(String field, String value) {
    requireNonNull(value, field);
    checkArgument(TOKEN.matcher(value).matches(),
        "%s must be 1..64 characters of [A-Za-z0-9._:@/-] but was '%s'", field, value);
  }

  /**
   * Returns whether this event speaks about a recipient: it names no recipient (so it covers all)
   * or names this one.
   *
   * @param recipient the recipient, or empty for the general question
   * @return whether the event applies
   */
  public boolean appliesTo(Optional<String> recipient) {
    requireNonNull(recipient, "recipient");
    return recipients.isEmpty() || recipient.map(recipients::contains).orElse(false);
  }

  /**
   * Returns a copy for another customer with another id, as a merge of duplicates needs.
   *
   * @param newEventId the copy's id
   * @param newCustomerId the customer that now owns it
   * @return the copy
   */
  public ConsentEvent copyFor(String newEventId, CustomerId newCustomerId) {
    return new ConsentEvent(newEventId, newCustomerId, purpose, status, effectiveAt, recordedAt,
        expiresAt, channel, noticeVersion, actor, recipients);
  }
}
