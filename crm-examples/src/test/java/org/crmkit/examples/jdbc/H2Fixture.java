package org.crmkit.examples.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Fresh in-memory H2 databases with the crmkit schema, one per store instance. Each call of {@link
 * #fresh} shuts the previous database of this fixture down, so a test class holds one at a time.
 */
final class H2Fixture {
  private static final AtomicLong COUNTER = new AtomicLong();
  private final String name;
  private JdbcDataSource previous;

  H2Fixture(String name) {
    this.name = name;
  }

  /** Returns a data source of a new, empty database with the schema created. */
  synchronized DataSource fresh() {
    shutdown();
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:crmkit-" + name + "-" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    JdbcStores.createSchema(ds, Dialect.H2);
    previous = ds;
    return ds;
  }

  /** Drops the current database. */
  synchronized void shutdown() {
    if (previous == null) {
      return;
    }
    try (Connection c = previous.getConnection(); Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    } catch (SQLException e) {
      throw new IllegalStateException("shutting down the previous H2 database failed", e);
    }
    previous = null;
  }
}
