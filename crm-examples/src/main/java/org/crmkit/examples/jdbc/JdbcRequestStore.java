package org.crmkit.examples.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmkit.core.CustomerId;
import org.crmkit.core.json.CrmJson;
import org.crmkit.core.json.JsonFormatException;
import org.crmkit.core.spi.StorageException;
import org.crmkit.privacy.spi.CustomerRequest;
import org.crmkit.privacy.spi.RequestStatus;
import org.crmkit.privacy.spi.RequestStore;

/**
 * The JDBC {@link RequestStore} of crm-privacy's customer requests: {@code crm_customer_request}
 * (schema script {@code V2__privacy.sql}), one row per request holding the whole request as a
 * CrmJson document, with its id, customer, status and an identity column for the order of
 * insertion. An update changes a row only while it is still pending, checked in the same
 * statement, so two reviewers closing one request cannot both succeed.
 *
 * <p>Thread-safe. Obtain one from {@link JdbcStores#requestStore}; each call is its own
 * transaction.
 */
public final class JdbcRequestStore implements RequestStore {
  private static final String SELECT = "SELECT doc FROM crm_customer_request";
  private static final String UNIQUE_VIOLATION = "23505";

  private final JdbcTransactions tx;
  private final String insert;

  JdbcRequestStore(JdbcTransactions tx) {
    this.tx = requireNonNull(tx, "tx");
    this.insert = tx.dialect().insertIfAbsent("crm_customer_request", List.of("id", "customer_id", "status", "doc"),
        "id");
  }

  /**
   * {@inheritDoc}
   *
   * @throws StorageException if the database fails, with the {@link SQLException} as cause
   */
  @Override
  public void insert(CustomerRequest request) {
    requireNonNull(request, "request");
    String doc = CrmJson.write(request);
    tx.run("request insert of " + request.id(), c -> {
      int inserted;
      try (PreparedStatement ps = c.prepareStatement(insert)) {
        ps.setString(1, request.id());
        ps.setString(2, request.customerId().value());
        ps.setString(3, request.status().name());
        ps.setString(4, doc);
        inserted = ps.executeUpdate();
      } catch (SQLException e) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
          throw e;
        }
        inserted = 0;
      }
      if (inserted == 0) {
        throw new IllegalArgumentException("request id must be new but " + request.id() + " exists");
      }
      return null;
    });
  }

  /**
   * {@inheritDoc}
   *
   * @throws StorageException if the database fails, with the {@link SQLException} as cause
   */
  @Override
  public void update(CustomerRequest request) {
    requireNonNull(request, "request");
    String doc = CrmJson.write(request);
    tx.run("request update of " + request.id(), c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE crm_customer_request SET customer_id = ?, status = ?,"
          + " doc = ? WHERE id = ? AND status = ?")) {
        ps.setString(1, request.customerId().value());
        ps.setString(2, request.status().name());
        ps.setString(3, doc);
        ps.setString(4, request.id());
        ps.setString(5, RequestStatus.PENDING.name());
        if (ps.executeUpdate() == 1) {
          return null;
        }
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT status FROM crm_customer_request WHERE id = ?")) {
        ps.setString(1, request.id());
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new IllegalArgumentException("request must exist but " + request.id() + " does not");
          }
          throw new IllegalStateException("request " + request.id() + " must be pending but was " + rs.getString(1));
        }
      }
    });
  }

  /**
   * {@inheritDoc}
   *
   * @throws StorageException if the database fails or the stored document is not a request
   */
  @Override
  public Optional<CustomerRequest> find(String id) {
    requireNonNull(id, "id");
    List<CustomerRequest> found = query("request lookup of " + id, SELECT + " WHERE id = ?", id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * {@inheritDoc}
   *
   * @throws StorageException if the database fails or a stored document is not a request
   */
  @Override
  public List<CustomerRequest> byCustomer(CustomerId customerId) {
    requireNonNull(customerId, "customerId");
    return query("requests of " + customerId, SELECT + " WHERE customer_id = ? ORDER BY insert_order",
        customerId.value());
  }

  /**
   * {@inheritDoc}
   *
   * @throws StorageException if the database fails or a stored document is not a request
   */
  @Override
  public List<CustomerRequest> all() {
    return query("all requests", SELECT + " ORDER BY insert_order", null);
  }

  private List<CustomerRequest> query(String what, String sql, String parameter) {
    return tx.run(what, c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        if (parameter != null) {
          ps.setString(1, parameter);
        }
        List<CustomerRequest> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(read(rs.getString(1), what));
          }
        }
        return List.copyOf(out);
      }
    });
  }

  private static CustomerRequest read(String doc, String what) {
    try {
      return CrmJson.read(doc, CustomerRequest.class);
    } catch (JsonFormatException e) {
      // The JSON exception names line, column and path only, never a value.
      throw new StorageException(what + ": a stored document is not a valid request", e);
    }
  }

  @Override
  public String toString() {
    return "JdbcRequestStore[" + tx.dialect() + "]";
  }
}
