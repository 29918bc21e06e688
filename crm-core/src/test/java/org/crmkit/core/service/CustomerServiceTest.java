package org.crmkit.core.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.consent.ConsentStatus;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.customer.EmailAddress;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.DeliveryStatus;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.PaymentStatus;
import org.crmkit.core.interaction.Purchase;
import org.crmkit.core.spi.AuditAction;
import org.crmkit.core.spi.AuditEntry;
import org.crmkit.core.spi.CrmStores;
import org.crmkit.core.spi.StaleVersionException;
import org.crmkit.core.store.InMemoryStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomerServiceTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2026-06-30T08:00:00Z");
  private static final String NAME = "段正淳";
  private static final PhoneNumber PHONE = PhoneNumber.parse("18049531999");

  private CrmStores stores;
  private CustomerService service;

  @BeforeEach
  void setUp() {
    stores = InMemoryStores.create();
    service = CustomerService.over(stores, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static Customer newCustomer(String id) {
    return Customer.builder(CustomerId.of(id), CustomerType.INDIVIDUAL, NAME, T0).addContactPoint(PHONE).build();
  }

  private static Purchase purchase(String id, String customer) {
    return new Purchase(InteractionId.of(id), CustomerId.of(customer), T0.plusSeconds(3600), Channel.STORE,
        "o-" + id, Money.of(new BigDecimal("100"), "CNY"), List.of(), PaymentStatus.PAID, DeliveryStatus.DELIVERED);
  }

  private static ConsentEvent optOut(String id, String customer) {
    return new ConsentEvent(id, CustomerId.of(customer), Purpose.DIRECT_MARKETING, ConsentStatus.OPTED_OUT,
        T0, T0, Optional.empty(), Channel.PHONE, "v1", "rep-1", Set.of());
  }

  @Test
  void create_newCustomer_storesVersionOneAndLogsNonEmptyFieldNames() {
    Customer stored = service.create(newCustomer("c1"), "rep-1");

    assertEquals(1, stored.version());
    assertEquals(NOW, stored.updatedAt());
    List<AuditEntry> log = stores.audit().forCustomer(CustomerId.of("c1"));
    assertEquals(1, log.size());
    assertEquals(AuditAction.CREATE, log.get(0).action());
    assertEquals("rep-1", log.get(0).actor());
    assertEquals(NOW, log.get(0).at());
    assertTrue(log.get(0).changedFields().containsAll(Set.of("displayName", "contactPoints", "lifecycle")));
    assertFalse(log.get(0).changedFields().contains("birthDate"), "empty fields are not named");
  }

  @Test
  void create_versionNotZero_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> service.create(newCustomer("c1").withVersion(3), "rep-1"));
    assertEquals("customer version must be 0 to create but was 3", e.getMessage());
  }

  @Test
  void create_idTaken_throwsStaleAndLogsNothingMore() {
    service.create(newCustomer("c1"), "rep-1");
    assertThrows(StaleVersionException.class, () -> service.create(newCustomer("c1"), "rep-2"));
    assertEquals(1, stores.audit().forCustomer(CustomerId.of("c1")).size());
  }

  @Test
  void create_malformedActor_throwsWithoutTouchingStores() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> service.create(newCustomer("c1"), "rep 1"));
    assertEquals("actor must be 1..64 characters of [A-Za-z0-9._:@/-] but was 'rep 1'", e.getMessage());
    assertEquals(0, stores.customers().count());
  }

  @Test
  void update_changedFields_logsOnlyTheirNames() {
    Customer stored = service.create(newCustomer("c1"), "rep-1");

    Customer changed = service.update(stored.toBuilder().addTag("vip")
        .addContactPoint(EmailAddress.parse("dz@example.cn")).build(), "rep-2");

    assertEquals(2, changed.version());
    AuditEntry entry = stores.audit().forCustomer(CustomerId.of("c1")).get(1);
    assertEquals(AuditAction.UPDATE, entry.action());
    assertEquals(Set.of("contactPoints", "tags"), entry.changedFields());
    assertFalse(entry.toString().contains("dz@example.cn"));
    assertFalse(entry.toString().contains(NAME));
  }

  @Test
  void update_noChange_writesAndLogsNothing() {
    Customer stored = service.create(newCustomer("c1"), "rep-1");

    Customer same = service.update(stored, "rep-2");

    assertEquals(stored, same);
    assertEquals(1, stores.audit().forCustomer(CustomerId.of("c1")).size());
  }

  @Test
  void update_staleCopy_throwsAndChangesNothing() {
    Customer v1 = service.create(newCustomer("c1"), "rep-1");
    service.update(v1.toBuilder().addTag("a").build(), "rep-1");

    StaleVersionException e = assertThrows(StaleVersionException.class,
        () -> service.update(v1.toBuilder().addTag("b").build(), "rep-2"));

    assertEquals(1, e.expectedVersion());
    assertEquals(2, e.actualVersion());
    assertEquals(Set.of("a"), stores.customers().findById(CustomerId.of("c1")).orElseThrow().tags());
    assertEquals(2, stores.audit().forCustomer(CustomerId.of("c1")).size());
  }

  @Test
  void update_missingCustomer_throwsNotFound() {
    CustomerNotFoundException e = assertThrows(CustomerNotFoundException.class,
        () -> service.update(newCustomer("nobody").withVersion(1), "rep-1"));
    assertEquals("customer nobody does not exist", e.getMessage());
  }

  @Test
  void updateWithFunction_appliesChangeToFreshRecord() {
    service.create(newCustomer("c1"), "rep-1");

    Customer changed = service.update(CustomerId.of("c1"), c -> c.toBuilder().addTag("x").build(), "rep-1");

    assertEquals(Set.of("x"), changed.tags());
    assertEquals(2, changed.version());
  }

  @Test
  void delete_removesCustomerAndInteractionsKeepsConsent() {
    Customer stored = service.create(newCustomer("c1"), "rep-1");
    stores.interactions().upsert(purchase("p1", "c1"));
    stores.consent().append(optOut("e1", "c1"));

    assertTrue(service.delete(CustomerId.of("c1"), stored.version(), "rep-1"));

    assertTrue(stores.customers().findById(CustomerId.of("c1")).isEmpty());
    assertTrue(stores.interactions().byCustomer(CustomerId.of("c1")).isEmpty());
    assertEquals(1, stores.consent().history(CustomerId.of("c1")).size());
    assertEquals(AuditAction.DELETE, stores.audit().forCustomer(CustomerId.of("c1")).get(1).action());
  }

  @Test
  void delete_staleVersion_throwsAndKeepsEverything() {
    service.create(newCustomer("c1"), "rep-1");
    stores.interactions().upsert(purchase("p1", "c1"));

    assertThrows(StaleVersionException.class, () -> service.delete(CustomerId.of("c1"), 7, "rep-1"));

    assertTrue(stores.customers().findById(CustomerId.of("c1")).isPresent());
    assertEquals(1, stores.interactions().byCustomer(CustomerId.of("c1")).size());
  }

  @Test
  void delete_absent_returnsFalseAndLogsNothing() {
    assertFalse(service.delete(CustomerId.of("c1"), 1, "rep-1"));
    assertTrue(stores.audit().forCustomer(CustomerId.of("c1")).isEmpty());
  }

  @Test
  void merge_duplicates_movesInteractionsCopiesConsentDeletesLoserAndLogsOnce() {
    service.create(newCustomer("a"), "rep-1");
    service.create(Customer.builder(CustomerId.of("b"), CustomerType.INDIVIDUAL, "段 正淳", T0)
        .addContactPoint(PHONE).addContactPoint(EmailAddress.parse("dz@example.cn")).build(), "rep-1");
    stores.interactions().upsert(purchase("p1", "a"));
    stores.interactions().upsert(purchase("p2", "b"));
    stores.consent().append(optOut("e1", "b"));

    MergeResult result = service.merge(CustomerId.of("a"), CustomerId.of("b"), "rep-2");

    assertEquals(1, result.interactionsMoved());
    assertEquals(1, result.consentEventsCopied());
    assertEquals(Set.of("contactPoints"), result.changedFields());
    assertEquals(2, result.merged().contactPoints().size());
    assertTrue(stores.customers().findById(CustomerId.of("b")).isEmpty());
    assertEquals(2, stores.interactions().byCustomer(CustomerId.of("a")).size());
    assertFalse(stores.consent().gate().isAllowed(CustomerId.of("a"), Purpose.DIRECT_MARKETING, NOW),
        "the loser's opt-out must hold for the survivor");
    assertEquals(1, stores.consent().history(CustomerId.of("b")).size(), "the ledger is append-only");
    AuditEntry merge = stores.audit().forCustomer(CustomerId.of("a")).get(1);
    assertEquals(AuditAction.MERGE, merge.action());
    assertEquals(Optional.of(CustomerId.of("b")), merge.relatedCustomerId());
    assertTrue(stores.audit().forCustomer(CustomerId.of("b")).contains(merge));
  }

  @Test
  void merge_sameId_throws() {
    service.create(newCustomer("a"), "rep-1");
    assertThrows(IllegalArgumentException.class, () -> service.merge(CustomerId.of("a"), CustomerId.of("a"), "rep-1"));
  }

  @Test
  void merge_missingLoser_throwsNotFoundAndChangesNothing() {
    Customer a = service.create(newCustomer("a"), "rep-1");
    assertThrows(CustomerNotFoundException.class, () -> service.merge(CustomerId.of("a"), CustomerId.of("zz"), "rep-1"));
    assertEquals(a, stores.customers().findById(CustomerId.of("a")).orElseThrow());
  }

  @Test
  void copiedEventId_isDeterministicAndValid() {
    String id = CustomerService.copiedEventId("e1", CustomerId.of("a"));
    assertEquals(id, CustomerService.copiedEventId("e1", CustomerId.of("a")));
    assertFalse(id.equals(CustomerService.copiedEventId("e1", CustomerId.of("b"))));
    assertTrue(id.matches("[A-Za-z0-9._:-]{1,64}"));
  }
}
