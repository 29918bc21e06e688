package org.crmkit.examples.jdbc;

import javax.sql.DataSource;

/** Runs {@link CustomerCriteriaLaws} on fresh in-memory H2 databases. */
class H2CustomerCriteriaProperties extends CustomerCriteriaLaws {
  private static final H2Fixture DB = new H2Fixture("criteria");

  @Override
  DataSource freshDataSource() {
    return DB.fresh();
  }

  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}
