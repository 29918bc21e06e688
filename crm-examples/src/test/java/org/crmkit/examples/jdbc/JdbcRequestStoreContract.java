package org.crmkit.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.spi.CrmStores;
import org.crmkit.core.store.InMemoryStores;
import org.crmkit.privacy.spi.CustomerRequest;
import org.crmkit.privacy.spi.RequestKind;
import org.crmkit.privacy.spi.RequestStatus;
import org.crmkit.privacy.spi.RequestStore;
import org.crmkit.privacy.spi.RequestStoreContract;
import org.junit.jupiter.api.Test;

/**
 * crm-privacy's {@link RequestStoreContract} plus the round trip of a correction's proposed record
 * and two reviewers closing one request at once. Subclasses give a fresh database per store.
 */
abstract class JdbcRequestStoreContract extends RequestStoreContract {
  private static final Instant T = Instant.parse("2025-03-04T05:06:07.123456789Z");

  private DataSource dataSource;

  /** Returns a data source of an empty database with the schema. */
  abstract DataSource freshDataSource();

  /** Returns the database's dialect. */
  abstract Dialect dialect();

  @Override
  protected final RequestStore newStore() {
    dataSource = freshDataSource();
    return JdbcStores.requestStore(dataSource, dialect());
  }

  private static CustomerRequest correction(String id) {
    Customer proposed = JdbcStoreScenarios.customer(1);
    return CustomerRequest.pending(id, proposed.id(), RequestKind.CORRECTION, T, T.plusSeconds(86_400 * 15),
        Optional.of(proposed), Set.of("name", "phones"));
  }

  @Test
  void find_correctionWithProposedRecordApproved_comesBackEqual() {
    RequestStore store = newStore();
    CustomerRequest pending = correction("r1");
    store.insert(pending);
    CustomerRequest approved = pending.close(RequestStatus.APPROVED, T.plusNanos(1), "dpo1");

    store.update(approved);

    RequestStore other = JdbcStores.requestStore(dataSource, dialect());
    assertEquals(Optional.of(approved), other.find("r1"));
    assertEquals(List.of(approved), other.byCustomer(pending.customerId()));
    assertEquals(List.of(approved), other.all());
  }

  @Test
  void update_twoReviewersAtOnce_exactlyOneCloses() throws Exception {
    RequestStore store = newStore();
    CustomerRequest pending = correction("r1");
    store.insert(pending);
    List<Callable<RequestStatus>> reviewers = new ArrayList<>();
    for (RequestStatus s : List.of(RequestStatus.APPROVED, RequestStatus.REJECTED)) {
      RequestStore own = JdbcStores.requestStore(dataSource, dialect());
      reviewers.add(() -> {
        own.update(pending.close(s, T, "dpo-" + s.name().toLowerCase(java.util.Locale.ROOT)));
        return s;
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<RequestStatus>> results = pool.invokeAll(reviewers);
    pool.shutdown();
    assertEquals(true, pool.awaitTermination(10, TimeUnit.SECONDS));

    List<RequestStatus> won = new ArrayList<>();
    int refused = 0;
    for (Future<RequestStatus> f : results) {
      try {
        won.add(f.get());
      } catch (java.util.concurrent.ExecutionException e) {
        assertEquals(IllegalStateException.class, e.getCause().getClass());
        refused++;
      }
    }
    assertEquals(1, won.size());
    assertEquals(1, refused);
    assertEquals(won.get(0), store.find("r1").orElseThrow().status());
    assertThrows(IllegalStateException.class, () -> store.update(pending.close(RequestStatus.REJECTED, T, "x")));
  }

  @Test
  void update_insideATransactionThatFails_rollsBackWithTheCustomerUpsert() {
    newStore();
    CrmStores stores = JdbcStores.create(dataSource, dialect());
    RequestStore store = JdbcStores.requestStore(stores);
    CustomerRequest pending = correction("r1");
    store.insert(pending);

    assertThrows(IllegalStateException.class, () -> stores.transactions().inTransaction(() -> {
      stores.customers().upsert(pending.proposed().orElseThrow());
      store.update(pending.close(RequestStatus.APPROVED, T, "dpo1"));
      throw new IllegalStateException("reviewer's session ended");
    }));

    assertEquals(Optional.of(pending), store.find("r1"));
    assertEquals(Optional.empty(), stores.customers().findById(pending.customerId()));
  }

  @Test
  void requestStore_storesOfAnotherAdapter_throws() {
    assertThrows(IllegalArgumentException.class, () -> JdbcStores.requestStore(InMemoryStores.create()));
  }
}
