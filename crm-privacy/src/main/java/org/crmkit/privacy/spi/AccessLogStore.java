package org.crmkit.privacy.spi;

import java.util.List;

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
