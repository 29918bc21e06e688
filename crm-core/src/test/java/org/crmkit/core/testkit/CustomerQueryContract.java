package org.crmkit.core.testkit;

import static org.crmkit.core.testkit.ContractSupport.T0;
import static org.crmkit.core.testkit.ContractSupport.drain;
import static org.crmkit.core.testkit.ContractSupport.load;
import static org.crmkit.core.testkit.ContractSupport.pageThrough;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.constraints.IntRange;
import org.crmkit.core.CustomerId;
import org.crmkit.core.customer.Contact;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.spi.CustomerQuery;
import org.crmkit.core.spi.CustomerStore;
import org.crmkit.core.spi.Page;
import org.crmkit.core.spi.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * The reading half of the {@link CustomerStore} contract: listing, paging, scanning and queries.
 * Extend {@link CustomerStoreContract}, which inherits these and adds the writing rules.
 *
 * <p>Laws: {@code list} pages visit every customer exactly once in id order for any page size,
 * with keyset cursors (the last id of a page); {@code scan} streams in id order; {@code query(q)}
 * equals filtering the stored customers with {@link CustomerQuery#matches}, page by page too, for
 * queries built from stored customers' own values; fuzzy name matching ignores case, full/half
 * width and whitespace and works for Chinese names and contacts' names.
 */
public abstract class CustomerQueryContract {

  /**
   * Returns a new, empty store. Called at the start of every test and of every jqwik try; an
   * adapter over a database may clear its tables here.
   *
   * @return an empty store
   */
  protected abstract CustomerStore newStore();

  /** Provides lists of up to 20 customers with distinct ids. */
  @Provide
  public Arbitrary<List<Customer>> distinctCustomers() {
    return CrmArbitraries.distinctCustomers(20);
  }

  /** Scan streams every stored customer once, in id order, and count agrees. */
  @Property(tries = 50)
  public void scanStreamsInIdOrder(@ForAll("distinctCustomers") List<Customer> customers) {
    CustomerStore store = newStore();
    List<Customer> stored = load(store, customers);
    assertEquals(stored, drain(store.scan()));
    assertEquals(customers.size(), store.count());
  }

  /** Paging visits every customer exactly once, in id order, for any page size. */
  @Property(tries = 50)
  public void pagingVisitsEveryCustomerOnceInIdOrder(@ForAll("distinctCustomers") List<Customer> customers,
      @ForAll @IntRange(min = 1, max = 7) int limit) {
    CustomerStore store = newStore();
    List<Customer> stored = load(store, customers);
    assertEquals(stored, pageThrough(store::list, limit));
  }

  /** Provides stored customers and a cursor: an existing id or any other id text. */
  @Provide
  public Arbitrary<Tuple2<List<Customer>, String>> customersAndCursor() {
    return CrmArbitraries.distinctCustomers(15).flatMap(cs -> {
      Arbitrary<String> other = CrmArbitraries.customerIds().map(CustomerId::value);
      Arbitrary<String> cursor = cs.isEmpty() ? other
          : Arbitraries.oneOf(Arbitraries.of(cs).map(c -> c.id().value()), other);
      return cursor.map(k -> Tuple.of(cs, k));
    });
  }

  /** A page after a cursor holds exactly the customers whose ids sort after it. */
  @Property(tries = 50)
  public void pageAfterCursorStartsAfterIt(@ForAll("customersAndCursor") Tuple2<List<Customer>, String> t) {
    CustomerStore store = newStore();
    List<Customer> stored = load(store, t.get1());
    List<Customer> expected = stored.stream().filter(c -> c.id().value().compareTo(t.get2()) > 0).toList();
    Page<Customer> page = store.list(PageRequest.after(t.get2(), PageRequest.MAX_LIMIT));
    assertEquals(expected, page.items());
    assertTrue(page.nextCursor().isEmpty());
  }

  /**
   * Provides stored customers, a query built from one customer's values and, when that customer is
   * stored, its id (otherwise the query comes from a customer that is not stored).
   */
  @Provide
  public Arbitrary<Tuple3<List<Customer>, CustomerQuery, Optional<CustomerId>>> customersAndQuery() {
    return Combinators.combine(CrmArbitraries.distinctCustomers(20), CrmArbitraries.customers(),
            Arbitraries.integers().between(0, 99))
        .as(Tuple::of)
        .flatMap(t -> {
          List<Customer> cs = t.get1();
          boolean fromStored = !cs.isEmpty() && t.get3() < 80;
          Customer source = fromStored ? cs.get(t.get3() % cs.size()) : t.get2();
          Optional<CustomerId> id = fromStored ? Optional.of(source.id()) : Optional.empty();
          return SpiArbitraries.queriesMatching(source).map(q -> Tuple.of(cs, q, id));
        });
  }

  /** {@code query(q)} equals the stored customers filtered by {@code q.matches}, in id order. */
  @Property(tries = 100)
  public void queryEqualsScanFilteredByMatches(
      @ForAll("customersAndQuery") Tuple3<List<Customer>, CustomerQuery, Optional<CustomerId>> t,
      @ForAll @IntRange(min = 1, max = 5) int limit) {
    CustomerStore store = newStore();
    List<Customer> stored = load(store, t.get1());
    CustomerQuery q = t.get2();
    List<Customer> expected = stored.stream().filter(q::matches).toList();
    assertEquals(expected, store.query(q));
    assertEquals(drain(store.scan()).stream().filter(q::matches).toList(), store.query(q));
    assertEquals(expected, pageThrough(p -> store.query(q, p), limit));
    t.get3().ifPresent(id -> assertTrue(expected.stream().anyMatch(c -> c.id().equals(id)),
        "a query built from a stored customer's values must find it"));
  }

  /** Provides stored customers with one of them and a fuzzy fragment of its display name. */
  @Provide
  public Arbitrary<Tuple3<List<Customer>, Customer, String>> customersAndNameFragment() {
    return CrmArbitraries.customers().list().ofMinSize(1).ofMaxSize(12).uniqueElements(Customer::id)
        .flatMap(cs -> Arbitraries.of(cs).flatMap(c ->
            SpiArbitraries.fuzzyFragmentsOf(c.displayName()).map(f -> Tuple.of(cs, c, f))));
  }

  /** A fuzzy fragment of a display name (any case, width, spacing) finds the customer. */
  @Property(tries = 60)
  public void fuzzyNameFragmentFindsTheCustomer(
      @ForAll("customersAndNameFragment") Tuple3<List<Customer>, Customer, String> t) {
    CustomerStore store = newStore();
    List<Customer> stored = load(store, t.get1());
    CustomerQuery q = CustomerQuery.all().withName(t.get3());
    List<Customer> found = store.query(q);
    assertTrue(found.stream().anyMatch(c -> c.id().equals(t.get2().id())));
    assertEquals(stored.stream().filter(q::matches).toList(), found);
  }

  /** Concrete examples of fuzzy name matching, Chinese and Latin, display names and contacts. */
  @Test
  public void query_fuzzyNames_ignoreCaseWidthAndWhitespace() {
    CustomerStore store = newStore();
    Customer duan = store.upsert(Customer.builder(CustomerId.of("c-duan"), CustomerType.INDIVIDUAL, "段正淳", T0).build());
    Customer li = store.upsert(Customer.builder(CustomerId.of("c-li"), CustomerType.INDIVIDUAL, "Li Na", T0).build());
    Customer abc = store.upsert(Customer.builder(CustomerId.of("c-abc"), CustomerType.ENTERPRISE, "abc Ltd", T0)
        .addContact(Contact.of("王 小明", List.of())).build());
    assertEquals(List.of(duan), store.query(CustomerQuery.all().withName("段 正淳")));
    assertEquals(List.of(duan), store.query(CustomerQuery.all().withName("正淳")));
    assertEquals(List.of(abc), store.query(CustomerQuery.all().withName("ＡＢＣ")));
    assertEquals(List.of(li), store.query(CustomerQuery.all().withName(" li\u3000NA ")));
    assertEquals(List.of(abc), store.query(CustomerQuery.all().withName("王小明")));
    assertEquals(List.of(), store.query(CustomerQuery.all().withName("段誉")));
    assertEquals(List.of(abc, duan, li), store.query(CustomerQuery.all()));
  }

  /** An empty store lists one empty, last page. */
  @Test
  public void list_emptyStore_returnsOneEmptyLastPage() {
    Page<Customer> page = newStore().list(PageRequest.first(10));
    assertTrue(page.items().isEmpty());
    assertFalse(page.hasNext());
  }

  /** Ids are ordered as {@link String#compareTo} orders them: upper case before lower case. */
  @Test
  public void scan_mixedCaseIds_followsStringOrder() {
    CustomerStore store = newStore();
    for (String id : List.of("b", "B", "a-1", "a.1", "A", "a", "a:1", "a_1", "0")) {
      store.upsert(Customer.builder(CustomerId.of(id), CustomerType.INDIVIDUAL, "张伟", T0).build());
    }
    List<String> ids = drain(store.scan()).stream().map(c -> c.id().value()).toList();
    assertEquals(ids.stream().sorted().toList(), ids);
    assertEquals(ids, pageThrough(store::list, 2).stream().map(c -> c.id().value()).toList());
  }
}
