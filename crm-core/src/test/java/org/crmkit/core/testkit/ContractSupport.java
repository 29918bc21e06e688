package org.crmkit.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.spi.CustomerStore;
import org.crmkit.core.spi.Page;
import org.crmkit.core.spi.PageRequest;

/** Helpers shared by the contract classes. */
final class ContractSupport {
  static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");
  static final Comparator<Customer> BY_ID = Comparator.comparing(Customer::id);

  private ContractSupport() {}

  /** Writes the customers one by one and returns what the store returned, sorted by id. */
  static List<Customer> load(CustomerStore store, List<Customer> customers) {
    List<Customer> stored = new ArrayList<>();
    for (Customer c : customers) {
      stored.add(store.upsert(c));
    }
    stored.sort(BY_ID);
    return stored;
  }

  static <T> List<T> drain(Stream<T> stream) {
    try (Stream<T> s = stream) {
      return s.toList();
    }
  }

  /**
   * Reads every page, checking the paging rules on the way: pages at most {@code limit} long, a
   * cursor only when a non-empty page follows, and the cursor is the last id of its page.
   */
  static List<Customer> pageThrough(Function<PageRequest, Page<Customer>> reader, int limit) {
    List<Customer> all = new ArrayList<>();
    Page<Customer> page = reader.apply(PageRequest.first(limit));
    while (true) {
      assertTrue(page.items().size() <= limit, "a page must hold at most limit items");
      all.addAll(page.items());
      if (!page.hasNext()) {
        return all;
      }
      assertFalse(page.items().isEmpty(), "a page with a next cursor must not be empty");
      String cursor = page.nextCursor().orElseThrow();
      assertEquals(page.items().get(page.items().size() - 1).id().value(), cursor,
          "the next cursor must be the last id of the page");
      page = reader.apply(PageRequest.after(cursor, limit));
      assertFalse(page.items().isEmpty(), "a next cursor must lead to a non-empty page");
      assertTrue(all.size() < 1_000_000, "paging must end");
    }
  }

  /** Runs tasks on their own threads, all released at once, and returns their results. */
  static <T> List<T> runConcurrently(List<Callable<T>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(pool.submit(() -> {
          start.await();
          return task.call();
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        // A guard against a deadlocked adapter, not a speed requirement.
        results.add(f.get(5, TimeUnit.MINUTES));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
