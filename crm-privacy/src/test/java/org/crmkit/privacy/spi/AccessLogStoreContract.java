package org.crmkit.privacy.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
    return new AccessLogEntry(index, T, "app", "u", "standard", "p", 1, AccessOutcome.GRANTED,
        AccessLog.GENESIS, AccessLog.GENESIS);
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
          log.append(T, Fixtures.USER, "standard", i, AccessOutcome.GRANTED);
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
