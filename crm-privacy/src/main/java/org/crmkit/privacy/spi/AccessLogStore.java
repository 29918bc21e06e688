package org.crmkit.privacy.spi;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.crmkit.core.CustomerId;

/**
 * Append-only storage of access-log entries. Implementations must be thread-safe, must keep
 * entries in index order, and must never change or remove a stored entry.
 */
public interface AccessLogStore {

  /**
   * Appends an entry.
   *
   * @param entry the entry; its index must equal {@link #size()}
   * @throws IllegalArgumentException if the index is not the next one
   */
  void append(AccessLogEntry entry);

  /**
   * Reads entries in index order.
   *
   * @param fromIndex the first index, at least 0
   * @param max the largest number of entries returned, at least 1
   * @return up to {@code max} entries starting at {@code fromIndex}; empty past the end
   * @throws IllegalArgumentException if {@code fromIndex} is negative or {@code max} below 1
   */
  List<AccessLogEntry> read(long fromIndex, int max);

  /**
   * Returns the entries whose subjects include a customer: the reads that returned the customer.
   * The default reads the whole log in batches and keeps the matching entries; a store that can
   * look subjects up (an index by customer id) should override it.
   *
   * @param id the customer
   * @return the entries with {@code id} among their {@link AccessLogEntry#subjects()}, in index
   *     order, each once, equal to the entries {@link #read} returns
   */
  default List<AccessLogEntry> entriesAbout(CustomerId id) {
    requireNonNull(id, "id");
    int batchSize = 4096;
    List<AccessLogEntry> out = new ArrayList<>();
    for (long from = 0; ; ) {
      List<AccessLogEntry> batch = read(from, batchSize);
      for (AccessLogEntry e : batch) {
        if (e.isAbout(id)) {
          out.add(e);
        }
      }
      if (batch.size() < batchSize) {
        return List.copyOf(out);
      }
      from += batch.size();
    }
  }

  /** Returns the number of entries stored. */
  long size();

  /**
   * Returns a new, empty, thread-safe in-memory store.
   *
   * @return the store
   */
  static AccessLogStore inMemory() {
    return new InMemoryAccessLogStore();
  }
}
