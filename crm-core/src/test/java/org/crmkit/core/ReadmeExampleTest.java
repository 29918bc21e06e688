package org.crmkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.consent.ConsentGate;
import org.crmkit.core.consent.ConsentStatus;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.customer.Region;
import org.crmkit.core.dedup.DuplicateDetector;
import org.crmkit.core.dedup.DuplicateReport;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.service.CustomerService;
import org.crmkit.core.spi.CrmStores;
import org.crmkit.core.spi.CustomerQuery;
import org.crmkit.core.store.InMemoryStores;
import org.junit.jupiter.api.Test;

/** The crm-core example shown in the README; keep the two in step. */
class ReadmeExampleTest {

  @Test
  void readmeExample_runsAsShown() {
    // --- README: crm-core ---
    Instant now = Instant.parse("2026-06-30T09:00:00Z");
    CrmStores stores = InMemoryStores.create();              // or JdbcStores / your own adapter
    CustomerService customers = CustomerService.over(stores, Clock.fixed(now, ZoneOffset.UTC));

    Customer duan = customers.create(
        Customer.builder(CustomerId.of("c-1001"), CustomerType.INDIVIDUAL, "段正淳", now)
            .addContactPoint(PhoneNumber.parse("180 4953 1999"))  // stored as +8618049531999
            .region(Region.of("CN", "Yunnan", "Dali"))
            .build(),
        "rep-7");                                             // audit: CREATE by rep-7

    stores.consent().append(new ConsentEvent("ev-1", duan.id(), Purpose.DIRECT_MARKETING,
        ConsentStatus.OPTED_OUT, now, now, Optional.empty(), Channel.PHONE, "notice-v3", "rep-7", Set.of()));
    ConsentGate gate = stores.consent().gate();
    boolean mayMarket = gate.isAllowed(duan.id(), Purpose.DIRECT_MARKETING, now);     // false

    List<Customer> found = stores.customers().query(CustomerQuery.all().withName("段 正淳"));
    DuplicateReport duplicates;
    try (var all = stores.customers().scan()) {
      duplicates = DuplicateDetector.defaults().scan(all::iterator);
    }
    // --- end ---

    assertFalse(mayMarket);
    assertEquals(List.of(duan), found);
    assertEquals(0, duplicates.candidates().size());
    assertEquals(1, stores.audit().forCustomer(duan.id()).size());
  }
}
