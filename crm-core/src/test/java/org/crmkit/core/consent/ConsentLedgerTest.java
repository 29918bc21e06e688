package org.crmkit.core.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmkit.core.CustomerId;
import org.crmkit.core.interaction.Channel;
import org.junit.jupiter.api.Test;

/** One example per rule of {@link ConsentLedger}'s class javadoc, in its order. */
class ConsentLedgerTest {
  private static final CustomerId CUSTOMER = CustomerId.of("C-1");
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant T1 = T0.plusSeconds(3600);
  private static final Instant T2 = T1.plusSeconds(3600);
  private static final Optional<String> PARTNER_A = Optional.of("partner-a");
  private static final Optional<String> PARTNER_B = Optional.of("partner-b");

  private static ConsentEvent event(String id, Purpose purpose, ConsentStatus status, Instant effectiveAt,
      Instant recordedAt, Optional<Instant> expiresAt, Set<String> recipients) {
    return new ConsentEvent(id, CUSTOMER, purpose, status, effectiveAt, recordedAt, expiresAt, Channel.WEB, "v1",
        "self", recipients);
  }

  private static ConsentEvent event(String id, Purpose purpose, ConsentStatus status, Instant effectiveAt) {
    return event(id, purpose, status, effectiveAt, effectiveAt, Optional.empty(), Set.of());
  }

  private static ConsentLedger ledger(ConsentEvent... events) {
    return ConsentLedger.of(CUSTOMER, List.of(events));
  }

  // Rule 1: only events for the purpose, applying to the recipient, in effect at asOf count.

  @Test
  void decide_eventsForAnotherPurpose_doNotCount() {
    ConsentDecision d = ledger(event("E-1", Purpose.DIRECT_MARKETING, ConsentStatus.GRANTED, T0))
        .decide(Purpose.THIRD_PARTY_DISCLOSURE, T1);
    assertEquals(ConsentBasis.NO_RECORD, d.basis());
    assertFalse(d.allowed());
  }

  @Test
  void decide_eventInTheFuture_doesNotCountYet() {
    ConsentLedger l = ledger(event("E-1", Purpose.DIRECT_MARKETING, ConsentStatus.OPTED_OUT, T1));
    assertTrue(l.decide(Purpose.DIRECT_MARKETING, T0).allowed());
    assertFalse(l.decide(Purpose.DIRECT_MARKETING, T1).allowed(), "an event counts from its effective instant");
  }

  @Test
  void decide_eventLimitedToARecipient_answersOnlyForThatRecipient() {
    ConsentLedger l = ledger(event("E-1", Purpose.THIRD_PARTY_DISCLOSURE, ConsentStatus.GRANTED, T0, T0,
        Optional.empty(), Set.of("partner-a")));
    assertTrue(l.decide(Purpose.THIRD_PARTY_DISCLOSURE, PARTNER_A, T1).allowed());
    assertFalse(l.decide(Purpose.THIRD_PARTY_DISCLOSURE, PARTNER_B, T1).allowed());
    ConsentDecision general = l.decide(Purpose.THIRD_PARTY_DISCLOSURE, T1);
    assertFalse(general.allowed(), "a recipient-limited event never answers the general question");
    assertEquals(ConsentBasis.NO_RECORD, general.basis());
  }

  @Test
  void decide_generalEvent_answersForEveryRecipient() {
    ConsentLedger l = ledger(event("E-1", Purpose.THIRD_PARTY_DISCLOSURE, ConsentStatus.GRANTED, T0));
    assertTrue(l.decide(Purpose.THIRD_PARTY_DISCLOSURE, PARTNER_B, T1).allowed());
  }

  // Rule 2: the latest effective event decides; simultaneous disagreement resolves to "no".

  @Test
  void decide_laterEvent_overridesEarlier() {
    ConsentEvent grant = event("E-1", Purpose.DIRECT_MARKETING, ConsentStatus.GRANTED, T0);
    ConsentEvent optOut = event("E-2", Purpose.DIRECT_MARKETING, ConsentStatus.OPTED_OUT, T1);
    ConsentEvent regrant = event("E-3", Purpose.DIRECT_MARKETING, ConsentStatus.GRANTED, T2);
    assertFalse(ledger(grant, optOut).decide(Purpose.DIRECT_MARKETING, T2).allowed());
    ConsentDecision d = ledger(optOut, regrant, grant).decide(Purpose.DIRECT_MARKETING, T2);
    assertTrue(d.allowed());
    assertEquals(Optional.of("E-3"), d.eventId());
  }

  @Test
  void decide_laterRecipientGrant_overridesEarlierGeneralDenialForThatRecipientOnly() {
    ConsentLedger l = ledger(event("E-1", Purpose.THIRD_PARTY_DISCLOSURE, ConsentStatus.WITHDRAWN, T0),
        event("E-2", Purpose.THIRD_PARTY_DISCLOSURE, ConsentStatus.GRANTED, T1, T1, Optional.empty(), Set.of("partner-a")));
    assertTrue(l.decide(Purpose.THIRD_PARTY_DISCLOSURE, PARTNER_A, T2).allowed());
    assertFalse(l.decide(Purpose.THIRD_PARTY_DISCLOSURE, PARTNER_B, T2).allowed());
  }

  @Test
  void decide_simultaneousGrantAndOptOut_deniesWhateverTheRecordingTimeOrOrder() {
    ConsentEvent grant = event("A-1", Purpose.DIRECT_MARKETING, ConsentStatus.GRANTED, T1, T2, Optional.empty(), Set.of());
    ConsentEvent optOut = event("Z-9", Purpose.DIRECT_MARKETING, ConsentStatus.OPTED_OUT, T1, T1, Optional.empty(), Set.of());
    for (ConsentLedger l : List.of(ledger(grant, optOut), ledger(optOut, grant))) {
      ConsentDecision d = l.decide(Purpose.DIRECT_MARKETING, T2);
      assertFalse(d.allowed());
      assertEquals(ConsentBasis.OPTED_OUT, d.basis());
      assertEquals(Optional.of("Z-9"), d.eventId());
    }
  }

  @Test
  void decide_simultaneousDenials_chooseTheSameDecidingEventInAnyOrder() {
    ConsentEvent withdrawn = event("E-1", Purpose.DIRECT_MARKETING, ConsentStatus.WITHDRAWN, T1);
    ConsentEvent optOut = event("E-2", Purpose.DIRECT_MARKETING, ConsentStatus.OPTED_OUT, T1);
    assertEquals(ledger(withdrawn, optOut).decide(Purpose.DIRECT_MARKETING, T2),
        ledger(optOut, withdrawn).decide(Purpose.DIRECT_MARKETING, T2));
  }

  @Test
  void decide_simultaneousLapsedGrantAndGrantInForce_denies() {
    ConsentEvent inForce = event("A-1", Purpose.SENSITIVE_DATA_USE, ConsentStatus.GRANTED, T0);
    ConsentEvent lapsed = event("Z-9", Purpose.SENSITIVE_DATA_USE, ConsentStatus.GRANTED, T0, T0, Optional.of(T1), Set.of());
    ConsentDecision d = ledger(inForce, lapsed).decide(Purpose.SENSITIVE_DATA_USE, T2);
    assertFalse(d.allowed());
    assertEquals(ConsentBasis.EXPIRED, d.basis());
  }

  // Rule 3: a deciding grant whose expiry is at or before asOf counts as expired.

  @Test
  void decide_grantWithExpiry_holdsUntilTheExpiryInstant() {
    ConsentLedger l = ledger(event("E-1", Purpose.THIRD_PARTY_DISCLOSURE, ConsentStatus.GRANTED, T0, T0,
        Optional.of(T1), Set.of()));
    assertTrue(l.decide(Purpose.THIRD_PARTY_DISCLOSURE, T1.minusMillis(1)).allowed());
    ConsentDecision atExpiry = l.decide(Purpose.THIRD_PARTY_DISCLOSURE, T1);
    assertFalse(atExpiry.allowed());
    assertEquals(ConsentBasis.EXPIRED, atExpiry.basis());
    assertEquals(Optional.of("E-1"), atExpiry.eventId());
  }

  @Test
  void decide_expiredStatusEvent_denies() {
    ConsentDecision d = ledger(event("E-1", Purpose.AUTOMATED_DECISION, ConsentStatus.EXPIRED, T0))
        .decide(Purpose.AUTOMATED_DECISION, T1);
    assertFalse(d.allowed());
    assertEquals(ConsentBasis.EXPIRED, d.basis());
  }

  // Rule 4: with no counting event the purpose's default holds.

  @Test
  void decide_noRecord_optInPurposesAreDeniedAndOptOutPurposesAllowed() {
    ConsentLedger empty = ledger();
    for (Purpose p : List.of(Purpose.THIRD_PARTY_DISCLOSURE, Purpose.SENSITIVE_DATA_USE, Purpose.optIn("club"))) {
      ConsentDecision d = empty.decide(p, T0);
      assertFalse(d.allowed(), p.code());
      assertEquals(ConsentBasis.NO_RECORD, d.basis());
      assertEquals(Optional.empty(), d.eventId());
    }
    for (Purpose p : List.of(Purpose.DIRECT_MARKETING, Purpose.AUTOMATED_DECISION, Purpose.optOut("newsletter"))) {
      assertTrue(empty.decide(p, T0).allowed(), p.code());
    }
  }

  @Test
  void decide_grantAndOptOut_giveTheirBases() {
    assertEquals(ConsentBasis.GRANTED, ledger(event("E-1", Purpose.SENSITIVE_DATA_USE, ConsentStatus.GRANTED, T0))
        .decide(Purpose.SENSITIVE_DATA_USE, T0).basis());
    assertEquals(ConsentBasis.WITHDRAWN, ledger(event("E-1", Purpose.SENSITIVE_DATA_USE, ConsentStatus.WITHDRAWN, T0))
        .decide(Purpose.SENSITIVE_DATA_USE, T0).basis());
  }

  @Test
  void decide_recordsTheQuestion() {
    ConsentDecision d = ledger().decide(Purpose.THIRD_PARTY_DISCLOSURE, PARTNER_A, T1);
    assertEquals(CUSTOMER, d.customerId());
    assertEquals(PARTNER_A, d.recipient());
    assertEquals(T1, d.asOf());
  }

  @Test
  void new_eventOfAnotherCustomer_throws() {
    ConsentEvent other = new ConsentEvent("E-1", CustomerId.of("C-2"), Purpose.DIRECT_MARKETING,
        ConsentStatus.GRANTED, T0, T0, Optional.empty(), Channel.WEB, "v1", "self", Set.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ledger(other));
    assertEquals("event E-1 must belong to customer C-1 but belonged to C-2", e.getMessage());
  }

  @Test
  void gate_over_appliesTheLedger() {
    ConsentGate gate = ConsentGate.over(id -> List.of(event("E-1", Purpose.DIRECT_MARKETING, ConsentStatus.OPTED_OUT, T0)));
    assertFalse(gate.isAllowed(CUSTOMER, Purpose.DIRECT_MARKETING, T1));
    assertTrue(gate.isAllowed(CUSTOMER, Purpose.AUTOMATED_DECISION, T1));
  }

  @Test
  void toString_countsEvents() {
    assertEquals("ConsentLedger[customerId=C-1, events=0]", ledger().toString());
  }
}
