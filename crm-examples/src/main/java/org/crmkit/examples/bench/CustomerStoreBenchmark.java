package org.crmkit.examples.bench;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.crmkit.core.CustomerId;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.spi.CustomerStore;
import org.crmkit.core.store.InMemoryStores;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Throughput of the in-memory customer store holding {@link #customers} synthetic customers:
 * {@code findById} of ids in random order (target: at least 1M finds/s on one thread) and {@code
 * upsert} of a stored customer written back at its current version (each call raises the version
 * and re-folds the name keys). With several threads ({@code -t}) each thread upserts its own slice
 * of the customers, so no write is stale.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class CustomerStoreBenchmark {
  /** How many customers the store holds. */
  @Param("100000")
  public int customers;

  CustomerStore store;
  List<Customer> stored;
  CustomerId[] ids;

  /** Creates the benchmark; JMH fills in the parameters. */
  public CustomerStoreBenchmark() {}

  /** Loads the store. */
  @Setup(Level.Trial)
  public void load() {
    store = InMemoryStores.create().customers();
    stored = BenchData.load(store, BenchData.base(customers).customers());
    ids = stored.stream().map(Customer::id).toArray(CustomerId[]::new);
  }

  /** Per-thread position in a random order of ids, and the thread's own slice for upserts. */
  @State(Scope.Thread)
  public static class Cursor {
    int[] order;
    int next;
    Customer[] slice;
    int nextWrite;

    /** Creates the cursor; JMH sets it up. */
    public Cursor() {}

    /**
     * Draws the order and takes the slice.
     *
     * @param b the loaded store
     * @param thread the thread's index and the thread count
     */
    @Setup(Level.Trial)
    public void setUp(CustomerStoreBenchmark b, ThreadParams thread) {
      SplittableRandom rng = new SplittableRandom(thread.getThreadIndex());
      order = new int[1 << 16];
      for (int i = 0; i < order.length; i++) {
        order[i] = rng.nextInt(b.ids.length);
      }
      int per = b.stored.size() / thread.getThreadCount();
      int from = per * thread.getThreadIndex();
      slice = b.stored.subList(from, from + per).toArray(Customer[]::new);
    }
  }

  /**
   * Finds one customer by id.
   *
   * @param c the thread's cursor
   * @return the result, consumed by JMH
   */
  @Benchmark
  public Optional<Customer> findById(Cursor c) {
    int i = c.order[c.next++ & (c.order.length - 1)];
    return store.findById(ids[i]);
  }

  /**
   * Writes one customer back at its current version.
   *
   * @param c the thread's cursor
   * @return the stored customer, consumed by JMH
   */
  @Benchmark
  public Customer upsert(Cursor c) {
    int i = c.nextWrite++;
    if (c.nextWrite == c.slice.length) {
      c.nextWrite = 0;
    }
    Customer written = store.upsert(c.slice[i]);
    c.slice[i] = written;
    return written;
  }
}
