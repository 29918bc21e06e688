package org.crmkit.examples.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.spi.CustomerQuery;
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

/**
 * Fuzzy name queries ({@link CustomerQuery#withName}: a substring match insensitive to case, width
 * and whitespace, over display names and contact names) against {@link #customers} synthetic
 * customers in the in-memory store, collecting every match. The store has no name index, so each
 * query is a scan; the fragment decides how many customers match.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class FuzzyNameQueryBenchmark {
  // Keys are ASCII so that JMH's parameter handling never meets the fragments' encoding.
  private static final Map<String, String> FRAGMENTS = Map.of(
      "surname", "王",
      "fullName", "王伟",
      "spacedName", "张 伟",
      "fullWidthLatin", "ＳＭＩＴＨ",
      "company", "华信科技",
      "noMatch", "不存在的名字");

  /** How many customers the store holds. */
  @Param("100000")
  public int customers;

  /** Which fragment to look for: surname, fullName, spacedName, fullWidthLatin, company or noMatch. */
  @Param({"surname", "fullName", "spacedName", "fullWidthLatin", "company", "noMatch"})
  public String fragment;

  CustomerStore store;
  CustomerQuery query;

  /** Creates the benchmark; JMH fills in the parameters. */
  public FuzzyNameQueryBenchmark() {}

  /** Loads the store and builds the query. */
  @Setup(Level.Trial)
  public void load() {
    store = InMemoryStores.create().customers();
    BenchData.load(store, BenchData.base(customers).customers());
    query = CustomerQuery.all().withName(FRAGMENTS.get(fragment));
  }

  /**
   * Runs the query to the end.
   *
   * @return the matches, consumed by JMH
   */
  @Benchmark
  public List<Customer> queryByName() {
    return store.query(query);
  }
}
