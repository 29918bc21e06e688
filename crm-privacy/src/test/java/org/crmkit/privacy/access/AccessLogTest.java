package org.crmkit.privacy.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.core.CustomerId;
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

    AccessLogEntry e = log.append(T, Fixtures.USER, "standard", ids(3), AccessOutcome.GRANTED);

    assertEquals(0, e.index());
    assertEquals(AccessLog.GENESIS, e.previousHash());
    assertTrue(e.hash().matches("[0-9a-f]{64}"));
    assertEquals(new LogHead(1, e.hash()), log.head());
  }

  @Test
  void append_secondEntry_linksToTheFirst() {
    AccessLog log = AccessLog.inMemory();
    AccessLogEntry first = log.append(T, Fixtures.USER, "standard", ids(3), AccessOutcome.GRANTED);

    AccessLogEntry second = log.append(T, Fixtures.OFFICER, "personal", ids(1), AccessOutcome.GRANTED);

    assertEquals(first.hash(), second.previousHash());
    assertEquals(List.of(first, second), log.entries());
  }

  @Test
  void hash_sameFieldsSplitDifferently_differs() {
    // Length prefixes keep ("ab", "c") and ("a", "bc") apart.
    String a = AccessLog.hash(0, T, "ab", "c", "v", "p", 0, List.of(), AccessOutcome.GRANTED, AccessLog.GENESIS);
    String b = AccessLog.hash(0, T, "a", "bc", "v", "p", 0, List.of(), AccessOutcome.GRANTED, AccessLog.GENESIS);
    assertTrue(!a.equals(b));
  }

  @Test
  void hash_sameSubjectTextSplitDifferently_differs() {
    String a = AccessLog.hash(0, T, "app", "u", "v", "p", 2, List.of(CustomerId.of("ab"), CustomerId.of("c")),
        AccessOutcome.GRANTED, AccessLog.GENESIS);
    String b = AccessLog.hash(0, T, "app", "u", "v", "p", 2, List.of(CustomerId.of("a"), CustomerId.of("bc")),
        AccessOutcome.GRANTED, AccessLog.GENESIS);
    String reordered = AccessLog.hash(0, T, "app", "u", "v", "p", 2, List.of(CustomerId.of("c"), CustomerId.of("ab")),
        AccessOutcome.GRANTED, AccessLog.GENESIS);
    assertNotEquals(a, b);
    assertNotEquals(a, reordered);
  }

  @Test
  void append_subjects_areStoredInOrderAndCounted() {
    AccessLog log = AccessLog.inMemory();

    AccessLogEntry e = log.append(T, Fixtures.USER, "standard", List.of(CustomerId.of("c-2"), CustomerId.of("c-1")),
        AccessOutcome.GRANTED);

    assertEquals(List.of(CustomerId.of("c-2"), CustomerId.of("c-1")), e.subjects());
    assertEquals(2, e.customers());
    assertEquals(List.of(e), log.entriesAbout(CustomerId.of("c-1")));
    assertEquals(List.of(), log.entriesAbout(CustomerId.of("c-3")));
  }

  @Test
  void append_deniedWithSubjects_throws() {
    AccessLog log = AccessLog.inMemory();

    assertThrows(IllegalArgumentException.class,
        () -> log.append(T, Fixtures.USER, "personal", ids(1), AccessOutcome.DENIED));
    assertEquals(0, log.size());
  }

  @Test
  void entry_countNotTheNumberOfSubjects_throws() {
    assertThrows(IllegalArgumentException.class, () -> new AccessLogEntry(0, T, "a", "u", "v", "p", 2, ids(1),
        AccessOutcome.GRANTED, AccessLog.GENESIS, AccessLog.GENESIS));
  }

  @Test
  void entry_toString_showsTheCountNotTheIds() {
    AccessLogEntry e = AccessLog.inMemory().append(T, Fixtures.USER, "standard",
        List.of(CustomerId.of("c-secret-1"), CustomerId.of("c-secret-2")), AccessOutcome.GRANTED);

    assertTrue(e.toString().contains("customers=2"), e.toString());
    assertFalse(e.toString().contains("c-secret"), e.toString());
  }

  private static List<CustomerId> ids(int n) {
    List<CustomerId> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(CustomerId.of("c-" + i));
    }
    return out;
  }

  @Test
  void over_existingStore_continuesTheChain() {
    AccessLogStore store = AccessLogStore.inMemory();
    AccessLog.over(store).append(T, Fixtures.USER, "standard", ids(3), AccessOutcome.GRANTED);

    AccessLog reopened = AccessLog.over(store);
    reopened.append(T, Fixtures.USER, "standard", ids(2), AccessOutcome.GRANTED);

    assertEquals(2, reopened.size());
    assertTrue(reopened.verify().isIntact());
  }

  @Test
  void usage_sumsReadsDenialsAndCustomersPerApplicationAndView() {
    AccessLog log = AccessLog.inMemory();
    log.append(T, Fixtures.USER, "standard", ids(3), AccessOutcome.GRANTED);
    log.append(T, Fixtures.USER, "standard", ids(2), AccessOutcome.GRANTED);
    log.append(T, Fixtures.USER, "personal", List.of(), AccessOutcome.DENIED);
    log.append(T, Fixtures.ANALYST, "anonymous", ids(7), AccessOutcome.GRANTED);

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
