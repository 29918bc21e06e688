package org.crmkit.core.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.crmkit.core.CustomerId;
import org.crmkit.core.customer.Customer;

/**
 * Storage of customers, implemented by the host (a JDBC adapter, a document store) or by the
 * in-memory default. Implementations must be thread-safe and must pass the contract kit in
 * crm-core's test-jar ({@code org.crmkit.core.testkit.CustomerStoreContract}).
 *
 * <p>Optimistic versioning: a customer read from the store carries its stored version {@code v};
 * writing it back succeeds only while the store still holds version {@code v}, and stores it as
 * {@code v + 1}. A new customer has version 0 and may only be written when its id is absent. A
 * stale write throws {@link StaleVersionException} and changes nothing. Of two concurrent
 * writers starting from the same version exactly one succeeds (no lost update).
 */
public interface CustomerStore {

  /**
   * Finds a customer by id.
   *
   * @param id the id
   * @return the stored customer, or empty
   * @throws StorageException if the storage failed
   */
  Optional<Customer> findById(CustomerId id);

  /**
   * Creates or updates a customer under the optimistic-version rule.
   *
   * @param customer the customer; its version is the one the caller read (0 to create)
   * @return the stored customer, whose version is {@code customer.version() + 1}
   * @throws StaleVersionException if the stored version differs from {@code customer.version()}
   * @throws StorageException if the storage failed; nothing was written
   */
  Customer upsert(Customer customer);

  /**
   * Writes several customers atomically: all of them, or none if any check fails.
   *
   * @param customers the customers, with distinct ids
   * @return the stored customers, in the order given
   * @throws IllegalArgumentException if two customers share an id
   * @throws StaleVersionException if any version is stale; nothing was written
   * @throws StorageException if the storage failed; nothing was written
   */
  List<Customer> upsertAll(List<Customer> customers);

  /**
   * Deletes a customer if it still has the expected version.
   *
   * @param id the id
   * @param expectedVersion the version the caller read
   * @return true if it was deleted, false if it did not exist
   * @throws StaleVersionException if it exists with another version; nothing was deleted
   */
  boolean delete(CustomerId id, long expectedVersion);

  /**
   * Lists customers in id order, one page at a time.
   *
   * @param page the page request; its cursor is the last id of the previous page
   * @return the page
   */
  Page<Customer> list(PageRequest page);

  /**
   * Finds the customers that match a query, in id order, one page at a time. The result must
   * equal filtering {@link #scan()} with {@link CustomerQuery#matches}.
   *
   * @param query the criteria
   * @param page the page request
   * @return the page
   */
  Page<Customer> query(CustomerQuery query, PageRequest page);

  /**
   * Finds every customer that matches a query, in id order, reading page by page.
   *
   * @param query the criteria
   * @return the matches
   */
  default List<Customer> query(CustomerQuery query) {
    List<Customer> all = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<Customer> page = query(query, request);
      all.addAll(page.items());
      if (!page.hasNext()) {
        return all;
      }
      request = PageRequest.after(page.nextCursor().orElseThrow(), PageRequest.MAX_LIMIT);
    }
  }

  /**
   * Streams every customer for batch jobs, without loading them all into memory at once where the
   * storage allows. The caller must close the stream (try-with-resources).
   *
   * @return the customers, in id order
   */
  Stream<Customer> scan();

  /** Returns the number of stored customers. */
  long count();
}
