package org.crmkit.examples.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL dialects the JDBC adapter speaks: where each keeps its schema and the few statements
 * that differ between databases (insert-if-absent and insert-or-replace). Immutable.
 */
public enum Dialect {
  /** H2 2.x, embedded (in-memory or file) or over TCP. */
  H2("h2") {
    @Override
    String insertIfAbsent(String table, List<String> columns, String key) {
      // A duplicate key fails this statement only; H2 keeps the transaction usable.
      return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks(columns) + ")";
    }

    @Override
    String insertOrReplace(String table, List<String> columns, String key) {
      return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + key + ") VALUES ("
          + marks(columns) + ")";
    }

    @Override
    void prepareForStreaming(Connection c) throws SQLException {
      try (Statement s = c.createStatement()) {
        s.execute("SET LAZY_QUERY_EXECUTION TRUE"); // rows are produced as they are read
      }
    }

    @Override
    void finishStreaming(Connection c) throws SQLException {
      try (Statement s = c.createStatement()) {
        s.execute("SET LAZY_QUERY_EXECUTION FALSE"); // the connection may go back to a pool
      }
    }
  },

  /** PostgreSQL 12 or later (tested on 15). */
  POSTGRESQL("postgresql") {
    @Override
    String insertIfAbsent(String table, List<String> columns, String key) {
      // ON CONFLICT rather than MERGE: it waits for a concurrent insert of the same key instead of
      // failing with a unique violation, which would abort the whole transaction.
      return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks(columns)
          + ") ON CONFLICT (" + key + ") DO NOTHING";
    }

    @Override
    String insertOrReplace(String table, List<String> columns, String key) {
      return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks(columns)
          + ") ON CONFLICT (" + key + ") DO UPDATE SET " + columns.stream().filter(c -> !c.equals(key))
              .map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
    }
  };

  private static final String SCHEMA_ROOT = "org/crmkit/examples/jdbc/schema/";

  private final String directory;

  Dialect(String directory) {
    this.directory = directory;
  }

  /**
   * Returns the dialect of a JDBC URL: {@code jdbc:h2:…} or {@code jdbc:postgresql:…}.
   *
   * @param jdbcUrl the URL
   * @return the dialect
   * @throws IllegalArgumentException if the URL names another database
   */
  public static Dialect forUrl(String jdbcUrl) {
    requireNonNull(jdbcUrl, "jdbcUrl");
    String url = jdbcUrl.strip();
    for (Dialect d : values()) {
      if (url.regionMatches(true, 0, "jdbc:" + d.directory + ":", 0, d.directory.length() + 6)) {
        return d;
      }
    }
    int colon = url.indexOf(':', 5);
    // Only the scheme is shown: the rest of a URL may hold a password.
    throw new IllegalArgumentException("jdbcUrl must start with jdbc:h2: or jdbc:postgresql: but started with '"
        + (colon > 0 && colon < 40 ? url.substring(0, colon + 1) : "(something else)") + "'");
  }

  /**
   * Returns the classpath folder of this dialect's versioned schema scripts, in Flyway's naming
   * ({@code V1__crmkit.sql} for crm-core's stores, {@code V2__privacy.sql} for crm-privacy's, {@code
   * V3__access_subjects.sql} for the subjects of access-log entries); give it to Flyway as {@code
   * classpath:} plus this value.
   *
   * @return for example {@code org/crmkit/examples/jdbc/schema/h2}
   */
  public String schemaLocation() {
    return SCHEMA_ROOT + directory;
  }

  /** Returns the schema scripts in the order they are applied, as classpath resource names. */
  List<String> schemaScripts() {
    return List.of(schemaLocation() + "/V1__crmkit.sql", schemaLocation() + "/V2__privacy.sql",
        schemaLocation() + "/V3__access_subjects.sql");
  }

  /**
   * Returns an insert that writes nothing, and reports 0 rows or fails with SQLState 23505, when
   * a row with the key already exists.
   */
  abstract String insertIfAbsent(String table, List<String> columns, String key);

  /** Returns an insert that replaces the row with the same key. */
  abstract String insertOrReplace(String table, List<String> columns, String key);

  /** Prepares a connection of its own for a streaming read. */
  void prepareForStreaming(Connection c) throws SQLException {}

  /** Undoes {@link #prepareForStreaming}. */
  void finishStreaming(Connection c) throws SQLException {}

  private static String marks(List<String> columns) {
    return String.join(", ", Collections.nCopies(columns.size(), "?"));
  }
}
