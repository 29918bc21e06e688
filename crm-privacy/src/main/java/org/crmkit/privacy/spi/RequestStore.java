package org.crmkit.privacy.spi;

import java.util.List;
import java.util.Optional;
import org.crmkit.core.CustomerId;

/**
 * Storage of customer requests (the request log). Implementations must be thread-safe; a host
 * backs it with its database and runs {@code RequestStoreContract} (crm-privacy's test-jar)
 * against it. {@link InMemoryRequestStore} is the default.
 */
public interface RequestStore {
  /**
   * Stores a new request.
   *
   * @param request the request
   * @throws IllegalArgumentException if a request with its id exists
   */
  void insert(CustomerRequest request);

  /**
   * Replaces a stored request by a later state of it.
   *
   * @param request the new state
   * @throws IllegalArgumentException if no request with its id exists
   * @throws IllegalStateException if the stored request is already closed
   */
  void update(CustomerRequest request);

  /**
   * Finds a request.
   *
   * @param id the request id
   * @return the request, if stored
   */
  Optional<CustomerRequest> find(String id);

  /**
   * Returns the requests of one customer, in order of insertion.
   *
   * @param customerId the customer
   * @return the requests, possibly empty
   */
  List<CustomerRequest> byCustomer(CustomerId customerId);

  /**
   * Returns every request, in order of insertion.
   *
   * @return the requests
   */
  List<CustomerRequest> all();

  /**
   * Returns the in-memory default.
   *
   * @return a new, empty store
   */
  static RequestStore inMemory() {
    return new InMemoryRequestStore();
  }
}
