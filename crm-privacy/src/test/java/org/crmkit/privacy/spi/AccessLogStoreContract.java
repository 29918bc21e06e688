package org.crmkit.privacy.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.crmkit.core.CustomerId;
import org.crmkit.privacy.Fixtures;
import org.crmkit.privacy.access.AccessLog;
import org.junit.jupiter.api.Test;

/**
 * The rules every {@link AccessLogStore} must keep. A host runs it against its own adapter by
 * extending it and implementing {@link #newStore()}.
 */
public abstract class AccessLogStoreContract {
  private static final Instant T = Instant.parse("2025-01-01T00:00:00Z");

  /** Returns a new, empty store. */
  protected abstract AccessLogStore newStore();

  private static AccessLogEntry entry(long index) {
    return entry(index, List.of(CustomerId.of("c-" + index)));
  }

  private static AccessLogEntry entry(long index, List<CustomerId> subjects) {
    return new AccessLogEntry(index, T, "app", "u", "standard", "p", subjects.size(), subjects,
        subjects.isEmpty() && index % 2 == 1 ? AccessOutcome.DENIED : AccessOutcome.GRANTED,
        AccessLog.GENESIS, AccessLog.GENESIS);
  }

  private static List<CustomerId> ids(String... values) {
    List<CustomerId> out = new ArrayList<>();
    for (String v : values) {
      out.add(CustomerId.of(v));
    }
    return List.copyOf(out);
  }

  @Test
  void read_subjects_roundTripInOrderWithDuplicates() {
    AccessLogStore store = newStore();
    List<AccessLogEntry> appended = List.of(entry(0, ids("c-b", "c-a", "c-b")), entry(1, List.of()),
        entry(2, List.of()), entry(3, ids("c-a")));
    appended.forEach(store::append);

    List<AccessLogEntry> read = store.read(0, 10);

    assertEquals(appended, read);
    assertEquals(ids("c-b", "c-a", "c-b"), read.get(0).subjects());
    assertEquals(AccessOutcome.DENIED, read.get(1).outcome());
  }

  @Test
  void entriesAbout_returnsTheEntriesNamingTheCustomerInIndexOrderEachOnce() {
    AccessLogStore store = newStore();
    store.append(entry(0, ids("c-a", "c-b")));
    store.append(entry(1, List.of()));
    store.append(entry(2, ids("c-b", "c-b")));
    store.append(entry(3, ids("c-c")));
    store.append(entry(4, ids("c-ab", "c-a")));

    assertEquals(List.of(store.read(0, 1).get(0), store.read(4, 1).get(0)), store.entriesAbout(CustomerId.of("c-a")));
    assertEquals(List.of(store.read(0, 1).get(0), store.read(2, 1).get(0)), store.entriesAbout(CustomerId.of("c-b")));
    assertEquals(List.of(), store.entriesAbout(CustomerId.of("c-x")));
    assertEquals(List.of(), store.entriesAbout(CustomerId.of("c")), "no prefix match");
  }

  @Test
  void entriesAbout_manyEntries_findsEveryMatchAcrossBatches() {
    AccessLogStore store = newStore();
    List<AccessLogEntry> expected = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      AccessLogEntry e = entry(i, i % 7 == 0 ? ids("c-" + i, "c-seven") : ids("c-" + i));
      store.append(e);
      if (i % 7 == 0) {
        expected.add(e);
      }
    }

    assertEquals(expected, store.entriesAbout(CustomerId.of("c-seven")));
    assertEquals(List.of(expected.get(1)), store.entriesAbout(CustomerId.of("c-7")));
  }

  @Test
  void entriesAbout_throughALog_matchesTheVerifiedEntries() {
    AccessLog log = AccessLog.over(newStore());
    AccessLogEntry first = log.append(T, Fixtures.USER, "standard", ids("c-a", "c-b"), AccessOutcome.GRANTED);
    log.append(T, Fixtures.USER, "personal", List.of(), AccessOutcome.DENIED);
    AccessLogEntry third = log.append(T, Fixtures.USER, "opt-out:direct-marketing", ids("c-a"), AccessOutcome.GRANTED);

    assertEquals(List.of(first, third), log.entriesAbout(CustomerId.of("c-a")));
    assertEquals(true, log.verify().isIntact());
  }

  @Test
  void read_returnsEntriesInIndexOrderInBatches() {
    AccessLogStore store = newStore();
    for (int i = 0; i < 5; i++) {
      store.append(entry(i));
    }

    assertEquals(5, store.size());
    assertEquals(List.of(entry(2), entry(3)), store.read(2, 2));
    assertEquals(List.of(entry(4)), store.read(4, 10));
    assertEquals(List.of(), store.read(5, 10));
  }

  @Test
  void append_indexNotNext_throws() {
    AccessLogStore store = newStore();
    store.append(entry(0));

    assertThrows(IllegalArgumentException.class, () -> store.append(entry(2)));
    assertThrows(IllegalArgumentException.class, () -> store.append(entry(0)));
    assertEquals(1, store.size());
  }

  @Test
  void read_badArguments_throw() {
    AccessLogStore store = newStore();
    assertThrows(IllegalArgumentException.class, () -> store.read(-1, 1));
    assertThrows(IllegalArgumentException.class, () -> store.read(0, 0));
  }

  @Test
  void appendThroughALog_concurrentWriters_keepAnIntactChain() throws Exception {
    AccessLog log = AccessLog.over(newStore());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<java.util.concurrent.Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      done.add(pool.submit(() -> {
        for (int i = 0; i < 250; i++) {
          log.append(T, Fixtures.USER, "standard", ids("c-" + i), AccessOutcome.GRANTED);
        }
      }));
    }
    for (java.util.concurrent.Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.SECONDS);

    assertEquals(1000, log.size());
    assertEquals(true, log.verify().isIntact());
  }
}
