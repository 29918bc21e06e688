package org.crmkit.privacy.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.crmkit.core.CustomerId;
import org.crmkit.privacy.spi.AccessLogEntry;
import org.crmkit.privacy.spi.AccessLogStore;
import org.crmkit.privacy.spi.AccessOutcome;

/**
 * The access log's chain verifies, and every tampering with its storage is caught at the first
 * entry it touches: modifying, deleting or swapping entries, or cutting entries off behind the
 * kept head.
 */
class AccessLogChainProperties {

  /** A store the test can tamper with. */
  static final class TamperableStore implements AccessLogStore {
    final List<AccessLogEntry> entries = new ArrayList<>();

    @Override
    public void append(AccessLogEntry entry) {
      entries.add(entry);
    }

    @Override
    public List<AccessLogEntry> read(long fromIndex, int max) {
      int from = (int) Math.min(fromIndex, entries.size());
      return List.copyOf(entries.subList(from, Math.min(entries.size(), from + max)));
    }

    @Override
    public long size() {
      return entries.size();
    }
  }

  record Read(String app, String user, String view, List<CustomerId> subjects, AccessOutcome outcome) {
    Read {
      subjects = outcome == AccessOutcome.DENIED ? List.of() : List.copyOf(subjects);
    }
  }

  @Provide
  Arbitrary<List<Read>> reads() {
    return net.jqwik.api.Combinators.combine(
            Arbitraries.of("crm-web", "bi", "partner-feed"),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10),
            Arbitraries.of("standard", "personal", "anonymous", "opt-out:direct-marketing", "selective:acme"),
            Arbitraries.strings().withChars("abc0123-.").ofMinLength(1).ofMaxLength(6).map(CustomerId::of)
                .list().ofMaxSize(5),
            Arbitraries.of(AccessOutcome.class))
        .as(Read::new).list().ofMinSize(1).ofMaxSize(40);
  }

  private static AccessLog fill(TamperableStore store, List<Read> reads) {
    AccessLog log = AccessLog.over(store);
    Instant t = Instant.parse("2025-01-01T00:00:00Z");
    for (Read r : reads) {
      log.append(t, new Viewer(r.app(), r.user(), java.util.Set.of("user"), "p"), r.view(), r.subjects(), r.outcome());
      t = t.plusMillis(1);
    }
    return log;
  }

  @Property(tries = 200)
  void anUntouchedChainVerifies(@ForAll("reads") List<Read> reads) {
    TamperableStore store = new TamperableStore();
    AccessLog log = fill(store, reads);

    LogVerification v = log.verify();
    assertTrue(v.isIntact(), v.problem());
    assertEquals(reads.size(), v.entriesChecked());
    assertTrue(AccessLog.over(store).verify().isIntact(), "a log reopened over the store verifies too");
  }

  @Property(tries = 200)
  void modifyingAnEntryIsCaughtAtThatEntry(@ForAll("reads") List<Read> reads, @ForAll @IntRange(max = 39) int at,
      @ForAll("edits") int edit) {
    TamperableStore store = new TamperableStore();
    AccessLog log = fill(store, reads);
    int i = at % reads.size();
    AccessLogEntry e = store.entries.get(i);
    AccessLogEntry changed;
    switch (edit) {
      case 0:
        changed = new AccessLogEntry(e.index(), e.at(), e.applicationId(), e.userId(), e.view(), e.purpose() + "x",
            e.customers(), e.subjects(), e.outcome(), e.previousHash(), e.hash());
        break;
      case 1:
        changed = new AccessLogEntry(e.index(), e.at().plusSeconds(1), e.applicationId(), e.userId(), e.view(),
            e.purpose(), e.customers(), e.subjects(), e.outcome(), e.previousHash(), e.hash());
        break;
      default:
        changed = new AccessLogEntry(e.index(), e.at(), e.applicationId(), e.userId() + "x", e.view(), e.purpose(),
            e.customers(), e.subjects(), e.outcome(), e.previousHash(), e.hash());
        break;
    }
    store.entries.set(i, changed);

    assertEquals(OptionalLong.of(i), log.verify().firstBadIndex());
  }

  @Provide
  Arbitrary<Integer> edits() {
    return Arbitraries.integers().between(0, 2);
  }

  @Property(tries = 200)
  void modifyingAnEntryAndRecomputingItsHashIsCaught(@ForAll("reads") List<Read> reads,
      @ForAll @IntRange(max = 39) int at) {
    TamperableStore store = new TamperableStore();
    AccessLog log = fill(store, reads);
    int i = at % reads.size();
    AccessLogEntry e = store.entries.get(i);
    String user = e.userId() + "x";
    String hash = AccessLog.hash(e.index(), e.at(), e.applicationId(), user, e.view(), e.purpose(),
        e.customers(), e.subjects(), e.outcome(), e.previousHash());
    store.entries.set(i, new AccessLogEntry(e.index(), e.at(), e.applicationId(), user, e.view(), e.purpose(),
        e.customers(), e.subjects(), e.outcome(), e.previousHash(), hash));

    // The next entry no longer links to it; the last entry no longer matches the kept head.
    long expected = i == reads.size() - 1 ? i : i + 1;
    assertEquals(OptionalLong.of(expected), log.verify().firstBadIndex());
  }

  @Property(tries = 200)
  void deletingAnEntryIsCaughtAtItsPosition(@ForAll("reads") List<Read> reads, @ForAll @IntRange(max = 39) int at) {
    TamperableStore store = new TamperableStore();
    AccessLog log = fill(store, reads);
    int i = at % reads.size();
    store.entries.remove(i);

    assertEquals(OptionalLong.of(i), log.verify().firstBadIndex());
  }

  @Property(tries = 200)
  void swappingTwoEntriesIsCaughtAtTheFirst(@ForAll("reads") List<Read> reads, @ForAll @IntRange(max = 39) int a,
      @ForAll @IntRange(max = 39) int b) {
    TamperableStore store = new TamperableStore();
    AccessLog log = fill(store, reads);
    int i = a % reads.size();
    int j = b % reads.size();
    Collections.swap(store.entries, i, j);

    LogVerification v = log.verify();
    if (i == j) {
      assertTrue(v.isIntact());
    } else {
      assertEquals(OptionalLong.of(Math.min(i, j)), v.firstBadIndex());
    }
  }

  @Property(tries = 200)
  void truncatingBehindTheKeptHeadIsCaught(@ForAll("reads") List<Read> reads, @ForAll @IntRange(max = 39) int keep) {
    TamperableStore store = new TamperableStore();
    AccessLog log = fill(store, reads);
    LogHead kept = log.head();
    int k = keep % reads.size();
    store.entries.subList(k, store.entries.size()).clear();

    assertEquals(OptionalLong.of(k), log.verify().firstBadIndex());
    assertEquals(OptionalLong.of(k), AccessLog.over(store).verify(kept).firstBadIndex());
    assertFalse(log.verify().problem().isEmpty());
  }
}
