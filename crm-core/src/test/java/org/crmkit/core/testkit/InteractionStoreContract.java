package org.crmkit.core.testkit;

import static org.crmkit.core.testkit.ContractSupport.drain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple.Tuple3;
import org.crmkit.core.CustomerId;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.Communication;
import org.crmkit.core.interaction.Direction;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.spi.InteractionStore;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link InteractionStore} must meet; a host extends it and implements {@link
 * #newStore()}. Rules: find after upsert; upsert replaces by id (also across customers and times);
 * {@code byCustomer} returns the half-open range {@code [from, to)} ordered by time, then id, and
 * rejects {@code to < from}; {@code reassign} moves every interaction of one customer to another;
 * {@code deleteByCustomer} removes exactly one customer's interactions; {@code upsertAll} rejects
 * repeated ids and writes nothing then; {@code scan} is ordered by customer id, time, id.
 */
public abstract class InteractionStoreContract {
  private static final List<CustomerId> OWNERS = List.of(CustomerId.of("c-a"), CustomerId.of("c-b"), CustomerId.of("c-c"));
  private static final Comparator<Interaction> TIMELINE =
      Comparator.comparing(Interaction::occurredAt).thenComparing(Interaction::id);
  private static final Comparator<Interaction> SCAN_ORDER =
      Comparator.comparing(Interaction::customerId).thenComparing(TIMELINE);

  /**
   * Returns a new, empty store. Called at the start of every test and of every jqwik try.
   *
   * @return an empty store
   */
  protected abstract InteractionStore newStore();

  /** Provides up to 25 interactions of three customers, distinct ids. */
  @Provide
  public Arbitrary<List<Interaction>> interactions() {
    return Arbitraries.of(OWNERS).flatMap(CrmArbitraries::interactions).list().ofMaxSize(25)
        .uniqueElements(Interaction::id);
  }

  /** Every stored interaction is found by id; scan is ordered by customer, time, id. */
  @Property(tries = 50)
  public void upsertThenFindAndScanInOrder(@ForAll("interactions") List<Interaction> is) {
    InteractionStore store = newStore();
    is.forEach(store::upsert);
    for (Interaction i : is) {
      assertEquals(Optional.of(i), store.findById(i.id()));
    }
    assertEquals(is.size(), store.count());
    assertEquals(is.stream().sorted(SCAN_ORDER).toList(), drain(store.scan()));
  }

  /** Provides interactions and a time range whose ends are often some interaction's own time. */
  @Provide
  public Arbitrary<Tuple3<List<Interaction>, Instant, Instant>> interactionsAndRange() {
    return interactions().flatMap(is -> {
      Arbitrary<Instant> edge = is.isEmpty() ? CrmArbitraries.instants()
          : Arbitraries.oneOf(CrmArbitraries.instants(), Arbitraries.of(is).map(Interaction::occurredAt));
      return Combinators.combine(edge, edge).as((a, b) ->
          a.isAfter(b) ? Tuple.of(is, b, a) : Tuple.of(is, a, b));
    });
  }

  /** {@code byCustomer} returns exactly the customer's interactions in {@code [from, to)}, by time then id. */
  @Property(tries = 100)
  public void byCustomerReturnsTheHalfOpenRangeInTimeOrder(
      @ForAll("interactionsAndRange") Tuple3<List<Interaction>, Instant, Instant> t) {
    InteractionStore store = newStore();
    store.upsertAll(t.get1());
    for (CustomerId owner : OWNERS) {
      List<Interaction> expected = t.get1().stream()
          .filter(i -> i.customerId().equals(owner))
          .filter(i -> !i.occurredAt().isBefore(t.get2()) && i.occurredAt().isBefore(t.get3()))
          .sorted(TIMELINE).toList();
      assertEquals(expected, store.byCustomer(owner, t.get2(), t.get3()));
      assertEquals(t.get1().stream().filter(i -> i.customerId().equals(owner)).sorted(TIMELINE).toList(),
          store.byCustomer(owner));
    }
  }

  /**
   * Provides stored interactions and a replacement for one of them: a communication under its id,
   * for any of the customers, at the same or another time.
   */
  @Provide
  public Arbitrary<Tuple2<List<Interaction>, Interaction>> interactionsAndReplacement() {
    return interactions().filter(is -> !is.isEmpty()).flatMap(is -> Combinators.combine(
            Arbitraries.of(is), Arbitraries.of(OWNERS), CrmArbitraries.instants(), Arbitraries.of(true, false))
        .as((old, owner, at, sameTime) -> Tuple.of(is, (Interaction) new Communication(old.id(), owner,
            sameTime ? old.occurredAt() : at, Channel.EMAIL, Direction.OUTBOUND, "已更新 updated"))));
  }

  /** Upsert replaces by id: the old version is gone from every view, the count is unchanged. */
  @Property(tries = 100)
  public void upsertReplacesById(@ForAll("interactionsAndReplacement") Tuple2<List<Interaction>, Interaction> t) {
    InteractionStore store = newStore();
    store.upsertAll(t.get1());
    Interaction replacement = t.get2();
    store.upsert(replacement);
    List<Interaction> expected = t.get1().stream()
        .map(i -> i.id().equals(replacement.id()) ? replacement : i).toList();
    assertEquals(Optional.of(replacement), store.findById(replacement.id()));
    assertEquals(expected.size(), store.count());
    assertEquals(expected.stream().sorted(SCAN_ORDER).toList(), drain(store.scan()));
    for (CustomerId owner : OWNERS) {
      assertEquals(expected.stream().filter(i -> i.customerId().equals(owner)).sorted(TIMELINE).toList(),
          store.byCustomer(owner));
    }
  }

  /** Reassign moves every interaction of one customer to another, keeping ids and count. */
  @Property(tries = 100)
  public void reassignMovesEveryInteraction(@ForAll("interactions") List<Interaction> is) {
    InteractionStore store = newStore();
    store.upsertAll(is);
    CustomerId from = OWNERS.get(0);
    CustomerId to = OWNERS.get(1);
    List<Interaction> expected = is.stream().map(i -> i.customerId().equals(from) ? i.withCustomerId(to) : i).toList();
    long moved = is.stream().filter(i -> i.customerId().equals(from)).count();
    assertEquals(moved, store.reassign(from, to));
    assertEquals(List.of(), store.byCustomer(from));
    assertEquals(expected.stream().filter(i -> i.customerId().equals(to)).sorted(TIMELINE).toList(), store.byCustomer(to));
    for (Interaction i : expected) {
      assertEquals(Optional.of(i), store.findById(i.id()));
    }
    assertEquals(is.size(), store.count());
  }

  /** deleteByCustomer removes that customer's interactions and no other. */
  @Property(tries = 100)
  public void deleteByCustomerRemovesOnlyThatCustomersInteractions(@ForAll("interactions") List<Interaction> is) {
    InteractionStore store = newStore();
    store.upsertAll(is);
    CustomerId victim = OWNERS.get(2);
    List<Interaction> kept = is.stream().filter(i -> !i.customerId().equals(victim)).toList();
    assertEquals(is.size() - kept.size(), store.deleteByCustomer(victim));
    assertEquals(List.of(), store.byCustomer(victim));
    is.stream().filter(i -> i.customerId().equals(victim))
        .forEach(i -> assertEquals(Optional.empty(), store.findById(i.id())));
    assertEquals(kept.stream().sorted(SCAN_ORDER).toList(), drain(store.scan()));
    assertEquals(0, store.deleteByCustomer(victim));
  }

  /** A batch that repeats an id is rejected and writes nothing. */
  @Property(tries = 50)
  public void upsertAllRejectsRepeatedIds(@ForAll("interactionsAndReplacement") Tuple2<List<Interaction>, Interaction> t) {
    InteractionStore store = newStore();
    List<Interaction> batch = new ArrayList<>(t.get1());
    batch.add(t.get2());
    assertThrows(IllegalArgumentException.class, () -> store.upsertAll(batch));
    assertEquals(0, store.count());
  }

  /** A range that ends before it starts is a caller mistake. */
  @Test
  public void byCustomer_toBeforeFrom_throws() {
    Instant t = Instant.parse("2024-01-01T00:00:00Z");
    assertThrows(IllegalArgumentException.class, () -> newStore().byCustomer(OWNERS.get(0), t, t.minusMillis(1)));
  }

  /** Interactions at the same instant come in id order; {@code to} itself is excluded, {@code from} included. */
  @Test
  public void byCustomer_sameInstant_ordersByIdAndExcludesTo() {
    InteractionStore store = newStore();
    Instant t = Instant.parse("2024-01-01T00:00:00Z");
    Interaction b = note("i-b", t);
    Interaction a = note("i-a", t);
    Interaction later = note("i-0", t.plusSeconds(1));
    store.upsertAll(List.of(later, b, a));
    assertEquals(List.of(a, b), store.byCustomer(OWNERS.get(0), t, t.plusSeconds(1)));
    assertEquals(List.of(a, b, later), store.byCustomer(OWNERS.get(0)));
    assertEquals(List.of(), store.byCustomer(OWNERS.get(0), t, t));
    assertTrue(store.byCustomer(OWNERS.get(1)).isEmpty());
  }

  private static Interaction note(String id, Instant at) {
    return new Communication(InteractionId.of(id), OWNERS.get(0), at, Channel.PHONE, Direction.INBOUND, "回电");
  }
}
