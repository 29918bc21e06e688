package org.crmkit.privacy.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.crmkit.core.CustomerId;
import org.crmkit.core.customer.Customer;

/**
 * One customer request and its state. A pending correction carries the proposed customer record,
 * which no view ever reads: it reaches the customer store only when a reviewer approves it.
 * Immutable; {@link #toString()} shows ids, kind, status, dates and field names, never the
 * proposed values.
 *
 * @param id the request id, 1..64 characters of {@code [A-Za-z0-9._:-]}
 * @param customerId the customer it concerns
 * @param kind what was asked
 * @param status where it stands
 * @param receivedAt when it was received
 * @param dueAt when it must be handled by, not before {@code receivedAt}
 * @param proposed for a correction, the corrected record (with the version it was based on)
 * @param fields for a correction, the names of the fields it changes; otherwise empty
 * @param closedAt when it was closed, present exactly when the status is not pending
 * @param closedBy who closed it (a reviewer, {@code self} or a system name)
 */
public record CustomerRequest(String id, CustomerId customerId, RequestKind kind,
    RequestStatus status, Instant receivedAt, Instant dueAt, Optional<Customer> proposed,
    Set<String> fields, Optional<Instant> closedAt, Optional<String> closedBy) {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  /**
   * Validates the request.
   *
   * @throws IllegalArgumentException if the id is malformed, the due date precedes receipt, a
   *     correction has no proposal (or another kind has one), or the closing fields do not match
   *     the status
   */
  public CustomerRequest {
    requireNonNull(id, "id");
    checkArgument(ID.matcher(id).matches(),
        "id must be 1..64 characters of [A-Za-z0-9._:-] but was '%s'", id);
    requireNonNull(customerId, "customerId");
    requireNonNull(kind, "kind");
    requireNonNull(status, "status");
    requireNonNull(receivedAt, "receivedAt");
    requireNonNull(dueAt, "dueAt");
    checkArgument(!dueAt.isBefore(receivedAt), "dueAt must not be before receivedAt but was %s < %s",
        dueAt, receivedAt);
    requireNonNull(proposed, "proposed");
    checkArgument(proposed.isPresent() == (kind == RequestKind.CORRECTION),
        "proposed must be present exactly for a correction but kind was %s", kind);
    checkArgument(proposed.isEmpty() || proposed.get().id().equals(customerId),
        "proposed must be for customer %s but was for another", customerId);
    fields = Set.copyOf(new TreeSet<>(fields));
    requireNonNull(closedAt, "closedAt");
    requireNonNull(closedBy, "closedBy");
    checkArgument(closedAt.isPresent() == status.isClosed() && closedBy.isPresent() == status.isClosed(),
        "closedAt and closedBy must be present exactly when closed but status was %s", status);
    checkArgument(kind == RequestKind.CORRECTION
            || status == RequestStatus.PENDING || status == RequestStatus.COMPLETED,
        "only a correction can be approved or rejected but a %s was %s", kind, status);
  }

  /**
   * Returns a pending request.
   *
   * @param id the request id
   * @param customerId the customer
   * @param kind the kind
   * @param receivedAt when received
   * @param dueAt when due
   * @param proposed the proposed record for a correction, empty otherwise
   * @param fields the changed fields for a correction
   * @return the request
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static CustomerRequest pending(String id, CustomerId customerId, RequestKind kind,
      Instant receivedAt, Instant dueAt, Optional<Customer> proposed, Set<String> fields) {
    return new CustomerRequest(id, customerId, kind, RequestStatus.PENDING, receivedAt, dueAt,
        proposed, fields, Optional.empty(), Optional.empty());
  }

  /**
   * Returns this request closed.
   *
   * @param newStatus the closing status
   * @param at when
   * @param by who closed it
   * @return the closed copy
   * @throws IllegalStateException if this request is already closed
   * @throws IllegalArgumentException if the status is pending or does not fit the kind
   */
  public CustomerRequest close(RequestStatus newStatus, Instant at, String by) {
    if (status.isClosed()) {
      throw new IllegalStateException("request " + id + " must be pending but was " + status);
    }
    checkArgument(newStatus.isClosed(), "newStatus must be closed but was %s", newStatus);
    return new CustomerRequest(id, customerId, kind, newStatus, receivedAt, dueAt, proposed, fields,
        Optional.of(at), Optional.of(by));
  }

  /**
   * Returns whether the request is pending past its due date.
   *
   * @param asOf the time to judge at
   * @return true if pending and {@code dueAt} is before {@code asOf}
   */
  public boolean isOverdue(Instant asOf) {
    return status == RequestStatus.PENDING && dueAt.isBefore(asOf);
  }

  @Override
  public String toString() {
    return "CustomerRequest[id=" + id + ", customerId=" + customerId + ", kind=" + kind
        + ", status=" + status + ", receivedAt=" + receivedAt + ", dueAt=" + dueAt + ", fields="
        + fields + ", closedAt=" + closedAt + ", closedBy=" + closedBy + "]";
  }
}
