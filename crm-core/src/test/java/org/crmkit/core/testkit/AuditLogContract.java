package org.crmkit.core.testkit;

import static org.crmkit.core.testkit.ContractSupport.drain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkit.core.CustomerId;
import org.crmkit.core.spi.AuditAction;
import org.crmkit.core.spi.AuditEntry;
import org.crmkit.core.spi.AuditLog;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link AuditLog} must meet; a host extends it and implements {@link
 * #newLog()}. Rules: sequences are 1..n in append order without gaps, also under concurrent
 * appends; the sequence given with an entry is ignored; {@code scan} returns the entries in
 * sequence order as appended; {@code forCustomer} returns, in sequence order, the entries about a
 * customer, including merges where it is the related (merged-away) customer.
 */
public abstract class AuditLogContract {
  private static final List<CustomerId> CUSTOMERS = List.of(CustomerId.of("c-a"), CustomerId.of("c-b"), CustomerId.of("c-c"));

  /**
   * Returns a new, empty log. Called at the start of every test and of every jqwik try.
   *
   * @return an empty log
   */
  protected abstract AuditLog newLog();

  /** Provides up to 30 entries about three customers, all actions, merges with a related customer. */
  @Provide
  public Arbitrary<List<AuditEntry>> entries() {
    return SpiArbitraries.auditEntries(CUSTOMERS).list().ofMaxSize(30);
  }

  /** Appends get 1, 2, 3, … and scan returns exactly what was appended, in that order. */
  @Property(tries = 100)
  public void sequencesAreOneToNInAppendOrder(@ForAll("entries") List<AuditEntry> entries) {
    AuditLog log = newLog();
    List<AuditEntry> expected = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      AuditEntry stored = log.append(entries.get(i));
      assertEquals(entries.get(i).withSequence(i + 1), stored);
      expected.add(stored);
    }
    assertEquals(expected, drain(log.scan()));
  }

  /** {@code forCustomer} returns the entries about a customer, as subject or as merged-away customer. */
  @Property(tries = 100)
  public void forCustomerIncludesMergeRelatedEntries(@ForAll("entries") List<AuditEntry> entries) {
    AuditLog log = newLog();
    List<AuditEntry> stored = entries.stream().map(log::append).toList();
    for (CustomerId c : CUSTOMERS) {
      List<AuditEntry> expected = stored.stream()
          .filter(e -> e.customerId().equals(c) || e.relatedCustomerId().equals(Optional.of(c))).toList();
      assertEquals(expected, log.forCustomer(c));
    }
  }

  /** The sequence an entry carries when appended is ignored. */
  @Test
  public void append_entryWithSequence_getsTheNextSequence() {
    AuditLog log = newLog();
    AuditEntry e = AuditEntry.of(Instant.parse("2024-01-01T00:00:00Z"), "am-001", AuditAction.CREATE,
        CUSTOMERS.get(0), Set.of("displayName")).withSequence(99);
    assertEquals(1, log.append(e).sequence());
    assertEquals(2, log.append(e).sequence());
  }

  /** A merge is listed for both the survivor and the merged-away customer. */
  @Test
  public void forCustomer_merge_listedForBothCustomers() {
    AuditLog log = newLog();
    AuditEntry merge = log.append(new AuditEntry(0, Instant.parse("2024-01-01T00:00:00Z"), "system:dedup",
        AuditAction.MERGE, CUSTOMERS.get(0), Set.of("contactPoints"), Optional.of(CUSTOMERS.get(1))));
    assertEquals(List.of(merge), log.forCustomer(CUSTOMERS.get(0)));
    assertEquals(List.of(merge), log.forCustomer(CUSTOMERS.get(1)));
    assertEquals(List.of(), log.forCustomer(CUSTOMERS.get(2)));
  }

  /** Concurrent appends get every sequence 1..n exactly once, each thread's in increasing order. */
  @Test
  public void append_concurrentWriters_sequencesAreGapless() throws Exception {
    AuditLog log = newLog();
    int threads = 4;
    int perThread = 250;
    List<Callable<List<Long>>> tasks = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      CustomerId who = CUSTOMERS.get(t % CUSTOMERS.size());
      tasks.add(() -> {
        List<Long> mine = new ArrayList<>();
        for (int i = 0; i < perThread; i++) {
          mine.add(log.append(AuditEntry.of(Instant.parse("2024-01-01T00:00:00Z"), "worker", AuditAction.UPDATE,
              who, Set.of("tags"))).sequence());
        }
        return mine;
      });
    }
    List<List<Long>> results = ContractSupport.runConcurrently(tasks);
    for (List<Long> mine : results) {
      for (int i = 1; i < mine.size(); i++) {
        assertTrue(mine.get(i) > mine.get(i - 1), "a thread's appends must get increasing sequences");
      }
    }
    List<Long> all = results.stream().flatMap(List::stream).sorted().toList();
    assertGapless(all, threads * perThread, "the sequences returned by append");
    assertGapless(drain(log.scan()).stream().map(AuditEntry::sequence).toList(), threads * perThread,
        "the sequences returned by scan");
  }

  private static void assertGapless(List<Long> sequences, int n, String what) {
    assertEquals(n, sequences.size(), what + ": count");
    for (int i = 0; i < n; i++) {
      assertEquals(i + 1, sequences.get(i), what + ": position " + i + " (a gap, repeat or disorder)");
    }
  }
}
