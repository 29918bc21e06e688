package org.crmkit.core.consent;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.crmkit.core.CustomerId;

/**
 * The answer to "may this customer's data be processed for this purpose at this time?", with the
 * reason and the ledger event it rests on. Immutable.
 *
 * @param customerId the customer
 * @param purpose the purpose
 * @param recipient the recipient asked about, if any
 * @param asOf the time asked about
 * @param allowed whether processing is allowed
 * @param basis why
 * @param eventId the deciding event, empty for {@link ConsentBasis#NO_RECORD}
 */
public record ConsentDecision(CustomerId customerId, Purpose purpose, Optional<String> recipient,
    Instant asOf, boolean allowed, ConsentBasis basis, Optional<String> eventId) {

  /** Rejects nulls. */
  public ConsentDecision {
    requireNonNull(customerId, "customerId");
    requireNonNull(purpose, "purpose");
    requireNonNull(recipient, "recipient");
    requireNonNull(asOf, "asOf");
    requireNonNull(basis, "basis");
    requireNonNull(eventId, "eventId");
  }
}
