package org.crmkit.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class DialectTest {

  @Test
  void forUrl_h2AndPostgresqlUrls_returnTheirDialects() {
    assertEquals(Dialect.H2, Dialect.forUrl("jdbc:h2:mem:crm;DB_CLOSE_DELAY=-1"));
    assertEquals(Dialect.H2, Dialect.forUrl(" JDBC:H2:file:/tmp/crm"));
    assertEquals(Dialect.POSTGRESQL, Dialect.forUrl("jdbc:postgresql://127.0.0.1:5432/crm?user=u"));
  }

  @Test
  void forUrl_otherDatabase_throwsWithoutTheRestOfTheUrl() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Dialect.forUrl("jdbc:mysql://db/crm?password=secret"));
    assertTrue(e.getMessage().contains("jdbc:mysql:"), e.getMessage());
    assertFalse(e.getMessage().contains("secret"));
    assertThrows(IllegalArgumentException.class, () -> Dialect.forUrl("h2:mem:x"));
  }

  private static final int V2_STATEMENTS = 6;
  private static final String V2_SHAPE = "3 tables, 1 counter row, 2 indexes";

  @Test
  void schemaLocation_eachDialect_holdsV1V2AndV3OnTheClasspath() throws IOException {
    for (Dialect d : Dialect.values()) {
      assertEquals(List.of(d.schemaLocation() + "/V1__crmkit.sql", d.schemaLocation() + "/V2__privacy.sql",
          d.schemaLocation() + "/V3__access_subjects.sql"), d.schemaScripts());
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(d.schemaScripts().get(2))) {
        assertNotNull(in, d.name());
        String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, JdbcStores.statements(sql).size(), d.name() + ": 1 table, 1 index");
      }
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(d.schemaScripts().get(1))) {
        assertNotNull(in, d.name());
        String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(V2_STATEMENTS, JdbcStores.statements(sql).size(), d.name() + ": " + V2_SHAPE);
      }
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(d.schemaScripts().get(0))) {
        assertNotNull(in, d.name());
        String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(18, JdbcStores.statements(sql).size(), d.name() + ": 7 tables, 10 indexes, 1 counter row");
      }
    }
    assertEquals("org/crmkit/examples/jdbc/schema/postgresql", Dialect.POSTGRESQL.schemaLocation());
  }

  @Test
  void statements_commentsAndSemicolons_splitIntoStatements() {
    assertEquals(List.of("CREATE TABLE a (x INT)", "INSERT INTO a\n  SELECT 1"),
        JdbcStores.statements("-- header\nCREATE TABLE a (x INT);\n\n  -- note\nINSERT INTO a\n  SELECT 1;\n"));
  }

  @Test
  void insertOrReplace_postgresql_updatesEveryColumnButTheKey() {
    assertEquals("INSERT INTO t (id, a, b) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET a = EXCLUDED.a,"
        + " b = EXCLUDED.b", Dialect.POSTGRESQL.insertOrReplace("t", List.of("id", "a", "b"), "id"));
    assertEquals("MERGE INTO t (id, a) KEY (id) VALUES (?, ?)", Dialect.H2.insertOrReplace("t", List.of("id", "a"), "id"));
  }

  @Test
  void dataSource_url_returnsTheDriversSimpleDataSource() {
    assertInstanceOf(JdbcDataSource.class, JdbcStores.dataSource("jdbc:h2:mem:x"));
    assertInstanceOf(PGSimpleDataSource.class, JdbcStores.dataSource("jdbc:postgresql://127.0.0.1:1/x"));
  }
}
