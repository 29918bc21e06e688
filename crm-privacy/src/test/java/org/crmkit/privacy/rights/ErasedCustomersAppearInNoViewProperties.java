package org.crmkit.privacy.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.testkit.CrmArbitraries;
import org.crmkit.privacy.Fixtures;
import org.crmkit.privacy.access.PrivacyGateway;
import org.crmkit.privacy.anonymize.Anonymization;
import org.crmkit.privacy.anonymize.Anonymizer;
import org.crmkit.privacy.anonymize.Hierarchies;
import org.crmkit.privacy.anonymize.Table;
import org.crmkit.privacy.spi.RequestKind;
import org.crmkit.privacy.view.ProfileView;
import org.crmkit.privacy.view.ViewSpec;

/**
 * After an erasure, the customer is in no view (personal, standard, anonymous, opt-out) of what
 * the stores hold, and in no re-computed anonymous batch filtered with {@code isErased}.
 */
class ErasedCustomersAppearInNoViewProperties {
  private final PrivacyGateway gateway = PrivacyGateway.builder(Fixtures.KEYS, Fixtures.CLOCK).build();

  @Provide
  Arbitrary<List<CustomerProfile>> batches() {
    return CrmArbitraries.customerProfiles().list().ofMinSize(1).ofMaxSize(3)
        .uniqueElements(p -> p.customer().id());
  }

  @Property(tries = 40)
  void erasedCustomerIsInNoViewAndNoBatch(@ForAll("batches") List<CustomerProfile> batch) {
    Set<Object> interactionIds = new java.util.HashSet<>();
    batch.forEach(p -> p.interactions().forEach(i -> interactionIds.add(i.id())));
    Assume.that(interactionIds.size() == batch.stream().mapToInt(p -> p.interactions().size()).sum());
    Set<String> eventIds = new java.util.HashSet<>();
    batch.forEach(p -> p.consentEvents().forEach(e -> eventIds.add(e.eventId())));
    Assume.that(eventIds.size() == batch.stream().mapToInt(p -> p.consentEvents().size()).sum());
    Assume.that(batch.stream().noneMatch(p -> p.customer().id().equals(RetentionPolicy.PLACEHOLDER)));
    RightsFixtures f = new RightsFixtures().load(batch.toArray(new CustomerProfile[0]));
    CustomerId erased = batch.get(0).customer().id();

    f.rights.fulfilErasure(f.rights.submit(erased, RequestKind.ERASURE).id(), "dpo1");

    List<CustomerProfile> held = f.stores.customers().scan().map(Customer::id)
        .map(id -> f.rights.profile(id).orElseThrow()).collect(Collectors.toList());
    for (ViewSpec view : List.of(ViewSpec.personal(), ViewSpec.standard(), ViewSpec.anonymous(),
        ViewSpec.optOut(Purpose.DIRECT_MARKETING))) {
      for (ProfileView v : gateway.read(Fixtures.OFFICER, view, held)) {
        assertFalse(v.subject().equals(erased.value()), view.name());
      }
    }
    List<List<String>> rows = new ArrayList<>();
    for (CustomerProfile p : batch) {
      rows.add(List.of(p.customer().id().value(), p.customer().type().name()));
    }
    Table table = Table.of(List.of("id", "type"), rows);
    Anonymization a = Anonymizer.builder().k(1)
        .quasiIdentifier("type", Hierarchies.parseArx("INDIVIDUAL;*\nENTERPRISE;*\nINSTITUTION;*\n"))
        .build().anonymize(table, i -> !f.rights.isErased(CustomerId.of(table.rows().get(i).get(0))));
    assertEquals(batch.size() - 1, a.rows());
    assertFalse(a.released().rows().stream().anyMatch(r -> r.get(0).equals(erased.value())));
  }
}
