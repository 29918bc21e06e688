package org.crmkit.core.store;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.crmkit.core.CustomerId;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.spi.CustomerQuery;
import org.crmkit.core.spi.CustomerStore;
import org.crmkit.core.spi.Page;
import org.crmkit.core.spi.PageRequest;
import org.crmkit.core.spi.StaleVersionException;

/**
 * The in-memory {@link CustomerStore}: thread-safe, lock-free for readers, serialised for writers.
 *
 * <p>Customers are held twice by reference: in a {@link ConcurrentHashMap} by id for {@link
 * #findById} and in a {@link ConcurrentSkipListMap} by id text for ordered listing, paging and
 * scanning. Each stored customer carries its name search keys, folded once when written.
 *
 * <p>Every write takes one lock, so the version check and the write are atomic and {@link
 * #upsertAll} checks every version before writing any: a failed write changes nothing. Readers
 * never block; a reader running while a batch is being written may see part of it, and {@link
 * #scan()} and the listings are weakly consistent (they reflect the writes that completed before
 * each step of the iteration). The store keeps what it is given: {@code updatedAt} is the
 * caller's, only the version is raised.
 */
public final class InMemoryCustomerStore implements CustomerStore {
  private final ConcurrentHashMap<CustomerId, StoredCustomer> byId = new ConcurrentHashMap<>();
  private final ConcurrentSkipListMap<String, StoredCustomer> ordered = new ConcurrentSkipListMap<>();
  private final Object writeLock = new Object();

  /** Creates an empty store. */
  public InMemoryCustomerStore() {}

  @Override
  public Optional<Customer> findById(CustomerId id) {
    StoredCustomer s = byId.get(requireNonNull(id, "id"));
    return s == null ? Optional.empty() : Optional.of(s.customer);
  }

  @Override
  public Customer upsert(Customer customer) {
    StoredCustomer next = prepare(customer);
    synchronized (writeLock) {
      checkVersion(customer);
      put(next);
    }
    return next.customer;
  }

  @Override
  public List<Customer> upsertAll(List<Customer> customers) {
    requireNonNull(customers, "customers");
    Set<CustomerId> ids = new HashSet<>();
    List<StoredCustomer> prepared = new ArrayList<>(customers.size());
    for (Customer c : customers) {
      StoredCustomer next = prepare(c);
      checkArgument(ids.add(c.id()), "customers must have distinct ids but %s was repeated", c.id());
      prepared.add(next);
    }
    synchronized (writeLock) {
      customers.forEach(this::checkVersion);
      prepared.forEach(this::put);
    }
    List<Customer> stored = new ArrayList<>(prepared.size());
    prepared.forEach(s -> stored.add(s.customer));
    return stored;
  }

  @Override
  public boolean delete(CustomerId id, long expectedVersion) {
    requireNonNull(id, "id");
    synchronized (writeLock) {
      StoredCustomer current = byId.get(id);
      if (current == null) {
        return false;
      }
      if (current.customer.version() != expectedVersion) {
        throw new StaleVersionException(id.value(), expectedVersion, current.customer.version());
      }
      byId.remove(id);
      ordered.remove(id.value());
      return true;
    }
  }

  @Override
  public Page<Customer> list(PageRequest page) {
    requireNonNull(page, "page");
    return page(page, s -> true);
  }

  @Override
  public Page<Customer> query(CustomerQuery query, PageRequest page) {
    requireNonNull(query, "query");
    requireNonNull(page, "page");
    return page(page, new StoredCustomer.Matcher(query)::matches);
  }

  @Override
  public Stream<Customer> scan() {
    return ordered.values().stream().map(s -> s.customer);
  }

  @Override
  public long count() {
    return byId.mappingCount();
  }

  private Page<Customer> page(PageRequest page, Predicate<StoredCustomer> filter) {
    NavigableMap<String, StoredCustomer> from =
        page.after().map(cursor -> ordered.tailMap(cursor, false)).orElse(ordered);
    List<Customer> items = new ArrayList<>(Math.min(page.limit(), 256));
    for (StoredCustomer s : from.values()) {
      if (!filter.test(s)) {
        continue;
      }
      if (items.size() == page.limit()) {
        // A further match exists: the next page is not empty.
        return new Page<>(items, Optional.of(items.get(items.size() - 1).id().value()));
      }
      items.add(s.customer);
    }
    return new Page<>(items, Optional.empty());
  }

  /** Validates outside the lock and builds the stored form with the next version. */
  private static StoredCustomer prepare(Customer c) {
    requireNonNull(c, "customer");
    return new StoredCustomer(withVersion(c, c.version() + 1));
  }

  private void checkVersion(Customer c) {
    StoredCustomer current = byId.get(c.id());
    long stored = current == null ? 0 : current.customer.version();
    if (c.version() != stored) {
      throw new StaleVersionException(c.id().value(), c.version(), stored);
    }
  }

  private void put(StoredCustomer s) {
    byId.put(s.customer.id(), s);
    ordered.put(s.customer.id().value(), s);
  }

  // The canonical constructor, not toBuilder(): it skips the builder's defensive copies.
  private static Customer withVersion(Customer c, long version) {
    return new Customer(c.id(), c.type(), c.displayName(), c.contactPoints(), c.contacts(), c.industry(),
        c.region(), c.segment(), c.lifecycle(), c.accountManager(), c.tags(), c.attributes(), c.birthDate(),
        c.gender(), c.estimatedIncome(), c.idDocument(), c.sensitive(), c.createdAt(), c.updatedAt(), version);
  }
}
