package org.crmkit.core.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentStatus;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.FollowUpPurpose;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.testkit.CrmArbitraries;

class MarketingConsentProperties {
  private static final FollowUpPlanner PLANNER = FollowUpPlanner.of(FollowUpRules.defaults());

  @Provide
  Arbitrary<List<CustomerProfile>> profiles() {
    // cheaper than CrmArbitraries.customerProfiles(): plain customers, few interactions, and
    // direct-marketing events besides the generated ones so that opt-outs are common
    Arbitrary<CustomerProfile> one = CrmArbitraries.customerIds().flatMap(id -> net.jqwik.api.Combinators.combine(
        CrmArbitraries.instants(), CrmArbitraries.interactions(id).list().ofMaxSize(4),
        CrmArbitraries.consentEvents(id).list().ofMaxSize(3), marketingEvents(id).list().ofMaxSize(3))
        .as((created, is, es, ms) -> {
          List<org.crmkit.core.consent.ConsentEvent> all = new ArrayList<>(es);
          all.addAll(ms);
          Customer c = Customer.builder(id, CustomerType.INDIVIDUAL, "n", created).build();
          return new CustomerProfile(c, is, all);
        }));
    return one.list().ofMaxSize(5).uniqueElements(p -> p.customer().id());
  }

  private static Arbitrary<org.crmkit.core.consent.ConsentEvent> marketingEvents(CustomerId id) {
    return net.jqwik.api.Combinators.combine(Arbitraries.strings().alpha().numeric().ofLength(12),
        Arbitraries.of(ConsentStatus.class), CrmArbitraries.instants())
        .as((eid, status, at) -> new org.crmkit.core.consent.ConsentEvent("m-" + eid, id, Purpose.DIRECT_MARKETING,
            status, at, at, Optional.empty(), Channel.WEB, "v1", "system", java.util.Set.of()));
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return CrmArbitraries.instants().map(i -> i.atZone(ZoneOffset.UTC).toLocalDate());
  }

  private static PlanningInput withRequests(List<CustomerProfile> profiles, LocalDate asOf) {
    List<FollowUpRequest> requests = new ArrayList<>();
    for (CustomerProfile p : profiles) {
      for (FollowUpPurpose purpose : FollowUpPurpose.values()) {
        requests.add(new FollowUpRequest(p.customer().id(), purpose, "req-" + purpose, asOf.minusDays(1), asOf,
            Optional.empty()));
      }
    }
    return PlanningInput.of(profiles).withRequests(requests);
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void marketingIsNeverPlannedForOptedOutCustomers(@ForAll("profiles") List<CustomerProfile> profiles,
      @ForAll("dates") LocalDate asOf) {
    Map<CustomerId, CustomerProfile> byId = new HashMap<>();
    profiles.forEach(p -> byId.put(p.customer().id(), p));
    FollowUpPlan plan = PLANNER.plan(withRequests(profiles, asOf), asOf);
    Instant start = asOf.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
    for (PlannedFollowUp p : plan.due()) {
      if (p.purpose() == FollowUpPurpose.MARKETING) {
        CustomerProfile profile = byId.get(p.customerId());
        assertTrue(profile.consent().decide(Purpose.DIRECT_MARKETING, start).allowed()
            && profile.consent().decide(Purpose.DIRECT_MARKETING, end).allowed(),
            "marketing planned for a customer who opted out: " + p.customerId());
      }
    }
    for (SuppressedFollowUp s : plan.suppressed()) {
      assertEquals(FollowUpPurpose.MARKETING, s.followUp().purpose());
      assertFalse(s.decision().allowed());
    }
  }

  @Property(tries = 50, edgeCases = EdgeCasesMode.NONE)
  void serviceFollowUpsAreNeverSuppressed(@ForAll("profiles") List<CustomerProfile> profiles,
      @ForAll("dates") LocalDate asOf) {
    FollowUpPlan plan = PLANNER.plan(withRequests(profiles, asOf), asOf);
    long serviceRequests = plan.due().stream().filter(p -> p.reason().equals("req-SERVICE")).count();
    long stillOpen = profiles.stream().filter(p -> p.interactions().stream()
        .noneMatch(i -> i instanceof org.crmkit.core.interaction.FollowUp
            && ((org.crmkit.core.interaction.FollowUp) i).purpose() == FollowUpPurpose.SERVICE
            && !i.occurredAt().isBefore(asOf.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
            && i.occurredAt().isBefore(asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
            && Contacts.isContact(i))).count();
    assertEquals(stillOpen, serviceRequests);
  }

  @Property(tries = 50, edgeCases = EdgeCasesMode.NONE)
  void planIsInPriorityOrder(@ForAll("profiles") List<CustomerProfile> profiles, @ForAll("dates") LocalDate asOf,
      @ForAll("lookAhead") int lookAhead) {
    List<PlannedFollowUp> due = FollowUpPlanner.of(FollowUpRules.defaults().withLookAheadDays(lookAhead))
        .plan(withRequests(profiles, asOf), asOf).due();
    for (int k = 1; k < due.size(); k++) {
      assertTrue(FollowUpPlanner.PRIORITY.compare(due.get(k - 1), due.get(k)) <= 0);
    }
  }

  @Provide
  Arbitrary<Integer> lookAhead() {
    return Arbitraries.integers().between(0, 30);
  }
}
