package org.crmkit.examples.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmkit.core.CustomerId;
import org.crmkit.core.spi.StorageException;
import org.crmkit.privacy.spi.AccessLogEntry;
import org.crmkit.privacy.spi.AccessLogStore;
import org.crmkit.privacy.spi.AccessOutcome;

/**
 * The JDBC {@link AccessLogStore} of crm-privacy's hash-chained access log: {@code
 * crm_access_log}, one row per entry with every field in a column of its own, and a one-row
 * counter {@code crm_access_log_head} holding the number of entries (schema script {@code
 * V2__privacy.sql}); the entry's subjects, the ids of the customers its read returned, in the
 * child table {@code crm_access_log_subject}, one row per subject with its position, indexed by
 * customer id so that {@link #entriesAbout} is one indexed query (schema script {@code
 * V3__access_subjects.sql}).
 *
 * <p>An append raises the counter only if it still equals the entry's index and inserts the row
 * and its subject rows, in one transaction: the counter's row lock serialises appenders, across threads and processes,
 * so indexes are 0, 1, 2, … without gaps or duplicates, and an append whose index is no longer the
 * next one changes nothing and fails with {@link IllegalArgumentException}. Texts are stored as
 * given and instants as epoch seconds plus nanoseconds, so the entries read back are equal to
 * those appended and {@code AccessLog.verify()} recomputes the same hashes; a row or a subject
 * changed behind the log's back breaks the chain there, and an entry whose subject rows no longer
 * match its customer count (a subject row deleted or added in SQL) is not a valid entry: reading
 * it fails with {@link StorageException}. The store itself never updates or deletes a row.
 *
 * <p>Thread-safe. Obtain one from {@link JdbcStores#accessLogStore}; each call is its own
 * transaction unless it runs inside the transaction hook it was created with.
 */
public final class JdbcAccessLogStore implements AccessLogStore {
  private static final String COLUMNS = "entry_index, at_second, at_nano, application_id, user_id, view_name,"
      + " purpose, customers, outcome, previous_hash, entry_hash";

  private static final String SUBJECT_COLUMNS = "entry_index, position, customer_id";

  private final JdbcTransactions tx;

  JdbcAccessLogStore(JdbcTransactions tx) {
    this.tx = requireNonNull(tx, "tx");
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the entry's index is not the number of stored entries;
   *     nothing is written then
   * @throws StorageException if the database fails, with the {@link SQLException} as cause;
   *     nothing is written then
   */
  @Override
  public void append(AccessLogEntry entry) {
    requireNonNull(entry, "entry");
    tx.run("access log append of entry " + entry.index(), c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE crm_access_log_head SET entries = entries + 1 WHERE id = 1 AND entries = ?")) {
        ps.setLong(1, entry.index());
        if (ps.executeUpdate() != 1) {
          long size = size(c);
          throw new IllegalArgumentException("entry index must be " + size + " but was " + entry.index());
        }
      }
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO crm_access_log (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setLong(1, entry.index());
        ps.setLong(2, entry.at().getEpochSecond());
        ps.setInt(3, entry.at().getNano());
        ps.setString(4, entry.applicationId());
        ps.setString(5, entry.userId());
        ps.setString(6, entry.view());
        ps.setString(7, entry.purpose());
        ps.setLong(8, entry.customers());
        ps.setString(9, entry.outcome().name());
        ps.setString(10, entry.previousHash());
        ps.setString(11, entry.hash());
        ps.executeUpdate();
      }
      List<CustomerId> subjects = entry.subjects();
      if (!subjects.isEmpty()) {
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO crm_access_log_subject (" + SUBJECT_COLUMNS + ") VALUES (?, ?, ?)")) {
          for (int i = 0; i < subjects.size(); i++) {
            ps.setLong(1, entry.index());
            ps.setInt(2, i);
            ps.setString(3, subjects.get(i).value());
            ps.addBatch();
          }
          ps.executeBatch();
        }
      }
      return null;
    });
  }

  /**
   * {@inheritDoc}
   *
   * @throws StorageException if the database fails, or a stored row is not a valid entry (changed
   *     behind the store's back)
   */
  @Override
  public List<AccessLogEntry> read(long fromIndex, int max) {
    checkArgument(fromIndex >= 0, "fromIndex must be >= 0 but was %s", fromIndex);
    checkArgument(max >= 1, "max must be >= 1 but was %s", max);
    return tx.run("access log read from entry " + fromIndex, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
          + " FROM crm_access_log WHERE entry_index >= ? ORDER BY entry_index LIMIT ?")) {
        ps.setLong(1, fromIndex);
        ps.setInt(2, max);
        List<Row> rows = new ArrayList<>(Math.min(max, JdbcTransactions.FETCH_SIZE));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.add(row(rs));
          }
        }
        if (rows.isEmpty()) {
          return List.of();
        }
        Map<Long, List<CustomerId>> subjects = subjects(c, "entry_index >= ? AND entry_index <= ?",
            rows.get(0).index(), rows.get(rows.size() - 1).index());
        return entries(rows, subjects);
      }
    });
  }

  /**
   * {@inheritDoc} One query over the subject index, then the entries it names.
   *
   * @throws StorageException if the database fails, or a stored row is not a valid entry
   */
  @Override
  public List<AccessLogEntry> entriesAbout(CustomerId id) {
    requireNonNull(id, "id");
    return tx.run("access log entries about customer " + id.value(), c -> {
      List<Row> rows = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT " + prefixed("e.") + " FROM crm_access_log e"
          + " WHERE e.entry_index IN (SELECT s.entry_index FROM crm_access_log_subject s WHERE s.customer_id = ?)"
          + " ORDER BY e.entry_index")) {
        ps.setString(1, id.value());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.add(row(rs));
          }
        }
      }
      if (rows.isEmpty()) {
        return List.of();
      }
      Map<Long, List<CustomerId>> subjects = subjects(c, "entry_index IN (SELECT entry_index FROM"
          + " crm_access_log_subject WHERE customer_id = ?)", id.value());
      return entries(rows, subjects);
    });
  }

  /** The subjects of the entries a condition selects, by entry index, each list in position order. */
  private static Map<Long, List<CustomerId>> subjects(Connection c, String where, Object... args) throws SQLException {
    Map<Long, List<CustomerId>> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT " + SUBJECT_COLUMNS + " FROM crm_access_log_subject"
        + " WHERE " + where + " ORDER BY entry_index, position")) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.setFetchSize(JdbcTransactions.FETCH_SIZE);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long index = rs.getLong(1);
          List<CustomerId> ids = out.computeIfAbsent(index, k -> new ArrayList<>());
          if (rs.getInt(2) != ids.size()) {
            throw new StorageException("stored access log entry " + index + " has a gap in its subjects");
          }
          try {
            ids.add(CustomerId.of(rs.getString(3)));
          } catch (IllegalArgumentException | NullPointerException e) {
            throw new StorageException("stored access log entry " + index + " has a subject that is not a customer id",
                e);
          }
        }
      }
    }
    return out;
  }

  private static List<AccessLogEntry> entries(List<Row> rows, Map<Long, List<CustomerId>> subjects) {
    List<AccessLogEntry> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(r.entry(subjects.getOrDefault(r.index(), List.of())));
    }
    return List.copyOf(out);
  }

  private static String prefixed(String alias) {
    return alias + COLUMNS.replace(", ", ", " + alias);
  }

  /**
   * {@inheritDoc}
   *
   * @throws StorageException if the database fails
   */
  @Override
  public long size() {
    return tx.run("access log size", JdbcAccessLogStore::size);
  }

  private static long size(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT entries FROM crm_access_log_head WHERE id = 1");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new StorageException("the access log head row is missing; was the schema created?");
      }
      return rs.getLong(1);
    }
  }

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
        rs.getString(7), rs.getLong(8), rs.getString(9), rs.getString(10), rs.getString(11));
  }

  /** The columns of one entry row, before its subjects are attached. */
  private record Row(long index, long second, int nano, String applicationId, String userId, String view,
      String purpose, long customers, String outcome, String previousHash, String hash) {

    AccessLogEntry entry(List<CustomerId> subjects) {
      try {
        return new AccessLogEntry(index, Instant.ofEpochSecond(second, nano), applicationId, userId, view, purpose,
            customers, subjects, AccessOutcome.valueOf(outcome), previousHash, hash);
      } catch (IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
        // Only a row written behind the store's back gets here; the message names the index only.
        throw new StorageException("stored access log entry " + index + " is not a valid entry", e);
      }
    }
  }

  @Override
  public String toString() {
    return "JdbcAccessLogStore[" + tx.dialect() + "]";
  }
}
