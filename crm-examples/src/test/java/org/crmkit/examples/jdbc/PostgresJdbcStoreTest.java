package org.crmkit.examples.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Runs {@link JdbcStoreScenarios} on the PostgreSQL of {@code -Dcrmkit.postgres.url}, in a schema of
 * its own; a lost connection is a real one here: the server terminates the scan's backend.
 */
@ExtendWith(RequiresPostgres.class)
class PostgresJdbcStoreTest extends JdbcStoreScenarios {
  private static final PostgresFixture DB = new PostgresFixture("scenarios");

  @Override
  DataSource freshDataSource() {
    return DB.fresh();
  }

  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  @Override
  String unreachableUrl(int port) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/nothing?user=postgres&connectTimeout=5";
  }

  @Override
  void loseConnection(Connection physical) throws SQLException {
    int pid;
    try (PreparedStatement ps = physical.prepareStatement("SELECT pg_backend_pid()");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      pid = rs.getInt(1);
    }
    PGSimpleDataSource admin = new PGSimpleDataSource();
    admin.setURL(PostgresFixture.url().orElseThrow());
    try (Connection c = admin.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT pg_terminate_backend(?)")) {
      ps.setInt(1, pid);
      ps.execute();
    }
  }

  @AfterAll
  static void dropSchema() {
    DB.drop();
  }
}
