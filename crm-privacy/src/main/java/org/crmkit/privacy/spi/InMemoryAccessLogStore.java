package org.crmkit.privacy.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.crmkit.core.CustomerId;

/** The in-memory default store. Thread-safe: every method holds the store's lock. */
final class InMemoryAccessLogStore implements AccessLogStore {
  private final List<AccessLogEntry> entries = new ArrayList<>();

  @Override
  public synchronized void append(AccessLogEntry entry) {
    requireNonNull(entry, "entry");
    checkArgument(entry.index() == entries.size(),
        "entry index must be %s but was %s", entries.size(), entry.index());
    entries.add(entry);
  }

  @Override
  public synchronized List<AccessLogEntry> read(long fromIndex, int max) {
    checkArgument(fromIndex >= 0, "fromIndex must be >= 0 but was %s", fromIndex);
    checkArgument(max >= 1, "max must be >= 1 but was %s", max);
    if (fromIndex >= entries.size()) {
      return List.of();
    }
    int from = (int) fromIndex;
    return List.copyOf(entries.subList(from, (int) Math.min(entries.size(), (long) from + max)));
  }

  @Override
  public synchronized List<AccessLogEntry> entriesAbout(CustomerId id) {
    requireNonNull(id, "id");
    List<AccessLogEntry> out = new ArrayList<>();
    for (AccessLogEntry e : entries) {
      if (e.isAbout(id)) {
        out.add(e);
      }
    }
    return List.copyOf(out);
  }

  @Override
  public synchronized long size() {
    return entries.size();
  }

  @Override
  public String toString() {
    return "InMemoryAccessLogStore[" + size() + " entries]";
  }
}
