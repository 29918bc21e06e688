package org.crmkit.privacy.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmkit.core.CustomerId;
import org.junit.jupiter.api.Test;

/**
 * The rules every {@link RequestStore} must keep. A host runs it against its own adapter by
 * extending it and implementing {@link #newStore()}.
 */
public abstract class RequestStoreContract {
  private static final Instant T = Instant.parse("2025-01-01T00:00:00Z");

  /** Returns a new, empty store. */
  protected abstract RequestStore newStore();

  private static CustomerRequest request(String id, String customer) {
    return CustomerRequest.pending(id, CustomerId.of(customer), RequestKind.ACCESS, T,
        T.plusSeconds(86_400), Optional.empty(), Set.of());
  }

  @Test
  void insert_thenFind_returnsTheRequest() {
    RequestStore store = newStore();
    store.insert(request("r1", "c1"));

    assertEquals(Optional.of(request("r1", "c1")), store.find("r1"));
    assertEquals(Optional.empty(), store.find("r2"));
  }

  @Test
  void insert_duplicateId_throws() {
    RequestStore store = newStore();
    store.insert(request("r1", "c1"));

    assertThrows(IllegalArgumentException.class, () -> store.insert(request("r1", "c2")));
  }

  @Test
  void byCustomerAndAll_keepInsertionOrder() {
    RequestStore store = newStore();
    store.insert(request("r2", "c1"));
    store.insert(request("r1", "c2"));
    store.insert(request("r3", "c1"));

    assertEquals(List.of(request("r2", "c1"), request("r3", "c1")), store.byCustomer(CustomerId.of("c1")));
    assertEquals(3, store.all().size());
    assertEquals("r2", store.all().get(0).id());
  }

  @Test
  void update_closesOnceThenRefuses() {
    RequestStore store = newStore();
    store.insert(request("r1", "c1"));
    CustomerRequest done = request("r1", "c1").close(RequestStatus.COMPLETED, T, "dpo1");

    store.update(done);

    assertEquals(Optional.of(done), store.find("r1"));
    assertThrows(IllegalStateException.class, () -> store.update(done));
  }

  @Test
  void update_unknownId_throws() {
    assertThrows(IllegalArgumentException.class, () -> newStore().update(request("r9", "c1")));
  }
}
