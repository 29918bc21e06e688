package org.crmkit.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.spi.AuditAction;
import org.crmkit.core.spi.AuditEntry;
import org.crmkit.core.spi.CrmStores;
import org.crmkit.core.store.InMemoryStores;
import org.junit.jupiter.api.Test;

class DemoLoaderTest {
  private static final SyntheticCustomerBase BASE = SyntheticCustomerBase.of(1234, 5, LocalDate.of(2026, 6, 30));

  @Test
  void load_base_storesEverythingAndAuditsEachCreate() {
    CrmStores stores = InMemoryStores.create();
    List<Long> batches = new ArrayList<>();
    List<CustomerProfile> seen = new ArrayList<>();

    LoadCounts counts = DemoLoader.load(BASE, stores, seen::add, batches::add);

    assertEquals(List.of(1000L, 1234L), batches);
    assertEquals(BASE.profiles().toList(), seen);
    assertEquals(1234, counts.customers());
    assertEquals(stores.customers().count(), counts.customers());
    assertEquals(stores.interactions().count(), counts.interactions());
    assertEquals(seen.stream().mapToLong(p -> p.consentEvents().size()).sum(), counts.consentEvents());
    List<AuditEntry> audit;
    try (Stream<AuditEntry> scan = stores.audit().scan()) {
      audit = scan.toList();
    }
    assertEquals(1234, audit.size());
    for (int i = 0; i < audit.size(); i++) {
      Customer c = seen.get(i).customer();
      AuditEntry e = audit.get(i);
      assertEquals(AuditAction.CREATE, e.action());
      assertEquals(c.id(), e.customerId());
      assertEquals(c.createdAt(), e.at());
      assertEquals(DemoLoader.ACTOR, e.actor());
      assertTrue(e.changedFields().containsAll(List.of("id", "type", "displayName", "lifecycle")));
      assertFalse(e.changedFields().contains("version"));
    }
    assertEquals(1, stores.customers().findById(SyntheticCustomerBase.customerId(0)).orElseThrow().version());
  }

  @Test
  void load_streamAndParallelBase_storeTheSame() {
    CrmStores a = InMemoryStores.create();
    CrmStores b = InMemoryStores.create();

    DemoLoader.load(BASE.profiles(), a, p -> { }, n -> { });
    DemoLoader.load(BASE, b, p -> { }, n -> { });

    try (Stream<Customer> x = a.customers().scan(); Stream<Customer> y = b.customers().scan()) {
      assertEquals(x.toList(), y.toList());
    }
    try (var x = a.interactions().scan(); var y = b.interactions().scan()) {
      assertEquals(x.toList(), y.toList());
    }
  }

  @Test
  void presentFields_namesOnlyFieldsWithAValue() {
    Customer c = BASE.customer(0);

    assertEquals(c.birthDate().isPresent(), DemoLoader.presentFields(c).contains("birthDate"));
    assertEquals(!c.sensitive().isEmpty(), DemoLoader.presentFields(c).contains("sensitive"));
    assertEquals(!c.tags().isEmpty(), DemoLoader.presentFields(c).contains("tags"));
  }
}
