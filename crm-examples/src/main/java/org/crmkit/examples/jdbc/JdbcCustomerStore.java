package org.crmkit.examples.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crmkit.core.CustomerId;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.json.CrmJson;
import org.crmkit.core.spi.CustomerQuery;
import org.crmkit.core.spi.CustomerStore;
import org.crmkit.core.spi.Page;
import org.crmkit.core.spi.PageRequest;
import org.crmkit.core.spi.StaleVersionException;
import org.crmkit.core.spi.StorageException;

/**
 * The JDBC {@link CustomerStore}: one row per customer in {@code crm_customer} (the customer as a
 * CrmJson document plus search columns), its phones and e-mails in {@code crm_customer_key} and its
 * tags in {@code crm_customer_tag}. Thread-safe; obtain one from {@link JdbcStores#create}.
 *
 * <p>The optimistic version check is part of the SQL: an update is {@code UPDATE … WHERE id = ? AND
 * version = ?} and a create an insert that does nothing when the id exists, so of two concurrent
 * writers from one version the database lets exactly one through. A batch runs in one transaction
 * and is rolled back whole when any check fails. Queries are pushed down to SQL ({@link
 * CustomerCriteria}) and read in id order with keyset paging; {@link #scan()} streams with a fetch
 * size. Failures of the database surface as {@link StorageException} with the cause attached.
 */
public final class JdbcCustomerStore implements CustomerStore {
  private static final int CHUNK = 1000;
  private static final String SELECT_DOC = "SELECT c.doc FROM crm_customer c";

  private final JdbcTransactions tx;
  private final String insert;
  private final String update;

  JdbcCustomerStore(JdbcTransactions tx) {
    this.tx = requireNonNull(tx, "tx");
    this.insert = tx.dialect().insertIfAbsent("crm_customer", CustomerRow.COLUMNS, "id");
    this.update = "UPDATE crm_customer SET " + CustomerRow.COLUMNS.subList(2, CustomerRow.COLUMNS.size())
        .stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
        + ", version = ? WHERE id = ? AND version = ?";
  }

  @Override
  public Optional<Customer> findById(CustomerId id) {
    requireNonNull(id, "id");
    return tx.run("customer find " + id, c -> {
      try (PreparedStatement ps = c.prepareStatement(SELECT_DOC + " WHERE c.id = ?")) {
        ps.setString(1, id.value());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(read(rs.getString(1))) : Optional.<Customer>empty();
        }
      }
    });
  }

  @Override
  public Customer upsert(Customer customer) {
    requireNonNull(customer, "customer");
    return write(List.of(customer), "customer upsert " + customer.id()).get(0);
  }

  @Override
  public List<Customer> upsertAll(List<Customer> customers) {
    requireNonNull(customers, "customers");
    Set<CustomerId> ids = new HashSet<>();
    for (Customer c : customers) {
      requireNonNull(c, "customer");
      checkArgument(ids.add(c.id()), "customers must have distinct ids but %s was repeated", c.id());
    }
    return customers.isEmpty() ? List.of() : write(customers, "customer batch upsert of " + customers.size());
  }

  private List<Customer> write(List<Customer> customers, String what) {
    List<CustomerRow> rows = new ArrayList<>(customers.size());
    for (Customer c : customers) {
      rows.add(new CustomerRow(c.withVersion(c.version() + 1)));
    }
    return tx.run(what, c -> {
      List<CustomerRow> creates = rows.stream().filter(r -> r.customer.version() == 1).toList();
      List<CustomerRow> updates = rows.stream().filter(r -> r.customer.version() > 1).toList();
      boolean written = insertAll(c, creates) & updateAll(c, updates);
      if (!written) {
        throw stale(c, customers);
      }
      replaceKeysAndTags(c, rows, !updates.isEmpty());
      List<Customer> stored = new ArrayList<>(rows.size());
      rows.forEach(r -> stored.add(r.customer));
      return stored;
    });
  }

  /** Inserts new customers; returns false if any id already existed. */
  private boolean insertAll(Connection c, List<CustomerRow> rows) throws SQLException {
    boolean all = true;
    try (PreparedStatement ps = c.prepareStatement(insert)) {
      for (int from = 0; from < rows.size(); from += CHUNK) {
        for (CustomerRow r : rows.subList(from, Math.min(rows.size(), from + CHUNK))) {
          r.bindColumns(ps, 1);
          ps.addBatch();
        }
        try {
          all &= allOne(ps.executeBatch());
        } catch (BatchUpdateException e) {
          if (!isUniqueViolation(e)) {
            throw e;
          }
          return false;
        }
      }
    }
    return all;
  }

  /** Updates stored customers at their expected versions; returns false if any version differed. */
  private boolean updateAll(Connection c, List<CustomerRow> rows) throws SQLException {
    boolean all = true;
    try (PreparedStatement ps = c.prepareStatement(update)) {
      for (int from = 0; from < rows.size(); from += CHUNK) {
        for (CustomerRow r : rows.subList(from, Math.min(rows.size(), from + CHUNK))) {
          int i = r.bindRest(ps, 1);
          ps.setLong(i++, r.customer.version());
          ps.setString(i++, r.customer.id().value());
          ps.setLong(i, r.customer.version() - 1);
          ps.addBatch();
        }
        all &= allOne(ps.executeBatch());
      }
    }
    return all;
  }

  private static boolean allOne(int[] counts) {
    boolean all = true;
    for (int n : counts) {
      if (n != 0 && n != 1) {
        // SUCCESS_NO_INFO (for one, PostgreSQL's reWriteBatchedInserts) would hide a failed version check.
        throw new StorageException("customer write got update count " + n
            + " from the driver; the adapter needs exact counts (turn off batch rewriting)");
      }
      all &= n == 1;
    }
    return all;
  }

  private static void replaceKeysAndTags(Connection c, List<CustomerRow> rows, boolean anyUpdates)
      throws SQLException {
    if (anyUpdates) {
      for (String table : List.of("crm_customer_key", "crm_customer_tag")) {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE customer_id = ?")) {
          int n = 0;
          for (CustomerRow r : rows) {
            if (r.customer.version() > 1) {
              ps.setString(1, r.customer.id().value());
              ps.addBatch();
              if (++n % CHUNK == 0) {
                ps.executeBatch();
              }
            }
          }
          ps.executeBatch();
        }
      }
    }
    try (PreparedStatement keys = c.prepareStatement(
            "INSERT INTO crm_customer_key (customer_id, kind, key_value) VALUES (?, ?, ?)");
        PreparedStatement tags = c.prepareStatement("INSERT INTO crm_customer_tag (customer_id, tag) VALUES (?, ?)")) {
      int n = 0;
      for (CustomerRow r : rows) {
        String id = r.customer.id().value();
        for (List<String> k : r.keys()) {
          keys.setString(1, id);
          keys.setString(2, k.get(0));
          keys.setString(3, k.get(1));
          keys.addBatch();
          n++;
        }
        for (String t : r.customer.tags()) {
          tags.setString(1, id);
          tags.setString(2, t);
          tags.addBatch();
          n++;
        }
        if (n >= CHUNK) {
          keys.executeBatch();
          tags.executeBatch();
          n = 0;
        }
      }
      keys.executeBatch();
      tags.executeBatch();
    }
  }

  /** Finds the first customer whose version check failed, for the exception (the batch is rolled back). */
  private static StaleVersionException stale(Connection c, List<Customer> customers) throws SQLException {
    Customer first = customers.get(0);
    long firstActual = -1;
    for (Customer cu : customers) {
      long actual = storedVersion(c, cu.id()).orElse(0);
      if (actual != cu.version()) {
        return new StaleVersionException(cu.id().value(), cu.version(), actual);
      }
      if (firstActual < 0) {
        firstActual = actual;
      }
    }
    // A concurrent writer changed the row again after ours failed: report the first customer.
    return new StaleVersionException(first.id().value(), first.version(), firstActual);
  }

  private static OptionalLong storedVersion(Connection c, CustomerId id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT version FROM crm_customer WHERE id = ?")) {
      ps.setString(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
      }
    }
  }

  @Override
  public boolean delete(CustomerId id, long expectedVersion) {
    requireNonNull(id, "id");
    return tx.run("customer delete " + id, c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM crm_customer WHERE id = ? AND version = ?")) {
        ps.setString(1, id.value());
        ps.setLong(2, expectedVersion);
        if (ps.executeUpdate() == 1) {
          return true;
        }
      }
      OptionalLong actual = storedVersion(c, id);
      if (actual.isEmpty()) {
        return false;
      }
      throw new StaleVersionException(id.value(), expectedVersion, actual.getAsLong());
    });
  }

  @Override
  public Page<Customer> list(PageRequest page) {
    return query(CustomerQuery.all(), page);
  }

  @Override
  public Page<Customer> query(CustomerQuery query, PageRequest page) {
    requireNonNull(query, "query");
    requireNonNull(page, "page");
    CustomerCriteria criteria = CustomerCriteria.of(query);
    int want = page.limit() + 1; // one more than the page tells whether another page follows
    return tx.run("customer query " + query, c -> {
      List<Customer> items = new ArrayList<>();
      Optional<String> after = page.after();
      while (items.size() < want) {
        String sql = "SELECT c.doc FROM " + criteria.from() + " WHERE " + criteria.condition()
            + (after.isPresent() ? " AND c.id > ?" : "") + " ORDER BY c.id LIMIT ?";
        int fetched = 0;
        String lastId = null;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          int i = criteria.bind(ps, 1);
          if (after.isPresent()) {
            ps.setString(i++, after.get());
          }
          ps.setInt(i, want);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next() && items.size() < want) {
              Customer cu = read(rs.getString(1));
              fetched++;
              lastId = cu.id().value();
              if (query.matches(cu)) {
                items.add(cu);
              }
            }
          }
        }
        if (fetched < want) {
          break; // no more rows
        }
        after = Optional.of(lastId);
      }
      if (items.size() > page.limit()) {
        List<Customer> shown = items.subList(0, page.limit());
        return new Page<>(shown, Optional.of(shown.get(shown.size() - 1).id().value()));
      }
      return new Page<>(items, Optional.empty());
    });
  }

  @Override
  public Stream<Customer> scan() {
    return tx.stream("customer scan", SELECT_DOC + " ORDER BY c.id", ps -> {}, rs -> read(rs.getString(1)));
  }

  @Override
  public long count() {
    return tx.run("customer count", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM crm_customer");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  private static Customer read(String doc) {
    try {
      return CrmJson.read(doc, Customer.class);
    } catch (RuntimeException e) {
      throw new StorageException("a stored customer document could not be read", e);
    }
  }

  static boolean isUniqueViolation(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if ("23505".equals(x.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
