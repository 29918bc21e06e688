package org.crmkit.core.testkit;

import static org.crmkit.core.testkit.ContractSupport.drain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.consent.ConsentGate;
import org.crmkit.core.consent.ConsentLedger;
import org.crmkit.core.consent.ConsentStatus;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.spi.ConsentStore;
import org.crmkit.core.spi.DuplicateIdException;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ConsentStore} must meet; a host extends it and implements {@link
 * #newStore()}. Rules: {@code history} is ordered by effective time, recorded time, id, and {@code
 * scan} by customer id first; appending the same event again is a no-op; a different event under a
 * used id throws {@link DuplicateIdException} and changes nothing; {@code appendAll} writes all or
 * nothing (a conflict with the store or within the batch writes nothing) and is idempotent for
 * events already stored; the store's gate decides as {@link ConsentLedger} does.
 */
public abstract class ConsentStoreContract {
  private static final List<CustomerId> OWNERS = List.of(CustomerId.of("c-a"), CustomerId.of("c-b"), CustomerId.of("c-c"));
  private static final Comparator<ConsentEvent> HISTORY = Comparator.comparing(ConsentEvent::effectiveAt)
      .thenComparing(ConsentEvent::recordedAt).thenComparing(ConsentEvent::eventId);

  /**
   * Returns a new, empty store. Called at the start of every test and of every jqwik try.
   *
   * @return an empty store
   */
  protected abstract ConsentStore newStore();

  /** Provides up to 20 events of three customers with distinct ids. */
  @Provide
  public Arbitrary<List<ConsentEvent>> events() {
    return Arbitraries.of(OWNERS).flatMap(CrmArbitraries::consentEvents).list().ofMaxSize(20)
        .uniqueElements(ConsentEvent::eventId);
  }

  /** Appended events come back per customer in history order, and scan orders by customer first. */
  @Property(tries = 100)
  public void historyIsOrderedByEffectiveThenRecordedThenId(@ForAll("events") List<ConsentEvent> events) {
    ConsentStore store = newStore();
    events.forEach(store::append);
    for (CustomerId owner : OWNERS) {
      assertEquals(events.stream().filter(e -> e.customerId().equals(owner)).sorted(HISTORY).toList(),
          store.history(owner));
    }
    assertEquals(events.stream().sorted(Comparator.comparing(ConsentEvent::customerId).thenComparing(HISTORY)).toList(),
        drain(store.scan()));
  }

  /** Appending the same event again, alone or in a batch, changes nothing. */
  @Property(tries = 100)
  public void appendingTheSameEventAgainIsANoOp(@ForAll("events") List<ConsentEvent> events) {
    ConsentStore store = newStore();
    store.appendAll(events);
    events.forEach(store::append);
    store.appendAll(events);
    List<ConsentEvent> doubled = new ArrayList<>(events);
    doubled.addAll(events);
    store.appendAll(doubled);
    assertEquals(events.size(), drain(store.scan()).size());
    for (CustomerId owner : OWNERS) {
      assertEquals(events.stream().filter(e -> e.customerId().equals(owner)).sorted(HISTORY).toList(),
          store.history(owner));
    }
  }

  /** Provides stored events and a different event that reuses one of their ids. */
  @Provide
  public Arbitrary<Tuple2<List<ConsentEvent>, ConsentEvent>> eventsAndImpostor() {
    return events().filter(es -> !es.isEmpty()).flatMap(es -> Combinators.combine(Arbitraries.of(es),
            Arbitraries.of(OWNERS).flatMap(CrmArbitraries::consentEvents))
        .as((victim, other) -> {
          ConsentEvent impostor = other.copyFor(victim.eventId(), other.customerId());
          if (impostor.equals(victim)) {
            impostor = impostor.copyFor(victim.eventId(), victim.customerId().equals(OWNERS.get(0))
                ? OWNERS.get(1) : OWNERS.get(0));
          }
          return Tuple.of(es, impostor);
        }));
  }

  /** A different event under a used id is rejected, alone or in a batch, and nothing is written. */
  @Property(tries = 100)
  public void differentEventUnderAUsedIdIsRejected(
      @ForAll("eventsAndImpostor") Tuple2<List<ConsentEvent>, ConsentEvent> t, @ForAll("events") List<ConsentEvent> fresh) {
    ConsentStore store = newStore();
    store.appendAll(t.get1());
    List<ConsentEvent> before = drain(store.scan());
    assertThrows(DuplicateIdException.class, () -> store.append(t.get2()));
    assertEquals(before, drain(store.scan()));
    Set<String> used = new java.util.HashSet<>();
    t.get1().forEach(e -> used.add(e.eventId()));
    List<ConsentEvent> batch = new ArrayList<>(fresh.stream().filter(e -> !used.contains(e.eventId())).toList());
    batch.add(batch.size() / 2, t.get2());
    assertThrows(DuplicateIdException.class, () -> store.appendAll(batch));
    assertEquals(before, drain(store.scan()), "a rejected batch writes nothing");
  }

  /** Two different events under one id within a batch: rejected, nothing written. */
  @Property(tries = 50)
  public void appendAllRejectsConflictWithinTheBatch(
      @ForAll("eventsAndImpostor") Tuple2<List<ConsentEvent>, ConsentEvent> t) {
    ConsentStore store = newStore();
    List<ConsentEvent> batch = new ArrayList<>(t.get1());
    batch.add(t.get2());
    assertThrows(DuplicateIdException.class, () -> store.appendAll(batch));
    assertEquals(List.of(), drain(store.scan()));
  }

  /** A customer without events has an empty history. */
  @Test
  public void history_unknownCustomer_isEmpty() {
    assertEquals(List.of(), newStore().history(CustomerId.of("c-nobody")));
  }

  /** The store's gate reads the stored history: an opt-in purpose is denied until granted. */
  @Test
  public void gate_afterGrant_allowsOptInPurpose() {
    ConsentStore store = newStore();
    CustomerId c = OWNERS.get(0);
    Instant t = Instant.parse("2024-05-01T00:00:00Z");
    ConsentGate gate = store.gate();
    assertFalse(gate.isAllowed(c, Purpose.SENSITIVE_DATA_USE, t));
    store.append(new ConsentEvent("ce-grant-1", c, Purpose.SENSITIVE_DATA_USE, ConsentStatus.GRANTED, t, t,
        Optional.empty(), Channel.APP, "v1", "self", Set.of()));
    assertTrue(gate.isAllowed(c, Purpose.SENSITIVE_DATA_USE, t));
    assertEquals(ConsentLedger.of(c, store.history(c)).decide(Purpose.SENSITIVE_DATA_USE, t),
        gate.check(c, Purpose.SENSITIVE_DATA_USE, t));
  }
}
