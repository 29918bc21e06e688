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

class ConsentEventTest {
  private static final CustomerId CUSTOMER = CustomerId.of("C-1");
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  private static ConsentEvent event(ConsentStatus status, Optional<Instant> expiresAt, Set<String> recipients) {
    return new ConsentEvent("E-1", CUSTOMER, Purpose.THIRD_PARTY_DISCLOSURE, status, T0, T0, expiresAt, Channel.WEB,
        "notice-3", "self", recipients);
  }

  @Test
  void new_expiryOnANonGrant_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> event(ConsentStatus.OPTED_OUT, Optional.of(T0.plusSeconds(1)), Set.of()));
    assertEquals("expiresAt must be empty unless status is GRANTED but status was OPTED_OUT", e.getMessage());
  }

  @Test
  void new_expiryNotAfterEffective_throws() {
    assertThrows(IllegalArgumentException.class, () -> event(ConsentStatus.GRANTED, Optional.of(T0), Set.of()));
  }

  @Test
  void new_malformedTokens_throw() {
    assertThrows(IllegalArgumentException.class, () -> event(ConsentStatus.GRANTED, Optional.empty(), Set.of("partner a")));
    assertThrows(IllegalArgumentException.class, () -> new ConsentEvent("E 1", CUSTOMER, Purpose.DIRECT_MARKETING,
        ConsentStatus.GRANTED, T0, T0, Optional.empty(), Channel.WEB, "v1", "self", Set.of()));
    assertThrows(IllegalArgumentException.class, () -> new ConsentEvent("E-1", CUSTOMER, Purpose.DIRECT_MARKETING,
        ConsentStatus.GRANTED, T0, T0, Optional.empty(), Channel.WEB, "", "self", Set.of()));
  }

  @Test
  void recipients_areSorted() {
    assertEquals(List.of("a", "b", "c"),
        List.copyOf(event(ConsentStatus.GRANTED, Optional.empty(), Set.of("c", "a", "b")).recipients()));
  }

  @Test
  void appliesTo_generalEventAppliesToEveryone() {
    ConsentEvent general = event(ConsentStatus.GRANTED, Optional.empty(), Set.of());
    assertTrue(general.appliesTo(Optional.empty()));
    assertTrue(general.appliesTo(Optional.of("partner-a")));
  }

  @Test
  void appliesTo_limitedEventAppliesOnlyToItsRecipients() {
    ConsentEvent limited = event(ConsentStatus.GRANTED, Optional.empty(), Set.of("partner-a"));
    assertTrue(limited.appliesTo(Optional.of("partner-a")));
    assertFalse(limited.appliesTo(Optional.of("partner-b")));
    assertFalse(limited.appliesTo(Optional.empty()));
  }

  @Test
  void copyFor_keepsEverythingButIdAndCustomer() {
    ConsentEvent e = event(ConsentStatus.GRANTED, Optional.of(T0.plusSeconds(60)), Set.of("partner-a"));
    ConsentEvent copy = e.copyFor("E-9", CustomerId.of("C-2"));
    assertEquals("E-9", copy.eventId());
    assertEquals(CustomerId.of("C-2"), copy.customerId());
    assertEquals(e, copy.copyFor("E-1", CUSTOMER));
  }
}
