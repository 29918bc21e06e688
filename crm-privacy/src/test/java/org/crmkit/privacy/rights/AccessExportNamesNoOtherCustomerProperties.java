package org.crmkit.privacy.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.consent.ConsentStatus;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.spi.CrmStores;
import org.crmkit.core.store.InMemoryStores;
import org.crmkit.privacy.Fixtures;
import org.crmkit.privacy.access.AccessDeniedException;
import org.crmkit.privacy.access.AccessLog;
import org.crmkit.privacy.access.AccessPolicy;
import org.crmkit.privacy.access.PrivacyGateway;
import org.crmkit.privacy.access.Viewer;
import org.crmkit.privacy.json.PrivacyJson;
import org.crmkit.privacy.spi.AccessLogEntry;
import org.crmkit.privacy.spi.CustomerRequest;
import org.crmkit.privacy.spi.RequestKind;
import org.crmkit.privacy.spi.RequestStore;
import org.crmkit.privacy.view.FieldTransform;
import org.crmkit.privacy.view.RecipientPolicy;
import org.crmkit.privacy.view.ViewSpec;

/**
 * An access export lists exactly the access-log entries whose read returned the customer, and
 * never contains another customer's id, although those entries name the other customers of each
 * read among their subjects.
 */
class AccessExportNamesNoOtherCustomerProperties {
  private static final int CUSTOMERS = 6;
  private static final String RECIPIENT = "acme";
  private static final List<ViewSpec> VIEWS = List.of(ViewSpec.standard(), ViewSpec.personal(), ViewSpec.anonymous(),
      ViewSpec.optOut(Purpose.DIRECT_MARKETING), ViewSpec.selective(RECIPIENT));
  private static final List<Viewer> VIEWERS = List.of(
      Viewer.of("crm-web", "u1", "service", AccessPolicy.USER),
      Viewer.of("bi", "a1", "analysis", AccessPolicy.ANALYST),
      Viewer.of("feed", "d1", "disclosure", AccessPolicy.DISCLOSURE),
      Viewer.of("desk", "dpo1", "audit", AccessPolicy.PRIVACY_OFFICER));

  /** Fixed-width ids, so that no id is part of another. */
  private static CustomerId id(int i) {
    return CustomerId.of(String.format("subj-%06d", i));
  }

  record Read(int viewer, int view, List<Integer> customers) {}

  @Provide
  Arbitrary<List<Read>> reads() {
    return Combinators.combine(Arbitraries.integers().between(0, VIEWERS.size() - 1),
            Arbitraries.integers().between(0, VIEWS.size() - 1),
            Arbitraries.integers().between(0, CUSTOMERS - 1).list().ofMaxSize(CUSTOMERS))
        .as(Read::new).list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<Integer>> consents() {
    // Per customer: 0 no events, 1 opted out of direct marketing, 2 granted disclosure to the recipient.
    return Arbitraries.integers().between(0, 2).list().ofSize(CUSTOMERS);
  }

  @Property(tries = 100)
  void theExportListsTheCustomersReadsAndNamesNoOtherCustomer(@ForAll("reads") List<Read> reads,
      @ForAll("consents") List<Integer> consents, @ForAll @IntRange(max = CUSTOMERS - 1) int target) {
    CrmStores stores = InMemoryStores.create();
    List<CustomerProfile> profiles = new ArrayList<>();
    for (int i = 0; i < CUSTOMERS; i++) {
      Customer c = Customer.builder(id(i), CustomerType.INDIVIDUAL, "Customer " + i, Fixtures.T0).build();
      List<ConsentEvent> events = new ArrayList<>();
      if (consents.get(i) == 1) {
        events.add(Fixtures.event("e-" + i, c.id(), Purpose.DIRECT_MARKETING, ConsentStatus.OPTED_OUT, Fixtures.T0));
      } else if (consents.get(i) == 2) {
        events.add(Fixtures.event("e-" + i, c.id(), Purpose.THIRD_PARTY_DISCLOSURE, ConsentStatus.GRANTED,
            Fixtures.T0, RECIPIENT));
      }
      stores.customers().upsert(c);
      stores.consent().appendAll(events);
      profiles.add(new CustomerProfile(c, List.of(), events));
    }
    AccessLog log = AccessLog.inMemory();
    PrivacyGateway gateway = PrivacyGateway.builder(Fixtures.KEYS, Fixtures.CLOCK).accessLog(log)
        .recipient(RecipientPolicy.of(RECIPIENT).with("customer.id", FieldTransform.pseudonymise())
            .with("customer.type", FieldTransform.keep()))
        .build();
    for (Read r : reads) {
      List<CustomerProfile> batch = r.customers().stream().map(profiles::get).toList();
      try {
        gateway.read(VIEWERS.get(r.viewer()), VIEWS.get(r.view()), batch);
      } catch (AccessDeniedException e) {
        // Logged as denied, with no subjects.
      }
    }
    CustomerRights rights = CustomerRights.over(stores, RequestStore.inMemory(), log, RetentionPolicy.standard(),
        Fixtures.CLOCK);
    CustomerRequest request = rights.submit(id(target), RequestKind.ACCESS);

    AccessExport export = rights.fulfilAccess(request.id(), "dpo1", c -> Map.of("tier", "gold"));

    List<Long> expected = log.entries().stream().filter(e -> e.subjects().contains(id(target)))
        .map(AccessLogEntry::index).toList();
    assertEquals(expected, export.accessLog().stream().map(AccessLogLine::index).toList());
    String json = PrivacyJson.accessExport(export);
    for (int i = 0; i < CUSTOMERS; i++) {
      if (i != target) {
        assertFalse(json.contains(id(i).value()), "the export of " + id(target) + " names " + id(i));
      }
    }
    assertFalse(export.toString().contains("Customer " + target));
  }
}
