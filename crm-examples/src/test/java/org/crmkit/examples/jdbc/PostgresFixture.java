package org.crmkit.examples.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL schema of its own for one test class, in the database of the system property {@value
 * #PROPERTY}: created on first use, emptied for every store instance, dropped by {@link #drop}.
 */
final class PostgresFixture {
  /** The system property holding the JDBC URL of the test database. */
  static final String PROPERTY = "crmkit.postgres.url";
  private static final String[] TABLES = {"crm_customer_key", "crm_customer_tag", "crm_customer",
      "crm_interaction", "crm_consent_event", "crm_audit_entry", "crm_access_log",
      "crm_access_log_subject", "crm_customer_request"};

  private final String prefix;
  private String schema;
  private PGSimpleDataSource dataSource;
  private ReusingDataSource pooled;

  PostgresFixture(String prefix) {
    this.prefix = prefix;
  }

  /** The environment variable read when {@value #PROPERTY} is unset; {@code .ci/run} sets it. */
  static final String ENVIRONMENT = "CRMKIT_POSTGRES_URL";

  /**
   * Returns the URL from {@value #PROPERTY}, else from the environment variable {@value
   * #ENVIRONMENT}, or empty when both are unset or blank. Surefire passes an unset Maven property
   * through as the literal text {@code ${crmkit.postgres.url}}; that counts as unset too.
   */
  static Optional<String> url() {
    String url = System.getProperty(PROPERTY, "").strip();
    if (url.isEmpty() || url.startsWith("${")) {
      url = System.getenv().getOrDefault(ENVIRONMENT, "").strip();
    }
    return url.isEmpty() || url.startsWith("${") ? Optional.empty() : Optional.of(url);
  }

  /**
   * Returns a data source whose connections use this class's schema, with every table empty; it
   * reuses connections (see {@link ReusingDataSource}).
   */
  synchronized DataSource fresh() {
    if (dataSource == null) {
      String base = url().orElseThrow(() -> new IllegalStateException(PROPERTY + " is not set"));
      schema = "crmkit_" + prefix.toLowerCase(Locale.ROOT) + "_"
          + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
      execute(base, "CREATE SCHEMA " + schema);
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setURL(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
      JdbcStores.createSchema(ds, Dialect.POSTGRESQL);
      dataSource = ds;
      pooled = new ReusingDataSource(ds);
    } else {
      // DELETE, not TRUNCATE: on a handful of rows it is much cheaper.
      try (Connection c = pooled.getConnection(); Statement s = c.createStatement()) {
        for (String table : TABLES) {
          s.execute("DELETE FROM " + table);
        }
        s.execute("UPDATE crm_audit_counter SET last_sequence = 0");
        s.execute("UPDATE crm_access_log_head SET entries = 0");
      } catch (SQLException e) {
        throw new IllegalStateException("emptying schema " + schema + " failed", e);
      }
    }
    return pooled;
  }

  /** Returns the base URL with this class's schema, for tests that build their own data source. */
  synchronized String schemaUrl() {
    fresh();
    return dataSource.getURL();
  }

  /** Drops the schema and everything in it, if it was created. */
  synchronized void drop() {
    if (dataSource == null) {
      return;
    }
    pooled.closeAll();
    execute(url().orElseThrow(), "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    dataSource = null;
    pooled = null;
    schema = null;
  }

  private static void execute(String url, String sql) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL statement failed (SQLState " + e.getSQLState() + ")", e);
    }
  }
}
