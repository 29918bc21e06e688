package org.crmkit.core.testkit;

import static org.crmkit.core.testkit.ContractSupport.T0;
import static org.crmkit.core.testkit.ContractSupport.drain;
import static org.crmkit.core.testkit.ContractSupport.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.crmkit.core.CustomerId;
import org.crmkit.core.customer.AttributeValue;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.spi.CustomerStore;
import org.crmkit.core.spi.StaleVersionException;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link CustomerStore} must meet. A host tests its adapter with a subclass:
 *
 * <pre>{@code
 * class JdbcCustomerStoreContractTest extends CustomerStoreContract {
 *   @Override protected CustomerStore newStore() { return freshJdbcStore(); }
 * }
 * }</pre>
 *
 * <p>Rules checked here (the reading rules come from {@link CustomerQueryContract}): a stored
 * customer is found as returned, with version {@code v + 1}; each write raises the version by one;
 * a stale update, a create over an existing id and an update of an absent id throw {@link
 * StaleVersionException} and change nothing; delete returns false for an absent id, throws on a
 * stale version and deletes nothing then; {@code upsertAll} writes all or nothing and rejects
 * repeated ids; concurrent read-modify-write loops with retry lose no update, and of concurrent
 * creates of one id exactly one wins.
 */
public abstract class CustomerStoreContract extends CustomerQueryContract {
  private static final String COUNTER = "contract.counter";

  /** Provides never-stored customers. */
  @Provide
  public Arbitrary<Customer> customers() {
    return CrmArbitraries.customers();
  }

  /** A created customer is found as returned: the input with version 1. */
  @Property(tries = 100)
  public void upsertThenFindReturnsTheStoredCustomer(@ForAll("customers") Customer c) {
    CustomerStore store = newStore();
    Customer stored = store.upsert(c);
    assertEquals(c.withVersion(1), stored);
    assertEquals(Optional.of(stored), store.findById(c.id()));
    assertEquals(1, store.count());
  }

  /** Every successful write raises the version by exactly one and is what find returns. */
  @Property(tries = 50)
  public void eachWriteRaisesTheVersionByOne(@ForAll("customers") Customer c,
      @ForAll @IntRange(min = 1, max = 6) int writes) {
    CustomerStore store = newStore();
    Customer current = store.upsert(c);
    for (int i = 1; i <= writes; i++) {
      Customer next = store.upsert(withCounter(current, i));
      assertEquals(current.version() + 1, next.version());
      assertEquals(Optional.of(next), store.findById(c.id()));
      current = next;
    }
    assertEquals(writes + 1, current.version());
  }

  /** A write based on any version but the stored one throws and changes nothing. */
  @Property(tries = 100)
  public void staleWriteThrowsAndChangesNothing(@ForAll("customers") Customer c,
      @ForAll @LongRange(min = 0, max = 1000) long staleVersion) {
    CustomerStore store = newStore();
    Customer stored = store.upsert(store.upsert(c));
    if (staleVersion == stored.version()) {
      staleVersion = 0; // a create over an existing id
    }
    Customer stale = withCounter(stored, 42).withVersion(staleVersion);
    StaleVersionException e = assertThrows(StaleVersionException.class, () -> store.upsert(stale));
    assertEquals(c.id().value(), e.id());
    assertEquals(staleVersion, e.expectedVersion());
    assertEquals(stored.version(), e.actualVersion());
    assertEquals(Optional.of(stored), store.findById(c.id()));
    assertEquals(1, store.count());
  }

  /** Provides customers with a version above 0, as if read from a store. */
  @Provide
  public Arbitrary<Customer> storedLookingCustomers() {
    return CrmArbitraries.customersWithAnyVersion().filter(c -> c.version() > 0);
  }

  /** Updating a customer that is not stored throws (the stored version counts as 0) and writes nothing. */
  @Property(tries = 50)
  public void updateOfAbsentCustomerThrows(@ForAll("storedLookingCustomers") Customer c) {
    CustomerStore store = newStore();
    StaleVersionException e = assertThrows(StaleVersionException.class, () -> store.upsert(c));
    assertEquals(0, e.actualVersion());
    assertEquals(Optional.empty(), store.findById(c.id()));
    assertEquals(0, store.count());
  }

  /** Delete: false when absent, throws on a stale version (deleting nothing), true and gone otherwise. */
  @Property(tries = 100)
  public void deleteChecksTheVersion(@ForAll("customers") Customer c,
      @ForAll @LongRange(min = 0, max = 1000) long staleVersion) {
    CustomerStore store = newStore();
    assertFalse(store.delete(c.id(), 0));
    Customer stored = store.upsert(c);
    long stale = staleVersion == stored.version() ? stored.version() + 1 : staleVersion;
    assertThrows(StaleVersionException.class, () -> store.delete(c.id(), stale));
    assertEquals(Optional.of(stored), store.findById(c.id()));
    assertTrue(store.delete(c.id(), stored.version()));
    assertEquals(Optional.empty(), store.findById(c.id()));
    assertEquals(0, store.count());
    assertFalse(store.delete(c.id(), stored.version()));
    assertEquals(c.withVersion(1), store.upsert(c), "a deleted id may be created again");
  }

  /** A batch is written whole, in the order given, each with version 1. */
  @Property(tries = 50)
  public void upsertAllWritesEveryCustomer(@ForAll("distinctCustomers") List<Customer> customers) {
    CustomerStore store = newStore();
    List<Customer> stored = store.upsertAll(customers);
    assertEquals(customers.stream().map(c -> c.withVersion(1)).toList(), stored);
    for (Customer c : stored) {
      assertEquals(Optional.of(c), store.findById(c.id()));
    }
    assertEquals(customers.size(), store.count());
  }

  /** Provides 2 to 12 customers with distinct ids. */
  @Provide
  public Arbitrary<List<Customer>> someCustomers() {
    return CrmArbitraries.customers().list().ofMinSize(2).ofMaxSize(12).uniqueElements(Customer::id);
  }

  /** A batch with one stale customer among updates and creates writes nothing at all. */
  @Property(tries = 50)
  public void upsertAllWithOneStaleCustomerWritesNothing(@ForAll("someCustomers") List<Customer> customers,
      @ForAll @IntRange(min = 0, max = 1000) int pick) {
    CustomerStore store = newStore();
    int half = customers.size() / 2;
    List<Customer> before = load(store, customers.subList(0, half));
    List<Customer> batch = new ArrayList<>();
    for (Customer c : before) {
      batch.add(withCounter(c, 1));
    }
    batch.addAll(customers.subList(half, customers.size()));
    int staleAt = pick % batch.size();
    Customer victim = batch.get(staleAt);
    batch.set(staleAt, victim.withVersion(victim.version() + 1));
    assertThrows(StaleVersionException.class, () -> store.upsertAll(batch));
    assertEquals(before, drain(store.scan()));
    assertEquals(before.size(), store.count());
  }

  /** A batch that repeats an id is rejected and writes nothing. */
  @Property(tries = 50)
  public void upsertAllRejectsRepeatedIds(@ForAll("customers") Customer c, @ForAll("customers") Customer other) {
    CustomerStore store = newStore();
    Customer twin = other.toBuilder().id(c.id()).build();
    List<Customer> batch = other.id().equals(c.id()) ? List.of(c, twin) : List.of(other, c, twin);
    assertThrows(IllegalArgumentException.class, () -> store.upsertAll(batch));
    assertEquals(0, store.count());
  }

  /** An absent id is not found. */
  @Test
  public void findById_absent_returnsEmpty() {
    assertEquals(Optional.empty(), newStore().findById(CustomerId.of("c-absent")));
  }

  /** An empty batch writes nothing and returns nothing. */
  @Test
  public void upsertAll_emptyList_returnsEmpty() {
    CustomerStore store = newStore();
    assertEquals(List.of(), store.upsertAll(List.of()));
    assertEquals(0, store.count());
  }

  /**
   * Several threads increment a counter attribute with read-modify-write loops that retry on a
   * stale version: the final version is 1 + the number of successful writes and no increment is lost.
   */
  @Test
  public void upsert_concurrentReadModifyWriteWithRetry_losesNoUpdate() throws Exception {
    CustomerStore store = newStore();
    CustomerId id = CustomerId.of("c-counter");
    store.upsert(withCounter(Customer.builder(id, CustomerType.INDIVIDUAL, "欧阳娜", T0).build(), 0));
    int threads = 4;
    int increments = 50;
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      tasks.add(() -> {
        int succeeded = 0;
        for (int attempt = 0; succeeded < increments; attempt++) {
          assertTrue(attempt < 100_000, "writers must make progress");
          Customer current = store.findById(id).orElseThrow();
          try {
            store.upsert(withCounter(current, counter(current) + 1));
            succeeded++;
          } catch (StaleVersionException e) {
            // Another writer won this round: re-read and retry.
          }
        }
        return succeeded;
      });
    }
    int successes = ContractSupport.runConcurrently(tasks).stream().mapToInt(Integer::intValue).sum();
    Customer last = store.findById(id).orElseThrow();
    assertEquals(threads * increments, successes);
    assertEquals(1 + successes, last.version());
    assertEquals(successes, counter(last));
  }

  /** Of several threads creating the same id at once, exactly one succeeds. */
  @Test
  public void upsert_concurrentCreatesOfOneId_exactlyOneWins() throws Exception {
    CustomerStore store = newStore();
    CustomerId id = CustomerId.of("c-race");
    List<Callable<Optional<Customer>>> tasks = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Customer mine = withCounter(Customer.builder(id, CustomerType.INDIVIDUAL, "诸葛亮", T0).build(), t);
      tasks.add(() -> {
        try {
          return Optional.of(store.upsert(mine));
        } catch (StaleVersionException e) {
          return Optional.empty();
        }
      });
    }
    List<Customer> winners = ContractSupport.runConcurrently(tasks).stream().flatMap(Optional::stream).toList();
    assertEquals(1, winners.size());
    assertEquals(Optional.of(winners.get(0)), store.findById(id));
  }

  private static Customer withCounter(Customer c, long value) {
    return c.toBuilder().attribute(COUNTER, AttributeValue.ofDecimal(BigDecimal.valueOf(value))).build();
  }

  private static long counter(Customer c) {
    return ((AttributeValue.Decimal) c.attributes().get(COUNTER)).value().longValueExact();
  }
}
