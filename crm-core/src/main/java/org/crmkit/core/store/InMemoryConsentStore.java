package org.crmkit.core.store;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.spi.ConsentStore;
import org.crmkit.core.spi.DuplicateIdException;

/**
 * The in-memory {@link ConsentStore}: an append-only ledger, thread-safe, lock-free for readers,
 * serialised for writers.
 *
 * <p>Events are held by id (to detect a reused id) and, per customer, in a set ordered as {@link
 * #history} returns them; the per-customer sets sit in a map ordered by customer id. Appends take
 * one lock, so {@link #appendAll} checks every id before writing any event.
 */
public final class InMemoryConsentStore implements ConsentStore {
  private static final Comparator<ConsentEvent> HISTORY_ORDER = Comparator
      .comparing(ConsentEvent::effectiveAt)
      .thenComparing(ConsentEvent::recordedAt)
      .thenComparing(ConsentEvent::eventId);

  private final ConcurrentHashMap<String, ConsentEvent> byId = new ConcurrentHashMap<>();
  private final ConcurrentSkipListMap<CustomerId, ConcurrentSkipListSet<ConsentEvent>> histories =
      new ConcurrentSkipListMap<>();
  private final Object writeLock = new Object();

  /** Creates an empty store. */
  public InMemoryConsentStore() {}

  @Override
  public void append(ConsentEvent event) {
    requireNonNull(event, "event");
    synchronized (writeLock) {
      if (isNew(event)) {
        put(event);
      }
    }
  }

  @Override
  public void appendAll(List<ConsentEvent> events) {
    requireNonNull(events, "events");
    Map<String, ConsentEvent> batch = new LinkedHashMap<>();
    for (ConsentEvent e : events) {
      requireNonNull(e, "event");
      ConsentEvent earlier = batch.putIfAbsent(e.eventId(), e);
      if (earlier != null && !earlier.equals(e)) {
        throw new DuplicateIdException("consent event", e.eventId());
      }
    }
    synchronized (writeLock) {
      batch.values().removeIf(e -> !isNew(e));
      batch.values().forEach(this::put);
    }
  }

  @Override
  public List<ConsentEvent> history(CustomerId customerId) {
    ConcurrentSkipListSet<ConsentEvent> history = histories.get(requireNonNull(customerId, "customerId"));
    return history == null ? List.of() : List.copyOf(history);
  }

  @Override
  public Stream<ConsentEvent> scan() {
    return histories.values().stream().flatMap(ConcurrentSkipListSet::stream);
  }

  /** Returns whether the event is not stored yet; throws if its id holds a different event. */
  private boolean isNew(ConsentEvent e) {
    ConsentEvent stored = byId.get(e.eventId());
    if (stored == null) {
      return true;
    }
    if (!stored.equals(e)) {
      throw new DuplicateIdException("consent event", e.eventId());
    }
    return false;
  }

  private void put(ConsentEvent e) {
    byId.put(e.eventId(), e);
    histories.computeIfAbsent(e.customerId(), k -> new ConcurrentSkipListSet<>(HISTORY_ORDER)).add(e);
  }
}
