package org.crmkit.examples.jdbc;

import javax.sql.DataSource;

/** Runs {@link JdbcStoreScenarios} on fresh in-memory H2 databases. */
class H2JdbcStoreTest extends JdbcStoreScenarios {
  private static final H2Fixture DB = new H2Fixture("scenarios");

  @Override
  DataSource freshDataSource() {
    return DB.fresh();
  }

  @Override
  Dialect dialect() {
    return Dialect.H2;
  }

  @Override
  String unreachableUrl(int port) {
    return "jdbc:h2:tcp://127.0.0.1:" + port + "/mem:nothing-here";
  }
}
