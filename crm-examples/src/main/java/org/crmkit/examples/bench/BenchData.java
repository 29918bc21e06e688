package org.crmkit.examples.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.spi.CustomerStore;
import org.crmkit.examples.demo.SyntheticCustomerBase;

/** The data every benchmark starts from: the demo's synthetic customers, loaded in batches. */
final class BenchData {
  /** The seed of the benchmark bases (the demo's default). */
  static final long SEED = 20260630L;
  /** The as-of date of the benchmark bases (the demo's default). */
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final int BATCH = 10_000;

  private BenchData() {}

  /** Returns the synthetic base of this size with the benchmark seed and date. */
  static SyntheticCustomerBase base(int customers) {
    return SyntheticCustomerBase.of(customers, SEED, AS_OF);
  }

  /**
   * Loads customers (without interactions) into a store with {@code upsertAll}, in batches, and
   * returns the stored copies in id order.
   */
  static List<Customer> load(CustomerStore store, Stream<Customer> customers) {
    List<Customer> stored = new ArrayList<>();
    List<Customer> batch = new ArrayList<>(BATCH);
    customers.forEachOrdered(c -> {
      batch.add(c);
      if (batch.size() == BATCH) {
        stored.addAll(store.upsertAll(batch));
        batch.clear();
      }
    });
    if (!batch.isEmpty()) {
      stored.addAll(store.upsertAll(batch));
    }
    return stored;
  }
}
