package org.crmkit.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.consent.ConsentStatus;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.Communication;
import org.crmkit.core.interaction.Direction;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.service.CustomerService;
import org.crmkit.core.service.MergeResult;
import org.crmkit.core.spi.AuditAction;
import org.crmkit.core.spi.AuditEntry;
import org.crmkit.core.spi.CrmStores;
import org.crmkit.core.spi.CustomerQuery;
import org.crmkit.core.spi.CustomerStore;
import org.crmkit.core.spi.Page;
import org.crmkit.core.spi.PageRequest;
import org.crmkit.core.spi.StaleVersionException;
import org.crmkit.core.spi.StorageException;
import org.junit.jupiter.api.Test;

/**
 * Scenarios beyond the contract kit that every dialect must pass: schema creation, paging, a
 * streaming scan of 100k customers, stale writes, failed batches, transactions and lost connections.
 * Subclasses name the database ({@code H2…Test}, {@code Postgres…Test}).
 */
abstract class JdbcStoreScenarios {
  static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");

  /** Returns a data source of an empty database with the schema. */
  abstract DataSource freshDataSource();

  abstract Dialect dialect();

  /** Returns the URL of a database of this dialect on a port where nothing listens. */
  abstract String unreachableUrl(int port);

  static Customer customer(int i) {
    return Customer.builder(CustomerId.of(String.format("c-%06d", i)), CustomerType.INDIVIDUAL, "客户 " + i, T0)
        .addContactPoint(PhoneNumber.parse("138" + String.format("%08d", i)))
        .addTag(i % 2 == 0 ? "even" : "odd")
        .build();
  }

  static long rows(DataSource ds, String table) {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("counting " + table + " failed", e);
    }
  }

  static void execute(DataSource ds, String sql) {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
      if (!c.getAutoCommit()) {
        c.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("statement failed", e);
    }
  }

  @Test
  void createSchema_again_keepsTablesAndData() {
    DataSource ds = freshDataSource();
    CrmStores stores = JdbcStores.create(ds, dialect());
    stores.customers().upsert(customer(1));
    stores.audit().append(AuditEntry.of(T0, "am-001", AuditAction.CREATE, CustomerId.of("c-000001"), Set.of()));
    JdbcStores.createSchema(ds, dialect());
    assertEquals(1, stores.customers().count());
    assertEquals(2, stores.audit().append(
        AuditEntry.of(T0, "am-001", AuditAction.UPDATE, CustomerId.of("c-000001"), Set.of("tags"))).sequence());
    for (String table : List.of("crm_customer", "crm_customer_key", "crm_customer_tag", "crm_interaction",
        "crm_consent_event", "crm_audit_entry", "crm_audit_counter")) {
      assertTrue(rows(ds, table) >= 0, table);
    }
  }

  @Test
  void list_pagesOfThree_visitTenCustomersInIdOrder() {
    CustomerStore store = JdbcStores.create(freshDataSource(), dialect()).customers();
    List<Customer> stored = new ArrayList<>();
    for (int i = 10; i >= 1; i--) {
      stored.add(0, store.upsert(customer(i)));
    }
    List<Integer> sizes = new ArrayList<>();
    List<Customer> seen = new ArrayList<>();
    Page<Customer> page = store.list(PageRequest.first(3));
    while (true) {
      sizes.add(page.items().size());
      seen.addAll(page.items());
      if (!page.hasNext()) {
        break;
      }
      assertEquals(page.items().get(page.items().size() - 1).id().value(), page.nextCursor().orElseThrow());
      page = store.list(PageRequest.after(page.nextCursor().orElseThrow(), 3));
    }
    assertEquals(List.of(3, 3, 3, 1), sizes);
    assertEquals(stored, seen);
    Page<Customer> evens = store.query(CustomerQuery.all().withTag(" even "), PageRequest.first(4));
    assertEquals(List.of("c-000002", "c-000004", "c-000006", "c-000008"),
        evens.items().stream().map(c -> c.id().value()).toList());
    assertEquals(Optional.of("c-000008"), evens.nextCursor());
  }

  @Test
  void scan_100kCustomers_streamsLazilyWithAFetchSize() {
    DataSource ds = freshDataSource();
    CustomerStore writer = JdbcStores.create(ds, dialect()).customers();
    int n = 100_000;
    for (int from = 0; from < n; from += 10_000) {
      List<Customer> batch = new ArrayList<>(10_000);
      for (int i = from; i < from + 10_000; i++) {
        batch.add(customer(i));
      }
      writer.upsertAll(batch);
    }
    CountingDataSource counting = new CountingDataSource(ds);
    CustomerStore store = JdbcStores.create(counting.dataSource(), dialect()).customers();
    try (Stream<Customer> scan = store.scan()) {
      Iterator<Customer> it = scan.iterator();
      for (int i = 0; i < 10; i++) {
        assertEquals(customer(i).id(), it.next().id());
      }
      assertEquals(10, counting.nextCalls.get(), "rows are read as the stream is consumed, not up front");
      assertEquals(JdbcTransactions.FETCH_SIZE, counting.lastFetchSize.get());
      long count = 10;
      String last = "c-000009";
      while (it.hasNext()) {
        String id = it.next().id().value();
        assertTrue(id.compareTo(last) > 0, "id order");
        last = id;
        count++;
      }
      assertEquals(n, count);
    }
    assertEquals(n, store.count());
    assertEquals(List.of(customer(77_777).withVersion(1)),
        store.query(CustomerQuery.all().withPhone(PhoneNumber.parse("13800077777"))));
  }

  @Test
  void upsert_staleVersion_throwsAndKeepsTheStoredCustomerAndKeys() {
    CustomerStore store = JdbcStores.create(freshDataSource(), dialect()).customers();
    Customer v1 = store.upsert(customer(1));
    Customer v2 = store.upsert(v1.toBuilder().addTag("vip").build());
    Customer fromV1 = v1.toBuilder().addContactPoint(PhoneNumber.parse("13900000001")).build();
    StaleVersionException e = assertThrows(StaleVersionException.class, () -> store.upsert(fromV1));
    assertEquals(1, e.expectedVersion());
    assertEquals(2, e.actualVersion());
    assertEquals(Optional.of(v2), store.findById(v1.id()));
    assertEquals(List.of(), store.query(CustomerQuery.all().withPhone(PhoneNumber.parse("13900000001"))));
    assertEquals(List.of(v2), store.query(CustomerQuery.all().withTag("vip")));
  }

  @Test
  void upsertAll_oneStaleCustomer_leavesNoRowInAnyTable() {
    DataSource ds = freshDataSource();
    CustomerStore store = JdbcStores.create(ds, dialect()).customers();
    Customer kept = store.upsert(customer(1));
    List<Customer> batch = List.of(customer(2), customer(3), kept.withVersion(7), customer(4));
    assertThrows(StaleVersionException.class, () -> store.upsertAll(batch));
    assertEquals(1, rows(ds, "crm_customer"));
    assertEquals(1, rows(ds, "crm_customer_key"));
    assertEquals(1, rows(ds, "crm_customer_tag"));
    assertEquals(Optional.of(kept), store.findById(kept.id()));
  }

  @Test
  void upsertAll_constraintViolationMidBatch_throwsStorageExceptionWithCauseAndWritesNothing() {
    DataSource ds = freshDataSource();
    execute(ds, "ALTER TABLE crm_customer_tag ADD CONSTRAINT crm_test_no_poison CHECK (tag <> 'poison')");
    CustomerStore store = JdbcStores.create(ds, dialect()).customers();
    List<Customer> batch = List.of(customer(1), customer(2).toBuilder().addTag("poison").build(), customer(3));
    StorageException e = assertThrows(StorageException.class, () -> store.upsertAll(batch));
    assertInstanceOf(SQLException.class, e.getCause());
    assertFalse(e.getMessage().contains("poison"), "no values in the message");
    assertEquals(0, rows(ds, "crm_customer"));
    assertEquals(0, rows(ds, "crm_customer_key"));
    assertEquals(0, store.count());
  }

  @Test
  void inTransaction_workThrows_rollsBackEveryStore() {
    DataSource ds = freshDataSource();
    CrmStores stores = JdbcStores.create(ds, dialect());
    Communication note = new Communication(InteractionId.of("i-1"), CustomerId.of("c-000001"), T0,
        Channel.PHONE, Direction.INBOUND, "回电");
    IllegalStateException boom = assertThrows(IllegalStateException.class, () ->
        stores.transactions().inTransaction(() -> {
          stores.customers().upsert(customer(1));
          stores.interactions().upsert(note);
          stores.audit().append(AuditEntry.of(T0, "am-001", AuditAction.CREATE, CustomerId.of("c-000001"), Set.of()));
          assertEquals(1, stores.customers().count(), "the work sees its own writes");
          throw new IllegalStateException("boom");
        }));
    assertEquals("boom", boom.getMessage());
    assertEquals(0, stores.customers().count());
    assertEquals(0, stores.interactions().count());
    assertEquals(0, rows(ds, "crm_audit_entry"));
    assertEquals(1, stores.audit().append(
        AuditEntry.of(T0, "am-001", AuditAction.CREATE, CustomerId.of("c-000001"), Set.of())).sequence(),
        "a rolled-back append gives its sequence back");
  }

  @Test
  void inTransaction_caughtStaleWrite_undoesOnlyThatWriteAndCommitsTheRest() {
    CrmStores stores = JdbcStores.create(freshDataSource(), dialect());
    Customer one = stores.customers().upsert(customer(1));
    stores.transactions().inTransaction(() -> {
      stores.customers().upsert(customer(2));
      assertThrows(StaleVersionException.class,
          () -> stores.customers().upsertAll(List.of(customer(3), one.withVersion(5))));
      return null;
    });
    assertEquals(List.of("c-000001", "c-000002"),
        stores.customers().query(CustomerQuery.all()).stream().map(c -> c.id().value()).toList());
  }

  @Test
  void merge_auditAppendFails_rollsBackTheWholeMerge() {
    DataSource ds = freshDataSource();
    execute(ds, "ALTER TABLE crm_audit_entry ADD CONSTRAINT crm_test_no_poison CHECK (actor <> 'poison')");
    CrmStores stores = JdbcStores.create(ds, dialect());
    CustomerService service = CustomerService.over(stores, Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC));
    Customer survivor = service.create(customer(1), "am-001");
    Customer loser = service.create(customer(2), "am-001");
    stores.interactions().upsert(new Communication(InteractionId.of("i-1"), loser.id(), T0, Channel.PHONE,
        Direction.INBOUND, "回电"));
    stores.consent().append(new ConsentEvent("ce-1", loser.id(), Purpose.DIRECT_MARKETING, ConsentStatus.OPTED_OUT,
        T0, T0, Optional.empty(), Channel.PHONE, "v1", "self", Set.of()));
    StorageException e = assertThrows(StorageException.class, () -> service.merge(survivor.id(), loser.id(), "poison"));
    assertInstanceOf(SQLException.class, e.getCause());
    assertEquals(Optional.of(survivor), stores.customers().findById(survivor.id()));
    assertEquals(Optional.of(loser), stores.customers().findById(loser.id()));
    assertEquals(1, stores.interactions().byCustomer(loser.id()).size());
    assertEquals(List.of(), stores.consent().history(survivor.id()));
    assertEquals(2, rows(ds, "crm_audit_entry"));

    MergeResult merged = service.merge(survivor.id(), loser.id(), "am-001");
    assertEquals(1, merged.interactionsMoved());
    assertEquals(1, merged.consentEventsCopied());
    assertEquals(Optional.empty(), stores.customers().findById(loser.id()));
    assertEquals(1, stores.interactions().byCustomer(survivor.id()).size());
    assertEquals(AuditAction.MERGE, stores.audit().forCustomer(loser.id()).get(1).action());
    assertEquals(3, stores.audit().forCustomer(loser.id()).get(1).sequence(), "the failed merge gave its sequence back");
  }

  @Test
  void findById_databaseUnreachable_throwsStorageExceptionWithCause() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String url = unreachableUrl(port);
    CustomerStore store = JdbcStores.create(JdbcStores.dataSource(url), Dialect.forUrl(url)).customers();
    StorageException e = assertThrows(StorageException.class, () -> store.findById(CustomerId.of("c-1")));
    assertInstanceOf(SQLException.class, e.getCause());
    assertTrue(e.getMessage().contains("opening a connection"), e.getMessage());
  }

  @Test
  void scan_connectionLostMidStream_throwsStorageExceptionWithCause() throws SQLException {
    DataSource ds = freshDataSource();
    List<Customer> batch = new ArrayList<>();
    for (int i = 0; i < 3 * JdbcTransactions.FETCH_SIZE; i++) {
      batch.add(customer(i));
    }
    JdbcStores.create(ds, dialect()).customers().upsertAll(batch);
    CountingDataSource counting = new CountingDataSource(ds);
    CustomerStore store = JdbcStores.create(counting.dataSource(), dialect()).customers();
    try (Stream<Customer> scan = store.scan()) {
      Iterator<Customer> it = scan.iterator();
      it.next();
      loseConnection(counting.lastPhysical.get());
      StorageException e = assertThrows(StorageException.class, () -> it.forEachRemaining(c -> { }));
      assertInstanceOf(SQLException.class, e.getCause());
    }
  }

  /** Breaks a connection as a network failure would; closing it is the portable approximation. */
  void loseConnection(Connection physical) throws SQLException {
    physical.close();
  }
}
