package org.crmkit.core.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkit.core.CustomerId;
import org.crmkit.core.interaction.Channel;

/**
 * The laws of {@link ConsentLedger#decide}. Histories are small and crowded into a 20-minute
 * window so that simultaneous events, expiries around the asked time and recipient-limited events
 * are common.
 */
class ConsentResolutionProperties {
  private static final CustomerId CUSTOMER = CustomerId.of("C-1");
  private static final Instant BASE = Instant.parse("2024-01-01T00:00:00Z");
  private static final List<Purpose> PURPOSES = List.of(Purpose.DIRECT_MARKETING, Purpose.THIRD_PARTY_DISCLOSURE,
      Purpose.AUTOMATED_DECISION, Purpose.SENSITIVE_DATA_USE, Purpose.optIn("loyalty-club"), Purpose.optOut("newsletter"));
  private static final List<String> RECIPIENTS = List.of("partner-a", "partner-b", "partner-c");

  /** A question asked of a ledger. */
  record Query(Purpose purpose, Optional<String> recipient, Instant asOf) {
    ConsentDecision askedOf(List<ConsentEvent> history) {
      return ConsentLedger.of(CUSTOMER, history).decide(purpose, recipient, asOf);
    }

    boolean counts(ConsentEvent e) {
      return e.purpose().code().equals(purpose.code()) && e.appliesTo(recipient) && !e.effectiveAt().isAfter(asOf);
    }

    boolean grantsInForce(ConsentEvent e) {
      return e.status() == ConsentStatus.GRANTED && e.expiresAt().map(x -> x.isAfter(asOf)).orElse(true);
    }
  }

  private static Instant minute(int m) {
    return BASE.plusSeconds(60L * m);
  }

  private static ConsentEvent event(String id, Purpose purpose, ConsentStatus status, Instant at,
      Optional<Instant> expiresAt, Set<String> recipients) {
    return new ConsentEvent(id, CUSTOMER, purpose, status, at, at.plusSeconds(30), expiresAt, Channel.WEB, "v1",
        "self", recipients);
  }

  private static Instant latest(List<ConsentEvent> events) {
    return events.stream().map(ConsentEvent::effectiveAt).max(Comparator.naturalOrder()).orElse(BASE);
  }

  private static List<ConsentEvent> plus(List<ConsentEvent> history, ConsentEvent... more) {
    List<ConsentEvent> all = new ArrayList<>(history);
    all.addAll(List.of(more));
    return all;
  }

  @Property
  void resultIsIndependentOfEventOrder(@ForAll("histories") List<ConsentEvent> history,
      @ForAll("queries") Query query, @ForAll long seed) {
    List<ConsentEvent> shuffled = new ArrayList<>(history);
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(query.askedOf(history), query.askedOf(shuffled));
  }

  @Property
  void latestEffectiveEventDecides(@ForAll("histories") List<ConsentEvent> history, @ForAll("queries") Query query) {
    List<ConsentEvent> counting = history.stream().filter(query::counts).collect(Collectors.toList());
    ConsentDecision d = query.askedOf(history);
    if (counting.isEmpty()) {
      assertEquals(ConsentBasis.NO_RECORD, d.basis());
      return;
    }
    Instant last = latest(counting);
    List<ConsentEvent> deciding = counting.stream().filter(e -> e.effectiveAt().equals(last)).collect(Collectors.toList());
    assertTrue(deciding.stream().anyMatch(e -> d.eventId().equals(Optional.of(e.eventId()))), d.toString());
    assertEquals(deciding.stream().allMatch(query::grantsInForce), d.allowed(), d.toString());
  }

  @Property
  void simultaneousConflictingEventsResolveToDeny(@ForAll("histories") List<ConsentEvent> history,
      @ForAll("purposes") Purpose purpose, @ForAll("denyingStatuses") ConsentStatus status,
      @ForAll("denyingIds") String denyingId, @ForAll("recipientQuestions") Optional<String> recipient) {
    Instant at = latest(history).plusSeconds(60);
    ConsentEvent grant = event("G-1", purpose, ConsentStatus.GRANTED, at, Optional.empty(), Set.of());
    // A grant that lapses a minute later denies at asOf, an hour later, just as an opt-out does.
    ConsentEvent denial = event(denyingId, purpose, status, at,
        status == ConsentStatus.GRANTED ? Optional.of(at.plusSeconds(60)) : Optional.empty(), Set.of());
    Query query = new Query(purpose, recipient, at.plusSeconds(3600));
    assertFalse(query.askedOf(plus(history, grant, denial)).allowed());
    assertFalse(query.askedOf(plus(history, denial, grant)).allowed());
  }

  @Property
  void withoutARecordOptInIsDeniedAndOptOutAllowed(@ForAll("histories") List<ConsentEvent> history,
      @ForAll("queries") Query query) {
    List<ConsentEvent> others = history.stream()
        .filter(e -> !e.purpose().code().equals(query.purpose().code())).collect(Collectors.toList());
    ConsentDecision d = query.askedOf(others);
    assertEquals(ConsentBasis.NO_RECORD, d.basis());
    assertEquals(!query.purpose().requiresOptIn(), d.allowed());
    assertEquals(Optional.empty(), d.eventId());
  }

  @Property
  void anExpiredGrantDenies(@ForAll("histories") List<ConsentEvent> history, @ForAll("purposes") Purpose purpose,
      @ForAll("recipientQuestions") Optional<String> recipient, @ForAll("minutes") int lifetime, @ForAll("minutes") int after) {
    Instant at = latest(history).plusSeconds(60);
    Instant expiry = at.plusSeconds(60L * (lifetime + 1));
    ConsentEvent grant = event("G-1", purpose, ConsentStatus.GRANTED, at, Optional.of(expiry), Set.of());
    ConsentDecision d = new Query(purpose, recipient, expiry.plusSeconds(60L * after)).askedOf(plus(history, grant));
    assertFalse(d.allowed());
    assertEquals(ConsentBasis.EXPIRED, d.basis());
    assertEquals(Optional.of("G-1"), d.eventId());
  }

  @Property
  void eventsLimitedToOtherRecipientsNeverChangeTheAnswer(@ForAll("histories") List<ConsentEvent> history,
      @ForAll("histories") List<ConsentEvent> noise, @ForAll("queries") Query query) {
    List<ConsentEvent> elsewhere = new ArrayList<>();
    for (ConsentEvent e : noise) {
      Set<String> others = RECIPIENTS.stream().filter(r -> !query.recipient().equals(Optional.of(r)))
          .filter(r -> e.recipients().isEmpty() || e.recipients().contains(r)).collect(Collectors.toSet());
      if (others.isEmpty()) {
        continue; // an event limited to nobody else would be a general one
      }
      elsewhere.add(new ConsentEvent("N-" + e.eventId(), CUSTOMER, e.purpose(), e.status(), e.effectiveAt(),
          e.recordedAt(), e.expiresAt(), e.channel(), e.noticeVersion(), e.actor(), others));
    }
    assertEquals(query.askedOf(history), query.askedOf(plus(history, elsewhere.toArray(new ConsentEvent[0]))));
  }

  @Property
  void aLaterOptOutAlwaysDenies(@ForAll("histories") List<ConsentEvent> history, @ForAll("purposes") Purpose purpose,
      @ForAll("recipientQuestions") Optional<String> recipient, @ForAll("minutes") int delay) {
    Instant at = latest(history).plusSeconds(60L * delay);
    ConsentEvent optOut = event("O-1", purpose, ConsentStatus.OPTED_OUT, at, Optional.empty(), Set.of());
    ConsentDecision d = new Query(purpose, recipient, at).askedOf(plus(history, optOut));
    assertFalse(d.allowed());
  }

  @Provide
  Arbitrary<Purpose> purposes() {
    return Arbitraries.of(PURPOSES);
  }

  @Provide
  Arbitrary<Integer> minutes() {
    return Arbitraries.integers().between(0, 20);
  }

  @Provide
  Arbitrary<Optional<String>> recipientQuestions() {
    return Arbitraries.of(RECIPIENTS).optional(0.6);
  }

  @Provide
  Arbitrary<Query> queries() {
    return Combinators.combine(purposes(), recipientQuestions(), Arbitraries.integers().between(0, 25))
        .as((p, r, m) -> new Query(p, r, minute(m)));
  }

  /** Events without their id: every purpose and status, expiries on some grants, recipients on some. */
  private Arbitrary<Function<String, ConsentEvent>> drafts() {
    Arbitrary<Set<String>> recipients = Arbitraries.oneOf(Arbitraries.just(Set.of()),
        Arbitraries.of(RECIPIENTS).set().ofMinSize(1).ofMaxSize(2));
    return Combinators.combine(purposes(), Arbitraries.of(ConsentStatus.class), minutes(),
            Arbitraries.integers().between(1, 10).optional(0.4), recipients)
        .as((purpose, status, at, expiry, to) -> id -> event(id, purpose, status, minute(at),
            status == ConsentStatus.GRANTED ? expiry.map(x -> minute(at + x)) : Optional.empty(), to));
  }

  @Provide
  Arbitrary<List<ConsentEvent>> histories() {
    return drafts().list().ofMaxSize(10).map(drafts -> IntStream.range(0, drafts.size())
        .mapToObj(i -> drafts.get(i).apply("E-" + i)).collect(Collectors.toList()));
  }

  @Provide
  Arbitrary<ConsentStatus> denyingStatuses() {
    return Arbitraries.of(ConsentStatus.class);
  }

  /** Ids on both sides of the grant's id "G-1", so that no tie-break by id can hide a conflict. */
  @Provide
  Arbitrary<String> denyingIds() {
    return Arbitraries.of("A-1", "Z-9");
  }
}
