package org.crmkit.privacy.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentStatus;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.interaction.InteractionKind;
import org.crmkit.core.spi.AuditAction;
import org.crmkit.core.spi.AuditEntry;
import org.crmkit.core.spi.StaleVersionException;
import org.crmkit.privacy.Fixtures;
import org.crmkit.privacy.spi.AccessOutcome;
import org.crmkit.privacy.spi.CustomerRequest;
import org.crmkit.privacy.spi.RequestKind;
import org.crmkit.privacy.spi.RequestStatus;
import org.junit.jupiter.api.Test;

class CustomerRightsTest {
  private final RightsFixtures f = new RightsFixtures().load(Fixtures.duanProfile(), Fixtures.liLei());
  private final CustomerId duan = Fixtures.duanProfile().customer().id();

  private Customer stored() {
    return f.stores.customers().findById(duan).orElseThrow();
  }

  @Test
  void requestCorrection_pending_storeUnchanged() {
    Customer before = stored();

    CustomerRequest r = f.rights.requestCorrection(duan, c -> c.toBuilder().displayName("段正淳二").build());

    assertEquals(RequestStatus.PENDING, r.status());
    assertEquals(Set.of("displayName"), r.fields());
    assertEquals(before, stored());
    assertEquals(Fixtures.NOW.plus(Duration.ofDays(15)), r.dueAt());
    assertFalse(r.toString().contains("段正淳二"));
  }

  @Test
  void approve_pendingCorrection_appliesWithOneAuditEntry() {
    CustomerRequest r = f.rights.requestCorrection(duan, c -> c.toBuilder().displayName("段正淳二").build());
    int auditBefore = f.stores.audit().forCustomer(duan).size();

    CustomerRequest done = f.rights.approve(r.id(), "dpo1");

    assertEquals(RequestStatus.APPROVED, done.status());
    assertEquals("段正淳二", stored().displayName());
    List<AuditEntry> audit = f.stores.audit().forCustomer(duan);
    assertEquals(auditBefore + 1, audit.size());
    AuditEntry last = audit.get(audit.size() - 1);
    assertEquals(AuditAction.UPDATE, last.action());
    assertEquals("dpo1", last.actor());
    assertEquals(Set.of("displayName"), last.changedFields());
  }

  @Test
  void approve_customerChangedMeanwhile_throwsAndStaysPending() {
    CustomerRequest r = f.rights.requestCorrection(duan, c -> c.toBuilder().displayName("段正淳二").build());
    f.stores.customers().upsert(stored().toBuilder().addTag("vip").build());

    assertThrows(StaleVersionException.class, () -> f.rights.approve(r.id(), "dpo1"));
    assertEquals(RequestStatus.PENDING, f.rights.requests().find(r.id()).orElseThrow().status());
  }

  @Test
  void reject_pendingCorrection_leavesCustomerUnchangedAndClosesOnce() {
    Customer before = stored();
    CustomerRequest r = f.rights.requestCorrection(duan, c -> c.toBuilder().displayName("段正淳二").build());

    assertEquals(RequestStatus.REJECTED, f.rights.reject(r.id(), "dpo1").status());
    assertEquals(before, stored());
    assertThrows(IllegalStateException.class, () -> f.rights.approve(r.id(), "dpo1"));
  }

  @Test
  void fulfilErasure_keepsAccountingRecordsOnThePlaceholder() {
    long purchases = Fixtures.duanProfile().interactions().stream()
        .filter(i -> i.kind() == InteractionKind.PURCHASE || i.kind() == InteractionKind.REFUND
            || i.kind() == InteractionKind.RENEWAL).count();
    CustomerRequest r = f.rights.submit(duan, RequestKind.ERASURE);

    ErasureResult result = f.rights.fulfilErasure(r.id(), "dpo1");

    assertTrue(f.stores.customers().findById(duan).isEmpty());
    assertTrue(f.stores.interactions().byCustomer(duan).isEmpty());
    assertEquals(purchases, result.keptRecords());
    assertEquals(purchases, f.stores.interactions().byCustomer(RetentionPolicy.PLACEHOLDER).size());
    assertTrue(f.stores.customers().findById(RetentionPolicy.PLACEHOLDER).isPresent());
    assertTrue(f.rights.isErased(duan));
    assertTrue(f.rights.profile(duan).isEmpty());
  }

  @Test
  void overdue_pendingPastDeadline_listed() {
    CustomerRequest r = f.rights.submit(duan, RequestKind.ACCESS);

    assertEquals(List.of(), f.rights.overdue(Fixtures.NOW.plus(Duration.ofDays(15))));
    assertEquals(List.of(r), f.rights.overdue(Fixtures.NOW.plus(Duration.ofDays(16))));
  }

  @Test
  void fulfilAccess_exportsProfileDerivedAndRequests() {
    CustomerRequest r = f.rights.submit(duan, RequestKind.ACCESS);

    AccessExport export = f.rights.fulfilAccess(r.id(), "dpo1", id -> Map.of("nps", "9"));

    assertEquals(duan, export.profile().customer().id());
    assertEquals(Fixtures.duanProfile().interactions().size(), export.profile().interactions().size());
    assertEquals(Map.of("nps", "9"), export.derived());
    assertEquals(RequestStatus.COMPLETED, export.requests().get(0).status());
    assertFalse(export.toString().contains("段"));
  }

  @Test
  void fulfilAccess_listsTheLogEntriesWhoseReadReturnedTheCustomer() {
    f.log.append(Fixtures.NOW, Fixtures.USER, "standard", List.of(duan, Fixtures.liLei().customer().id()),
        AccessOutcome.GRANTED);
    f.log.append(Fixtures.NOW, Fixtures.USER, "personal", List.of(), AccessOutcome.DENIED);
    f.log.append(Fixtures.NOW, Fixtures.USER, "opt-out:direct-marketing", List.of(Fixtures.liLei().customer().id()),
        AccessOutcome.GRANTED);
    f.log.append(Fixtures.NOW, Fixtures.OFFICER, "personal", List.of(duan), AccessOutcome.GRANTED);
    CustomerRequest r = f.rights.submit(duan, RequestKind.ACCESS);

    AccessExport export = f.rights.fulfilAccess(r.id(), "dpo1", id -> Map.of());

    assertEquals(List.of(
        new AccessLogLine(0, Fixtures.NOW, "crm-web", Fixtures.USER.userId(), "standard", Fixtures.USER.purpose(),
            AccessOutcome.GRANTED),
        new AccessLogLine(3, Fixtures.NOW, Fixtures.OFFICER.applicationId(), Fixtures.OFFICER.userId(), "personal",
            Fixtures.OFFICER.purpose(), AccessOutcome.GRANTED)), export.accessLog());
    assertEquals(4, export.accessUsage().size(), "the usage summary covers the whole log");
    assertTrue(export.toString().contains("accessLog=2"), export.toString());
  }

  @Test
  void fulfilErasure_keepsTheAccessLogEntriesAndTheChainIntact() {
    f.log.append(Fixtures.NOW, Fixtures.USER, "standard", List.of(duan), AccessOutcome.GRANTED);
    CustomerRequest r = f.rights.submit(duan, RequestKind.ERASURE);

    f.rights.fulfilErasure(r.id(), "dpo1");

    assertEquals(1, f.log.entriesAbout(duan).size());
    assertTrue(f.log.verify().isIntact());
    assertTrue(f.rights.profile(duan).isEmpty());
  }

  @Test
  void changeConsent_appendsToTheLedger() {
    int before = f.stores.consent().history(duan).size();

    CustomerRequest r = f.rights.changeConsent(Fixtures.event("ev-w1", duan, Purpose.DIRECT_MARKETING,
        ConsentStatus.WITHDRAWN, Fixtures.NOW));

    assertEquals(RequestStatus.COMPLETED, r.status());
    assertEquals(before + 1, f.stores.consent().history(duan).size());
  }
}
