package org.crmkit.privacy.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.crmkit.privacy.Fixtures;
import org.crmkit.privacy.spi.AccessLogEntry;
import org.crmkit.privacy.spi.AccessLogStore;
import org.crmkit.privacy.spi.AccessOutcome;
import org.junit.jupiter.api.Test;

class AccessLogTest {
  private static final Instant T = Instant.parse("2025-01-01T00:00:00Z");

  @Test
  void append_firstEntry_linksToGenesisAndHashesItsFields() {
    AccessLog log = AccessLog.inMemory();

    AccessLogEntry e = log.append(T, Fixtures.USER, "standard", 3, AccessOutcome.GRANTED);

    assertEquals(0, e.index());
    assertEquals(AccessLog.GENESIS, e.previousHash());
    assertTrue(e.hash().matches("[0-9a-f]{64}"));
    assertEquals(new LogHead(1, e.hash()), log.head());
  }

  @Test
  void append_secondEntry_linksToTheFirst() {
    AccessLog log = AccessLog.inMemory();
    AccessLogEntry first = log.append(T, Fixtures.USER, "standard", 3, AccessOutcome.GRANTED);

    AccessLogEntry second = log.append(T, Fixtures.OFFICER, "personal", 1, AccessOutcome.GRANTED);

    assertEquals(first.hash(), second.previousHash());
    assertEquals(List.of(first, second), log.entries());
  }

  @Test
  void hash_sameFieldsSplitDifferently_differs() {
    // Length prefixes keep ("ab", "c") and ("a", "bc") apart.
    String a = AccessLog.hash(0, T, "ab", "c", "v", "p", 0, AccessOutcome.GRANTED, AccessLog.GENESIS);
    String b = AccessLog.hash(0, T, "a", "bc", "v", "p", 0, AccessOutcome.GRANTED, AccessLog.GENESIS);
    assertTrue(!a.equals(b));
  }

  @Test
  void over_existingStore_continuesTheChain() {
    AccessLogStore store = AccessLogStore.inMemory();
    AccessLog.over(store).append(T, Fixtures.USER, "standard", 3, AccessOutcome.GRANTED);

    AccessLog reopened = AccessLog.over(store);
    reopened.append(T, Fixtures.USER, "standard", 2, AccessOutcome.GRANTED);

    assertEquals(2, reopened.size());
    assertTrue(reopened.verify().isIntact());
  }

  @Test
  void usage_sumsReadsDenialsAndCustomersPerApplicationAndView() {
    AccessLog log = AccessLog.inMemory();
    log.append(T, Fixtures.USER, "standard", 3, AccessOutcome.GRANTED);
    log.append(T, Fixtures.USER, "standard", 2, AccessOutcome.GRANTED);
    log.append(T, Fixtures.USER, "personal", 0, AccessOutcome.DENIED);
    log.append(T, Fixtures.ANALYST, "anonymous", 7, AccessOutcome.GRANTED);

    assertEquals(List.of(
        new AccessUsage("bi", "anonymous", 1, 0, 7),
        new AccessUsage("crm-web", "personal", 0, 1, 0),
        new AccessUsage("crm-web", "standard", 2, 0, 5)), log.usage());
  }

  @Test
  void verify_emptyLog_isIntact() {
    assertTrue(AccessLog.inMemory().verify().isIntact());
  }

  @Test
  void logHead_malformedHash_throws() {
    assertThrows(IllegalArgumentException.class, () -> new LogHead(1, "xyz"));
  }
}
