package org.crmkit.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.consent.ConsentStatus;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.SiteVisit;
import org.junit.jupiter.api.Test;

class CustomerProfileTest {
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final CustomerId LI = CustomerId.of("C-1");
  private static final CustomerId OTHER = CustomerId.of("C-2");
  private static final Customer CUSTOMER = Customer.builder(LI, CustomerType.INDIVIDUAL, "李雷", T0).build();

  private static SiteVisit visit(CustomerId owner) {
    return new SiteVisit(InteractionId.of("I-1"), owner, T0, Channel.WEB, Optional.empty(), Duration.ZERO);
  }

  private static ConsentEvent optOut(CustomerId owner) {
    return new ConsentEvent("E-1", owner, Purpose.DIRECT_MARKETING, ConsentStatus.OPTED_OUT, T0, T0,
        Optional.empty(), Channel.WEB, "v1", "self", Set.of());
  }

  @Test
  void new_everythingOfTheCustomer_isAccepted() {
    CustomerProfile p = new CustomerProfile(CUSTOMER, List.of(visit(LI)), List.of(optOut(LI)));
    assertEquals(1, p.interactions().size());
    assertEquals(false, p.consent().decide(Purpose.DIRECT_MARKETING, T0).allowed());
    assertEquals("CustomerProfile[customerId=C-1, interactions=1, consentEvents=1]", p.toString());
  }

  @Test
  void new_interactionOfAnotherCustomer_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new CustomerProfile(CUSTOMER, List.of(visit(OTHER)), List.of()));
    assertEquals("interaction I-1 must belong to customer C-1 but belonged to C-2", e.getMessage());
  }

  @Test
  void new_consentEventOfAnotherCustomer_throws() {
    assertThrows(IllegalArgumentException.class, () -> new CustomerProfile(CUSTOMER, List.of(), List.of(optOut(OTHER))));
  }
}
