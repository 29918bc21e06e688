package org.crmkit.examples.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.json.CrmJson;
import org.crmkit.core.spi.ConsentStore;
import org.crmkit.core.spi.DuplicateIdException;
import org.crmkit.core.spi.StorageException;

/**
 * The JDBC {@link ConsentStore}: an append-only table {@code crm_consent_event}, one row per event
 * (a CrmJson document with its id, customer and times as columns). Rows are only ever inserted. An
 * append inserts if the id is absent and otherwise compares the stored event: equal is a no-op,
 * different throws {@link DuplicateIdException}; {@link #appendAll} does this for every event in
 * one transaction and rolls back on the first conflict. Thread-safe; obtain one from {@link
 * JdbcStores#create}.
 */
public final class JdbcConsentStore implements ConsentStore {
  private static final List<String> COLUMNS = List.of("event_id", "customer_id", "effective_second",
      "effective_nano", "recorded_second", "recorded_nano", "doc");
  private static final String HISTORY_ORDER =
      " ORDER BY effective_second, effective_nano, recorded_second, recorded_nano, event_id";

  private final JdbcTransactions tx;
  private final String insert;

  JdbcConsentStore(JdbcTransactions tx) {
    this.tx = requireNonNull(tx, "tx");
    this.insert = tx.dialect().insertIfAbsent("crm_consent_event", COLUMNS, "event_id");
  }

  @Override
  public void append(ConsentEvent event) {
    requireNonNull(event, "event");
    appendAll(List.of(event));
  }

  @Override
  public void appendAll(List<ConsentEvent> events) {
    requireNonNull(events, "events");
    Map<String, ConsentEvent> batch = new LinkedHashMap<>();
    for (ConsentEvent e : events) {
      requireNonNull(e, "event");
      ConsentEvent earlier = batch.putIfAbsent(e.eventId(), e);
      if (earlier != null && !earlier.equals(e)) {
        throw new DuplicateIdException("consent event", e.eventId());
      }
    }
    if (batch.isEmpty()) {
      return;
    }
    tx.run("consent append of " + batch.size(), c -> {
      for (ConsentEvent e : batch.values()) {
        if (!insert(c, e)) {
          Optional<ConsentEvent> stored = find(c, e.eventId());
          if (stored.isEmpty() || !stored.get().equals(e)) {
            throw new DuplicateIdException("consent event", e.eventId());
          }
        }
      }
      return null;
    });
  }

  /** Inserts the event; returns false if its id was taken. */
  private boolean insert(Connection c, ConsentEvent e) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(insert)) {
      ps.setString(1, e.eventId());
      ps.setString(2, e.customerId().value());
      ps.setLong(3, e.effectiveAt().getEpochSecond());
      ps.setInt(4, e.effectiveAt().getNano());
      ps.setLong(5, e.recordedAt().getEpochSecond());
      ps.setInt(6, e.recordedAt().getNano());
      ps.setString(7, CrmJson.write(e));
      return ps.executeUpdate() == 1;
    } catch (SQLException ex) {
      if (JdbcCustomerStore.isUniqueViolation(ex)) {
        return false;
      }
      throw ex;
    }
  }

  private static Optional<ConsentEvent> find(Connection c, String eventId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT doc FROM crm_consent_event WHERE event_id = ?")) {
      ps.setString(1, eventId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  @Override
  public List<ConsentEvent> history(CustomerId customerId) {
    requireNonNull(customerId, "customerId");
    return tx.run("consent history of " + customerId, c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT doc FROM crm_consent_event WHERE customer_id = ?" + HISTORY_ORDER)) {
        ps.setString(1, customerId.value());
        List<ConsentEvent> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(read(rs));
          }
        }
        return out;
      }
    });
  }

  @Override
  public Stream<ConsentEvent> scan() {
    return tx.stream("consent scan", "SELECT doc FROM crm_consent_event ORDER BY customer_id, "
        + HISTORY_ORDER.substring(" ORDER BY ".length()), ps -> {}, JdbcConsentStore::read);
  }

  private static ConsentEvent read(ResultSet rs) throws SQLException {
    try {
      return CrmJson.read(rs.getString(1), ConsentEvent.class);
    } catch (RuntimeException e) {
      throw new StorageException("a stored consent event document could not be read", e);
    }
  }
}
