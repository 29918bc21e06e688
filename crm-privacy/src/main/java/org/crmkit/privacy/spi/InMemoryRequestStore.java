package org.crmkit.privacy.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.core.CustomerId;

/** The in-memory {@link RequestStore}: a map in insertion order. Thread-safe (synchronised). */
public final class InMemoryRequestStore implements RequestStore {
  private final Map<String, CustomerRequest> requests = new LinkedHashMap<>();

  /** Creates an empty store. */
  public InMemoryRequestStore() {}

  @Override
  public synchronized void insert(CustomerRequest request) {
    requireNonNull(request, "request");
    checkArgument(!requests.containsKey(request.id()), "request id must be new but %s exists",
        request.id());
    requests.put(request.id(), request);
  }

  @Override
  public synchronized void update(CustomerRequest request) {
    requireNonNull(request, "request");
    CustomerRequest stored = requests.get(request.id());
    checkArgument(stored != null, "request must exist but %s does not", request.id());
    if (stored.status().isClosed()) {
      throw new IllegalStateException("request " + request.id() + " must be pending but was "
          + stored.status());
    }
    requests.put(request.id(), request);
  }

  @Override
  public synchronized Optional<CustomerRequest> find(String id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(requests.get(id));
  }

  @Override
  public synchronized List<CustomerRequest> byCustomer(CustomerId customerId) {
    requireNonNull(customerId, "customerId");
    List<CustomerRequest> out = new ArrayList<>();
    for (CustomerRequest r : requests.values()) {
      if (r.customerId().equals(customerId)) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  @Override
  public synchronized List<CustomerRequest> all() {
    return List.copyOf(requests.values());
  }

  @Override
  public synchronized String toString() {
    return "InMemoryRequestStore[requests=" + requests.size() + "]";
  }
}
