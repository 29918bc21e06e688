package org.crmkit.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.spi.CustomerQuery;
import org.crmkit.core.spi.CustomerStore;
import org.crmkit.core.testkit.CrmArbitraries;
import org.crmkit.core.testkit.SpiArbitraries;

/**
 * The SQL condition alone, without the store's final {@code matches} filter, selects exactly the
 * customers {@link CustomerQuery#matches} accepts: every criterion is pushed down exactly.
 * Subclasses name the database.
 */
abstract class CustomerCriteriaLaws {

  /** Returns a data source of an empty database with the schema. */
  abstract DataSource freshDataSource();

  abstract Dialect dialect();

  /** Provides customers and a query built from one of them or from a customer not stored. */
  @Provide
  public Arbitrary<Tuple2<List<Customer>, CustomerQuery>> customersAndQuery() {
    return Combinators.combine(CrmArbitraries.distinctCustomers(20), CrmArbitraries.customers(),
            Arbitraries.integers().between(0, 99))
        .as(Tuple::of)
        .flatMap(t -> {
          List<Customer> cs = t.get1();
          Customer source = !cs.isEmpty() && t.get3() < 70 ? cs.get(t.get3() % cs.size()) : t.get2();
          return SpiArbitraries.queriesMatching(source).map(q -> Tuple.of(cs, q));
        });
  }

  /** SQL selects exactly the matches, in id order. */
  @Property(tries = 200)
  public void sqlConditionSelectsExactlyTheMatches(@ForAll("customersAndQuery") Tuple2<List<Customer>, CustomerQuery> t)
      throws SQLException {
    DataSource ds = freshDataSource();
    CustomerStore store = JdbcStores.create(ds, dialect()).customers();
    List<Customer> stored = new ArrayList<>(store.upsertAll(t.get1()));
    stored.sort(java.util.Comparator.comparing(Customer::id));
    CustomerCriteria criteria = CustomerCriteria.of(t.get2());
    List<String> selected = new ArrayList<>();
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT c.id FROM " + criteria.from() + " WHERE " + criteria.condition()
            + " ORDER BY c.id")) {
      criteria.bind(ps, 1);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          selected.add(rs.getString(1));
        }
      }
    }
    assertEquals(stored.stream().filter(t.get2()::matches).map(cu -> cu.id().value()).toList(), selected);
  }
}
