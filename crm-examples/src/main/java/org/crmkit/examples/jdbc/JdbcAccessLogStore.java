package org.crmkit.examples.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.core.spi.StorageException;
import org.crmkit.privacy.spi.AccessLogEntry;
import org.crmkit.privacy.spi.AccessLogStore;
import org.crmkit.privacy.spi.AccessOutcome;

/**
 * The JDBC {@link AccessLogStore} of crm-privacy's hash-chained access log: {@code
 * crm_access_log}, one row per entry with every field in a column of its own, and a one-row
 * counter {@code crm_access_log_head} holding the number of entries (schema script {@code
 * V2__privacy.sql}).
 *
 * <p>An append raises the counter only if it still equals the entry's index and inserts the row,
 * in one transaction: the counter's row lock serialises appenders, across threads and processes,
 * so indexes are 0, 1, 2, … without gaps or duplicates, and an append whose index is no longer the
 * next one changes nothing and fails with {@link IllegalArgumentException}. Texts are stored as
 * given and instants as epoch seconds plus nanoseconds, so the entries read back are equal to
 * those appended and {@code AccessLog.verify()} recomputes the same hashes; a row changed behind
 * the log's back breaks the chain there. The store itself never updates or deletes a row.
 *
 * <p>Thread-safe. Obtain one from {@link JdbcStores#accessLogStore}; each call is its own
 * transaction unless it runs inside the transaction hook it was created with.
 */
public final class JdbcAccessLogStore implements AccessLogStore {
  private static final String COLUMNS = "entry_index, at_second, at_nano, application_id, user_id, view_name,"
      + " purpose, customers, outcome, previous_hash, entry_hash";

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
        List<AccessLogEntry> out = new ArrayList<>(Math.min(max, JdbcTransactions.FETCH_SIZE));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(read(rs));
          }
        }
        return List.copyOf(out);
      }
    });
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

  private static AccessLogEntry read(ResultSet rs) throws SQLException {
    long index = rs.getLong(1);
    try {
      return new AccessLogEntry(index, Instant.ofEpochSecond(rs.getLong(2), rs.getInt(3)), rs.getString(4),
          rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), AccessOutcome.valueOf(rs.getString(9)),
          rs.getString(10), rs.getString(11));
    } catch (IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
      // Only a row written behind the store's back gets here; the message names the index only.
      throw new StorageException("stored access log entry " + index + " is not a valid entry", e);
    }
  }

  @Override
  public String toString() {
    return "JdbcAccessLogStore[" + tx.dialect() + "]";
  }
}
