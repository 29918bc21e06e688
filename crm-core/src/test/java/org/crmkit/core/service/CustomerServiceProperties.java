package org.crmkit.core.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.spi.AuditEntry;
import org.crmkit.core.spi.CrmStores;
import org.crmkit.core.store.InMemoryStores;
import org.crmkit.core.testkit.CrmArbitraries;

class CustomerServiceProperties {
  private static final Instant NOW = CrmArbitraries.WINDOW_END.plusSeconds(1);

  private static CustomerService serviceOver(CrmStores stores) {
    return CustomerService.over(stores, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Property(tries = 100)
  void auditNamesExactlyTheChangedFields(@ForAll("sameIdPairs") List<Customer> pair) {
    CrmStores stores = InMemoryStores.create();
    CustomerService service = serviceOver(stores);
    Customer before = service.create(pair.get(0), "p");
    Customer after = pair.get(1).toBuilder().version(before.version()).build();

    service.update(after, "p");

    Set<String> expected = ChangedFields.between(before, after);
    List<AuditEntry> log = stores.audit().forCustomer(before.id());
    if (expected.isEmpty()) {
      assertEquals(1, log.size(), "an update that changes nothing logs nothing");
    } else {
      assertEquals(expected, log.get(1).changedFields());
      assertTrue(expected.stream().allMatch(f -> f.matches("[a-zA-Z]+")), "only field names are logged");
    }
  }

  @Property(tries = 50, edgeCases = EdgeCasesMode.NONE)
  void mergeLosesNoInteractionOrConsentEvent(@ForAll("mergeCases") MergeCase c) {
    CrmStores stores = InMemoryStores.create();
    CustomerService service = serviceOver(stores);
    service.create(c.survivor(), "p");
    service.create(c.loser(), "p");
    stores.interactions().upsertAll(c.interactions());
    stores.consent().appendAll(c.events());
    Set<InteractionId> allInteractions = c.interactions().stream().map(Interaction::id).collect(Collectors.toSet());

    MergeResult result = service.merge(c.survivor().id(), c.loser().id(), "p");

    Set<InteractionId> survivorHas = stores.interactions().byCustomer(c.survivor().id()).stream()
        .map(Interaction::id).collect(Collectors.toSet());
    assertEquals(allInteractions, survivorHas);
    Set<List<Object>> loserEvents = contentOf(c.events().stream().filter(e -> e.customerId().equals(c.loser().id())).toList());
    Set<List<Object>> survivorEvents = contentOf(stores.consent().history(c.survivor().id()));
    assertTrue(survivorEvents.containsAll(loserEvents), "every consent event of the loser is in the survivor's ledger");
    assertTrue(result.merged().contactPoints().containsAll(c.survivor().contactPoints()));
    assertTrue(new HashSet<>(result.merged().tags()).containsAll(c.loser().tags()));
    assertEquals(c.events().size() + result.consentEventsCopied(), stores.consent().scan().count(),
        "the originals stay and each copy is added once");
  }

  private static Set<List<Object>> contentOf(List<ConsentEvent> events) {
    return events.stream().map(e -> List.<Object>of(e.purpose(), e.status(), e.effectiveAt(), e.recordedAt(),
        e.expiresAt(), e.recipients())).collect(Collectors.toSet());
  }

  @Provide
  Arbitrary<List<Customer>> sameIdPairs() {
    return Combinators.combine(CrmArbitraries.customers(), CrmArbitraries.customers())
        .as((a, b) -> List.of(a, b.toBuilder().id(a.id()).createdAt(a.createdAt())
            .updatedAt(a.createdAt().isAfter(b.updatedAt()) ? a.createdAt() : b.updatedAt()).build()))
        .ignoreException(IllegalArgumentException.class);
  }

  /** Two customers of one type with their interactions and consent events. */
  record MergeCase(Customer survivor, Customer loser, List<Interaction> interactions, List<ConsentEvent> events) {}

  @Provide
  Arbitrary<MergeCase> mergeCases() {
    // Interactions and events are generated for any customer, then given to the survivor or the
    // loser by position; this avoids nested flatMaps, whose edge cases jqwik expands exponentially.
    return Arbitraries.of(CustomerType.values()).flatMap(type -> Combinators.combine(
            CrmArbitraries.customers(type), CrmArbitraries.customers(type),
            CrmArbitraries.interactions().list().ofMaxSize(6).uniqueElements(Interaction::id),
            CrmArbitraries.consentEvents().list().ofMaxSize(6).uniqueElements(ConsentEvent::eventId))
        .as((s, l, is, es) -> {
          List<Interaction> owned = new java.util.ArrayList<>();
          for (int i = 0; i < is.size(); i++) {
            owned.add(is.get(i).withCustomerId(i % 2 == 0 ? s.id() : l.id()));
          }
          List<ConsentEvent> ownedEvents = new java.util.ArrayList<>();
          for (int i = 0; i < es.size(); i++) {
            ownedEvents.add(es.get(i).copyFor(es.get(i).eventId(), i % 2 == 0 ? l.id() : s.id()));
          }
          return new MergeCase(s, l, owned, ownedEvents);
        }))
        .filter(c -> !c.survivor().id().equals(c.loser().id()));
  }
}
