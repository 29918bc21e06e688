package org.crmkit.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.Locale;
import org.crmkit.core.spi.CrmStores;
import org.crmkit.core.store.InMemoryStores;
import org.crmkit.examples.demo.DemoLoader;
import org.crmkit.examples.demo.LoadCounts;
import org.crmkit.examples.demo.SyntheticCustomerBase;

/**
 * Measures the heap the in-memory stores retain for a synthetic base (target: 1,000,000 customers
 * in under 1 GiB).
 *
 * <p>Method: force full collections ({@link System#gc()}, which is a full, compacting collection
 * under G1 unless {@code -XX:+ExplicitGCInvokesConcurrent} is set) until the used heap stops
 * shrinking, read the used heap ({@link MemoryMXBean#getHeapMemoryUsage()}); stream the customers
 * from {@link SyntheticCustomerBase#customers()} into a fresh {@link InMemoryStores} customer store
 * in batches of 10,000, without holding them anywhere else; collect again and read the used heap.
 * The difference is the heap the store retains: the customer records (sharing the generator's
 * immutable regions and industries, as a host's records would share nothing of the sort only if it
 * built them apart) plus the store's two maps and folded name keys. Running with {@code -Xmx1g}
 * shows directly whether the base fits in 1 GiB.
 *
 * <pre>{@code
 * java -Xmx1g -cp crm-examples/target/crm.jar org.crmkit.examples.bench.MemoryFootprint 1000000
 * java -cp crm-examples/target/crm.jar org.crmkit.examples.bench.MemoryFootprint 100000 --profiles
 * }</pre>
 *
 * <p>With {@code --profiles} whole profiles are loaded (interactions and consent events into their
 * stores as well, with {@link DemoLoader}), to show what a customer's two years of history cost.
 */
public final class MemoryFootprint {
  private static final double MIB = 1024.0 * 1024.0;

  private MemoryFootprint() {}

  /**
   * Runs the measurement and prints one report line on stdout.
   *
   * @param args {@code [customers] [--profiles]}; customers defaults to 1,000,000
   */
  public static void main(String[] args) {
    int customers = 1_000_000;
    boolean profiles = false;
    for (String arg : args) {
      if (arg.equals("--profiles")) {
        profiles = true;
      } else {
        customers = Integer.parseInt(arg.replace("_", ""));
      }
    }
    SyntheticCustomerBase base = BenchData.base(customers);
    long before = usedAfterGc();
    long start = System.nanoTime();
    CrmStores stores = InMemoryStores.create();
    LoadCounts counts;
    if (profiles) {
      counts = DemoLoader.load(base.profiles(), stores, p -> { }, n -> { });
    } else {
      BenchData.load(stores.customers(), base.customers()).clear();
      counts = new LoadCounts(stores.customers().count(), 0, 0, 0);
    }
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    long after = usedAfterGc();
    long retained = after - before;
    System.out.printf(Locale.ROOT, "%,d customers%s: retained heap %.1f MiB (%,d bytes per customer);"
            + " max heap %.0f MiB; loaded in %d s%n",
        counts.customers(),
        profiles ? String.format(Locale.ROOT, " with %,d interactions and %,d consent events",
            counts.interactions(), counts.consentEvents()) : "",
        retained / MIB, retained / Math.max(1, counts.customers()), Runtime.getRuntime().maxMemory() / MIB, seconds);
    Reference.reachabilityFence(stores);
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long now = memory.getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }
}
