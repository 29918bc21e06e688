package org.crmkit.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.time.Instant;
import org.crmkit.core.CustomerId;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.spi.CrmStores;
import org.junit.jupiter.api.Test;

class InMemoryStoresTest {

  @Test
  void create_twice_returnsIndependentEmptyInMemoryStores() {
    CrmStores a = InMemoryStores.create();
    CrmStores b = InMemoryStores.create();
    assertInstanceOf(InMemoryCustomerStore.class, a.customers());
    assertInstanceOf(InMemoryInteractionStore.class, a.interactions());
    assertInstanceOf(InMemoryConsentStore.class, a.consent());
    assertInstanceOf(InMemoryAuditLog.class, a.audit());
    assertNotSame(a.customers(), b.customers());
    a.customers().upsert(Customer.builder(CustomerId.of("c-1"), CustomerType.INDIVIDUAL, "李娜",
        Instant.parse("2024-01-01T00:00:00Z")).build());
    assertEquals(1, a.customers().count());
    assertEquals(0, b.customers().count());
  }

  @Test
  void transactions_none_runsTheWorkDirectly() {
    assertEquals(42, InMemoryStores.create().transactions().inTransaction(() -> 42));
  }
}
