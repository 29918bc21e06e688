package org.crmkit.privacy.report;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.crmkit.privacy.spi.CustomerRequest;
import org.crmkit.privacy.spi.RequestKind;

/**
 * A pending customer request as the report lists it: ids, kind and dates. Immutable.
 *
 * @param requestId the request
 * @param customerId the customer's id
 * @param kind what was asked
 * @param receivedAt when it was received
 * @param dueAt when it is due
 * @param overdue whether it is past due at the report's time
 */
public record RequestLine(String requestId, String customerId, RequestKind kind, Instant receivedAt,
    Instant dueAt, boolean overdue) {
  /** Rejects nulls. */
  public RequestLine {
    requireNonNull(requestId, "requestId");
    requireNonNull(customerId, "customerId");
    requireNonNull(kind, "kind");
    requireNonNull(receivedAt, "receivedAt");
    requireNonNull(dueAt, "dueAt");
  }

  static RequestLine of(CustomerRequest r, Instant asOf) {
    return new RequestLine(r.id(), r.customerId().value(), r.kind(), r.receivedAt(), r.dueAt(),
        r.isOverdue(asOf));
  }
}
