package org.crmkit.examples.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.crmkit.core.CustomerId;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.json.CrmJson;
import org.crmkit.core.spi.InteractionStore;
import org.crmkit.core.spi.StorageException;

/**
 * The JDBC {@link InteractionStore}: one row per interaction in {@code crm_interaction}, the
 * interaction as a CrmJson document with its customer id, time (epoch second and nanosecond, exact
 * for every {@link Instant}) and kind as columns; the time line index serves {@link #byCustomer}.
 * The customer-id column is authoritative: {@link #reassign} updates it alone, and reading applies it
 * to the document. Thread-safe; obtain one from {@link JdbcStores#create}.
 */
public final class JdbcInteractionStore implements InteractionStore {
  private static final int CHUNK = 1000;
  private static final List<String> COLUMNS = List.of("id", "customer_id", "at_second", "at_nano", "kind", "doc");
  private static final String SELECT = "SELECT customer_id, doc FROM crm_interaction";
  private static final String TIME_ORDER = " ORDER BY at_second, at_nano, id";

  private final JdbcTransactions tx;
  private final String upsert;

  JdbcInteractionStore(JdbcTransactions tx) {
    this.tx = requireNonNull(tx, "tx");
    this.upsert = tx.dialect().insertOrReplace("crm_interaction", COLUMNS, "id");
  }

  @Override
  public Optional<Interaction> findById(InteractionId id) {
    requireNonNull(id, "id");
    return tx.run("interaction find " + id, c -> {
      try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
        ps.setString(1, id.value());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(read(rs)) : Optional.<Interaction>empty();
        }
      }
    });
  }

  @Override
  public void upsert(Interaction interaction) {
    requireNonNull(interaction, "interaction");
    write(List.of(interaction), "interaction upsert " + interaction.id());
  }

  @Override
  public void upsertAll(List<Interaction> interactions) {
    requireNonNull(interactions, "interactions");
    Set<InteractionId> ids = new HashSet<>();
    for (Interaction i : interactions) {
      requireNonNull(i, "interaction");
      checkArgument(ids.add(i.id()), "interactions must have distinct ids but %s was repeated", i.id());
    }
    if (!interactions.isEmpty()) {
      write(interactions, "interaction batch upsert of " + interactions.size());
    }
  }

  private void write(List<Interaction> interactions, String what) {
    List<String> docs = new ArrayList<>(interactions.size());
    interactions.forEach(i -> docs.add(CrmJson.write(i)));
    tx.run(what, c -> {
      try (PreparedStatement ps = c.prepareStatement(upsert)) {
        for (int n = 0; n < interactions.size(); n++) {
          Interaction i = interactions.get(n);
          ps.setString(1, i.id().value());
          ps.setString(2, i.customerId().value());
          ps.setLong(3, i.occurredAt().getEpochSecond());
          ps.setInt(4, i.occurredAt().getNano());
          ps.setString(5, i.kind().name());
          ps.setString(6, docs.get(n));
          ps.addBatch();
          if ((n + 1) % CHUNK == 0) {
            ps.executeBatch();
          }
        }
        ps.executeBatch();
      }
      return null;
    });
  }

  @Override
  public List<Interaction> byCustomer(CustomerId customerId, Instant from, Instant to) {
    requireNonNull(customerId, "customerId");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(!to.isBefore(from), "to must not be before from but was %s < %s", to, from);
    return tx.run("interaction range of " + customerId, c -> {
      try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE customer_id = ?"
          + " AND (at_second > ? OR (at_second = ? AND at_nano >= ?))"
          + " AND (at_second < ? OR (at_second = ? AND at_nano < ?))" + TIME_ORDER)) {
        ps.setString(1, customerId.value());
        ps.setLong(2, from.getEpochSecond());
        ps.setLong(3, from.getEpochSecond());
        ps.setInt(4, from.getNano());
        ps.setLong(5, to.getEpochSecond());
        ps.setLong(6, to.getEpochSecond());
        ps.setInt(7, to.getNano());
        return readAll(ps);
      }
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>Moving a customer's interactions to itself moves nothing and returns 0.
   */
  @Override
  public int reassign(CustomerId from, CustomerId to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (from.equals(to)) {
      return 0;
    }
    return tx.run("interaction reassign " + from + " to " + to, c -> update(c,
        "UPDATE crm_interaction SET customer_id = ? WHERE customer_id = ?", to.value(), from.value()));
  }

  @Override
  public int deleteByCustomer(CustomerId customerId) {
    requireNonNull(customerId, "customerId");
    return tx.run("interaction delete of " + customerId,
        c -> update(c, "DELETE FROM crm_interaction WHERE customer_id = ?", customerId.value()));
  }

  @Override
  public Stream<Interaction> scan() {
    return tx.stream("interaction scan", SELECT + " ORDER BY customer_id, at_second, at_nano, id", ps -> {},
        JdbcInteractionStore::read);
  }

  @Override
  public long count() {
    return tx.run("interaction count", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM crm_interaction");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  private static int update(Connection c, String sql, String... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setString(i + 1, params[i]);
      }
      return ps.executeUpdate();
    }
  }

  private static List<Interaction> readAll(PreparedStatement ps) throws SQLException {
    List<Interaction> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(read(rs));
      }
    }
    return out;
  }

  private static Interaction read(ResultSet rs) throws SQLException {
    CustomerId owner = CustomerId.of(rs.getString(1));
    Interaction i;
    try {
      i = CrmJson.read(rs.getString(2), Interaction.class);
    } catch (RuntimeException e) {
      throw new StorageException("a stored interaction document could not be read", e);
    }
    return i.customerId().equals(owner) ? i : i.withCustomerId(owner);
  }
}
