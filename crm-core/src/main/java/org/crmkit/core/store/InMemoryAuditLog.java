package org.crmkit.core.store;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import org.crmkit.core.CustomerId;
import org.crmkit.core.spi.AuditEntry;
import org.crmkit.core.spi.AuditLog;

/**
 * The in-memory {@link AuditLog}: thread-safe; appends are serialised so that sequence numbers are
 * 1, 2, 3, … in append order without gaps; reads never block.
 *
 * <p>Entries are held by sequence and, per customer (as the acted-on customer or the related
 * customer of a merge), in append order. {@link #scan()} is weakly consistent: entries appended
 * while it runs may or may not appear.
 */
public final class InMemoryAuditLog implements AuditLog {
  private final ConcurrentSkipListMap<Long, AuditEntry> bySequence = new ConcurrentSkipListMap<>();
  private final ConcurrentHashMap<CustomerId, Queue<AuditEntry>> byCustomer = new ConcurrentHashMap<>();
  private final Object appendLock = new Object();
  private long lastSequence; // guarded by appendLock

  /** Creates an empty log. */
  public InMemoryAuditLog() {}

  @Override
  public AuditEntry append(AuditEntry entry) {
    requireNonNull(entry, "entry");
    synchronized (appendLock) {
      AuditEntry stored = entry.withSequence(lastSequence + 1);
      lastSequence++;
      bySequence.put(stored.sequence(), stored);
      index(stored.customerId(), stored);
      stored.relatedCustomerId().filter(r -> !r.equals(stored.customerId())).ifPresent(r -> index(r, stored));
      return stored;
    }
  }

  @Override
  public List<AuditEntry> forCustomer(CustomerId customerId) {
    Queue<AuditEntry> entries = byCustomer.get(requireNonNull(customerId, "customerId"));
    return entries == null ? List.of() : List.copyOf(entries);
  }

  @Override
  public Stream<AuditEntry> scan() {
    return bySequence.values().stream();
  }

  private void index(CustomerId customerId, AuditEntry entry) {
    byCustomer.computeIfAbsent(customerId, k -> new ConcurrentLinkedQueue<>()).add(entry);
  }
}
