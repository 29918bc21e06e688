package org.crmkit.core.spi;

import java.util.List;
import java.util.stream.Stream;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.consent.ConsentGate;

/**
 * The append-only consent ledger's storage. Events are never changed or removed; appending the
 * same event twice is a no-op, a different event under a used id is rejected. Implementations must
 * be thread-safe and pass {@code org.crmkit.core.testkit.ConsentStoreContract}.
 */
public interface ConsentStore {

  /**
   * Appends an event.
   *
   * @param event the event
   * @throws DuplicateIdException if another event has its id
   * @throws StorageException if the storage failed; nothing was written
   */
  void append(ConsentEvent event);

  /**
   * Appends several events atomically.
   *
   * @param events the events
   * @throws DuplicateIdException if any id is taken by a different event; nothing was written
   */
  void appendAll(List<ConsentEvent> events);

  /**
   * Returns a customer's events ordered by effective time, then recorded time, then id.
   *
   * @param customerId the customer
   * @return the history, possibly empty
   */
  List<ConsentEvent> history(CustomerId customerId);

  /**
   * Streams every event; the caller must close the stream.
   *
   * @return the events, ordered by customer id, then as {@link #history}
   */
  Stream<ConsentEvent> scan();

  /** Returns a consent gate over this store's histories. */
  default ConsentGate gate() {
    return ConsentGate.over(this::history);
  }
}
