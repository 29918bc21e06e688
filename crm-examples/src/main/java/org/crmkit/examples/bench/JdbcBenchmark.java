package org.crmkit.examples.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.crmkit.core.CustomerId;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.customer.EmailAddress;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.customer.Region;
import org.crmkit.core.spi.CustomerQuery;
import org.crmkit.core.spi.CustomerStore;
import org.crmkit.core.store.InMemoryStores;
import org.crmkit.examples.jdbc.Dialect;
import org.crmkit.examples.jdbc.JdbcStores;
import org.crmkit.examples.jdbc.ReusingDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of the JDBC adapter next to the in-memory store: a batch upsert of 100k customers
 * into an empty store, and find-by-phone over 100k stored customers. {@code database} is {@code
 * memory}, {@code h2} (in-memory H2) or {@code postgresql} (needs {@code -Dcrmkit.postgres.url=…};
 * each setup works in a fresh schema of its own and drops it afterwards). PostgreSQL connections
 * are reused, as a host's pool would, so that connection set-up is not what is measured.
 *
 * <pre>{@code
 * java -cp crm-examples/target/crm.jar org.openjdk.jmh.Main JdbcBenchmark -p database=memory,h2
 * }</pre>
 */
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class JdbcBenchmark {
  private static final int CUSTOMERS = 100_000;
  private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");
  private static final AtomicLong NAMES = new AtomicLong();

  /** Creates the benchmark; JMH instantiates it. */
  public JdbcBenchmark() {}

  /** The customers both benchmarks use: deterministic, each with its own phone and e-mail. */
  static List<Customer> customers() {
    Random random = new Random(7);
    String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵"};
    String[] cities = {"Chengdu", "Beijing", "Shanghai", "Shenzhen"};
    List<Customer> out = new ArrayList<>(CUSTOMERS);
    for (int i = 0; i < CUSTOMERS; i++) {
      out.add(Customer.builder(CustomerId.of(String.format("c-%07d", i)), CustomerType.INDIVIDUAL,
              surnames[random.nextInt(surnames.length)] + "客户" + i, T0)
          .addContactPoint(phone(i))
          .addContactPoint(EmailAddress.parse("user" + i + "@example.com"))
          .region(Region.of("CN", "Province" + random.nextInt(30), cities[random.nextInt(cities.length)]))
          .addTag(random.nextBoolean() ? "vip" : "new")
          .build());
    }
    return out;
  }

  static PhoneNumber phone(int i) {
    return PhoneNumber.parse("138" + String.format("%08d", i));
  }

  /** A fresh, empty store of the chosen database. */
  @State(Scope.Benchmark)
  public static class Store {
    /** Which store: memory, h2 or postgresql. */
    @Param({"memory", "h2"})
    public String database;

    CustomerStore store;
    private Runnable cleanUp = () -> { };

    /** Creates the state; JMH instantiates it. */
    public Store() {}

    void open() {
      if (database.equals("memory")) {
        store = InMemoryStores.create().customers();
        return;
      }
      String url;
      DataSource ds;
      if (database.equals("h2")) {
        url = "jdbc:h2:mem:bench-" + NAMES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        ds = JdbcStores.dataSource(url);
        cleanUp = () -> execute(ds, "SHUTDOWN");
      } else {
        String base = System.getProperty("crmkit.postgres.url", "");
        if (!base.startsWith("jdbc:postgresql:")) {
          throw new IllegalStateException("database=postgresql needs -Dcrmkit.postgres.url=jdbc:postgresql://…");
        }
        String schema = "crmkit_bench_" + NAMES.incrementAndGet() + "_" + ProcessHandle.current().pid();
        execute(JdbcStores.dataSource(base), "CREATE SCHEMA " + schema);
        url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        ReusingDataSource pooled = new ReusingDataSource(JdbcStores.dataSource(url));
        ds = pooled;
        cleanUp = () -> {
          pooled.closeAll();
          execute(JdbcStores.dataSource(base), "DROP SCHEMA " + schema + " CASCADE");
        };
      }
      Dialect dialect = Dialect.forUrl(url);
      JdbcStores.createSchema(ds, dialect);
      store = JdbcStores.create(ds, dialect).customers();
    }

    void close() {
      cleanUp.run();
      cleanUp = () -> { };
    }

    private static void execute(DataSource ds, String sql) {
      try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
        s.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException("benchmark set-up statement failed", e);
      }
    }
  }

  /** An empty store per invocation, for the batch upsert. */
  @State(Scope.Benchmark)
  public static class EmptyStore extends Store {
    final List<Customer> customers = customers();

    /** Creates the state; JMH instantiates it. */
    public EmptyStore() {}

    /** Opens an empty store. */
    @Setup(Level.Invocation)
    public void setUp() {
      open();
    }

    /** Drops it. */
    @TearDown(Level.Invocation)
    public void tearDown() {
      close();
    }
  }

  /** A store holding the 100k customers, for the lookups. */
  @State(Scope.Benchmark)
  public static class LoadedStore extends Store {
    private final Random random = new Random(11);

    /** Creates the state; JMH instantiates it. */
    public LoadedStore() {}

    /** Loads the customers once. */
    @Setup(Level.Trial)
    public void setUp() {
      open();
      List<Customer> all = customers();
      for (int from = 0; from < all.size(); from += 10_000) {
        store.upsertAll(all.subList(from, from + 10_000));
      }
    }

    /** Drops them. */
    @TearDown(Level.Trial)
    public void tearDown() {
      close();
    }

    PhoneNumber nextPhone() {
      return phone(random.nextInt(CUSTOMERS));
    }
  }

  /**
   * Writes 100k new customers with one {@code upsertAll} call (one transaction).
   *
   * @param s an empty store
   * @return the stored customers
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public List<Customer> batchUpsert100k(EmptyStore s) {
    return s.store.upsertAll(s.customers);
  }

  /**
   * Finds one customer by phone among 100k.
   *
   * @param s the loaded store
   * @return the matches
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 1, time = 3)
  @Measurement(iterations = 3, time = 3)
  public List<Customer> findByPhone(LoadedStore s) {
    return s.store.query(CustomerQuery.all().withPhone(s.nextPhone()));
  }
}
