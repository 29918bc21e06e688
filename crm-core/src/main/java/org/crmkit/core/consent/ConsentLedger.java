package org.crmkit.core.consent;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.crmkit.core.CustomerId;

/**
 * One customer's consent history and the pure function that reads the current state from it.
 * Immutable and thread-safe.
 *
 * <p>The rules of {@link #decide}, for a purpose, an optional recipient and a time {@code asOf}:
 *
 * <ol>
 *   <li>Only events for that purpose that {@linkplain ConsentEvent#appliesTo apply} to the
 *       recipient and whose {@code effectiveAt} is at or before {@code asOf} count. An event
 *       limited to named recipients never answers the general question (no recipient).
 *   <li>The event with the latest {@code effectiveAt} decides. When several share that instant
 *       and disagree, the least permissive wins (any denial, or a grant that has lapsed by
 *       {@code asOf}, beats a grant in force), whatever their {@code recordedAt} or order in the
 *       list: conflicts resolve to "no".
 *   <li>A deciding grant whose {@code expiresAt} is at or before {@code asOf} counts as expired.
 *   <li>With no counting event the purpose's default holds: opt-in purposes ({@link
 *       Purpose#THIRD_PARTY_DISCLOSURE}, {@link Purpose#SENSITIVE_DATA_USE}) are denied, opt-out
 *       purposes ({@link Purpose#DIRECT_MARKETING}, {@link Purpose#AUTOMATED_DECISION}) are
 *       allowed. The basis is then {@link ConsentBasis#NO_RECORD} ("not asked").
 * </ol>
 *
 * <p>The result depends only on the set of events, not on their order.
 *
 * @param customerId the customer
 * @param events the customer's events, in any order
 */
public record ConsentLedger(CustomerId customerId, List<ConsentEvent> events) {
  // Denials first, so that among simultaneous events the least permissive is chosen; then by id
  // so that the choice of deciding event is deterministic.
  private static final Comparator<ConsentEvent> STRICTEST_FIRST =
      Comparator.comparing((ConsentEvent e) -> e.status().permits())
          .thenComparing(e -> e.status().ordinal())
          .thenComparing(ConsentEvent::eventId);

  /**
   * Validates that every event belongs to the customer.
   *
   * @throws IllegalArgumentException if an event is for another customer
   */
  public ConsentLedger {
    requireNonNull(customerId, "customerId");
    events = List.copyOf(events);
    for (ConsentEvent e : events) {
      checkArgument(e.customerId().equals(customerId),
          "event %s must belong to customer %s but belonged to %s", e.eventId(), customerId, e.customerId());
    }
  }

  /**
   * Returns the ledger of a customer.
   *
   * @param customerId the customer
   * @param events the customer's events
   * @return the ledger
   */
  public static ConsentLedger of(CustomerId customerId, List<ConsentEvent> events) {
    return new ConsentLedger(customerId, events);
  }

  /**
   * Decides a purpose in general (no named recipient).
   *
   * @param purpose the purpose
   * @param asOf the time
   * @return the decision
   */
  public ConsentDecision decide(Purpose purpose, Instant asOf) {
    return decide(purpose, Optional.empty(), asOf);
  }

  /**
   * Decides a purpose for a recipient, by the rules in the class description.
   *
   * @param purpose the purpose
   * @param recipient the recipient, or empty for the general question
   * @param asOf the time
   * @return the decision
   */
  public ConsentDecision decide(Purpose purpose, Optional<String> recipient, Instant asOf) {
    requireNonNull(purpose, "purpose");
    requireNonNull(recipient, "recipient");
    requireNonNull(asOf, "asOf");
    ConsentEvent deciding = null;
    for (ConsentEvent e : events) {
      if (!e.purpose().code().equals(purpose.code()) || !e.appliesTo(recipient) || e.effectiveAt().isAfter(asOf)) {
        continue;
      }
      if (deciding == null) {
        deciding = e;
        continue;
      }
      int byTime = e.effectiveAt().compareTo(deciding.effectiveAt());
      if (byTime > 0 || (byTime == 0 && stricterAt(asOf, e, deciding))) {
        deciding = e;
      }
    }
    if (deciding == null) {
      return new ConsentDecision(customerId, purpose, recipient, asOf, !purpose.requiresOptIn(),
          ConsentBasis.NO_RECORD, Optional.empty());
    }
    ConsentBasis basis = basisOf(deciding, asOf);
    return new ConsentDecision(customerId, purpose, recipient, asOf, basis == ConsentBasis.GRANTED,
        basis, Optional.of(deciding.eventId()));
  }

  // A grant that has lapsed by asOf denies, so it is stricter than a simultaneous grant in force.
  private static boolean stricterAt(Instant asOf, ConsentEvent a, ConsentEvent b) {
    boolean aPermits = basisOf(a, asOf) == ConsentBasis.GRANTED;
    boolean bPermits = basisOf(b, asOf) == ConsentBasis.GRANTED;
    return aPermits != bPermits ? !aPermits : STRICTEST_FIRST.compare(a, b) < 0;
  }

  private static ConsentBasis basisOf(ConsentEvent e, Instant asOf) {
    switch (e.status()) {
      case GRANTED:
        return e.expiresAt().filter(x -> !x.isAfter(asOf)).isPresent() ? ConsentBasis.EXPIRED : ConsentBasis.GRANTED;
      case OPTED_OUT:
        return ConsentBasis.OPTED_OUT;
      case WITHDRAWN:
        return ConsentBasis.WITHDRAWN;
      case EXPIRED:
        return ConsentBasis.EXPIRED;
      default:
        throw new AssertionError(e.status());
    }
  }

  @Override
  public String toString() {
    return "ConsentLedger[customerId=" + customerId + ", events=" + events.size() + "]";
  }
}
