package org.crmkit.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.crmkit.core.CustomerId;
import org.crmkit.core.spi.CrmStores;
import org.crmkit.core.spi.StorageException;
import org.crmkit.privacy.access.AccessLog;
import org.crmkit.privacy.access.AccessPolicy;
import org.crmkit.privacy.access.LogVerification;
import org.crmkit.privacy.access.Viewer;
import org.crmkit.privacy.spi.AccessLogEntry;
import org.crmkit.privacy.spi.AccessLogStore;
import org.crmkit.privacy.spi.AccessLogStoreContract;
import org.crmkit.privacy.spi.AccessOutcome;
import org.junit.jupiter.api.Test;

/**
 * crm-privacy's {@link AccessLogStoreContract} plus what only a database can break: the hash chain
 * surviving the round trip through columns, a row changed in SQL, a failed insert, and appenders
 * with stores of their own. Subclasses give a fresh database per store.
 */
abstract class JdbcAccessLogStoreContract extends AccessLogStoreContract {
  private static final Instant T = Instant.parse("2025-03-04T05:06:07.123456789Z");
  private static final Viewer VIEWER = Viewer.of("crm-web", "u42", "customer-service", AccessPolicy.USER);

  private DataSource dataSource;

  /** Returns a data source of an empty database with the schema. */
  abstract DataSource freshDataSource();

  /** Returns the database's dialect. */
  abstract Dialect dialect();

  @Override
  protected final AccessLogStore newStore() {
    dataSource = freshDataSource();
    return JdbcStores.accessLogStore(dataSource, dialect());
  }

  private static AccessLogEntry entry(long index, String user, String view, String purpose) {
    return new AccessLogEntry(index, T, "app", user, view, purpose, 3, ids(3), AccessOutcome.GRANTED,
        AccessLog.GENESIS, "ab".repeat(32));
  }

  private static List<CustomerId> ids(int n) {
    List<CustomerId> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(CustomerId.of("c-" + i));
    }
    return List.copyOf(out);
  }

  @Test
  void verify_logOverJdbc_isIntactAndEntriesReadBackEqual() {
    AccessLog log = AccessLog.over(newStore());
    List<AccessLogEntry> appended = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      appended.add(log.append(T.plusNanos(i * 1_001L), VIEWER, "standard", i % 3 == 0 ? List.of() : ids(i),
          i % 3 == 0 ? AccessOutcome.DENIED : AccessOutcome.GRANTED));
    }

    AccessLog reopened = AccessLog.over(JdbcStores.accessLogStore(dataSource, dialect()));
    assertEquals(appended, reopened.entries());
    assertEquals(log.head(), reopened.head());
    assertTrue(reopened.verify().isIntact());
    assertTrue(reopened.verify(log.head()).isIntact());
  }

  @Test
  void read_textsOutsideAscii_comeBackUnchanged() {
    AccessLogStore store = newStore();
    AccessLogEntry e = entry(0, "用户-ü-😀", "opt-out:direct-marketing", "客服 " + "x".repeat(5000));

    store.append(e);

    assertEquals(List.of(e), store.read(0, 1));
  }

  @Test
  void verify_rowChangedInSql_reportsThatEntry() throws SQLException {
    AccessLog log = AccessLog.over(newStore());
    for (int i = 0; i < 5; i++) {
      log.append(T, VIEWER, "standard", ids(10), AccessOutcome.GRANTED);
    }
    execute("UPDATE crm_access_log SET purpose = 'other' WHERE entry_index = 2");

    LogVerification result = AccessLog.over(JdbcStores.accessLogStore(dataSource, dialect())).verify();

    assertFalse(result.isIntact());
    assertEquals(OptionalLong.of(2), result.firstBadIndex());
    assertEquals(OptionalLong.of(2), log.verify().firstBadIndex());
  }

  @Test
  void verify_subjectChangedInSql_reportsThatEntry() throws SQLException {
    AccessLog log = AccessLog.over(newStore());
    for (int i = 0; i < 5; i++) {
      log.append(T, VIEWER, "standard", ids(3), AccessOutcome.GRANTED);
    }
    execute("UPDATE crm_access_log_subject SET customer_id = 'c-9' WHERE entry_index = 3 AND position = 1");

    LogVerification result = AccessLog.over(JdbcStores.accessLogStore(dataSource, dialect())).verify();

    assertEquals(OptionalLong.of(3), result.firstBadIndex());
    assertEquals(OptionalLong.of(3), log.verify().firstBadIndex());
  }

  @Test
  void read_subjectRowDeletedInSql_throwsStorageExceptionNamingTheEntry() throws SQLException {
    AccessLog log = AccessLog.over(newStore());
    log.append(T, VIEWER, "standard", ids(3), AccessOutcome.GRANTED);
    log.append(T, VIEWER, "standard", ids(3), AccessOutcome.GRANTED);
    execute("DELETE FROM crm_access_log_subject WHERE entry_index = 1 AND position = 2");
    AccessLogStore store = JdbcStores.accessLogStore(dataSource, dialect());

    StorageException e = assertThrows(StorageException.class, () -> store.read(0, 10));

    assertTrue(e.getMessage().contains("entry 1"), e.getMessage());
    assertThrows(StorageException.class, log::verify);
    assertThrows(StorageException.class, () -> store.entriesAbout(CustomerId.of("c-0")));
  }

  @Test
  void append_subjects_storesOneRowPerSubjectAndNoneForADenial() throws SQLException {
    AccessLog log = AccessLog.over(newStore());
    log.append(T, VIEWER, "standard", ids(4), AccessOutcome.GRANTED);
    log.append(T, VIEWER, "personal", List.of(), AccessOutcome.DENIED);

    assertEquals(4, count("SELECT COUNT(*) FROM crm_access_log_subject"));
    assertEquals(4, count("SELECT COUNT(*) FROM crm_access_log_subject WHERE entry_index = 0"));
  }

  @Test
  void read_rowWithMalformedHashWrittenInSql_throwsStorageException() throws SQLException {
    AccessLogStore store = newStore();
    store.append(entry(0, "u", "standard", "p"));
    execute("UPDATE crm_access_log SET entry_hash = '" + "Z".repeat(64) + "' WHERE entry_index = 0");

    StorageException e = assertThrows(StorageException.class, () -> store.read(0, 1));

    assertInstanceOf(IllegalArgumentException.class, e.getCause());
  }

  @Test
  void append_insertFails_throwsStorageExceptionWithCauseAndWritesNothing() throws SQLException {
    AccessLogStore store = newStore();
    // A row the head does not count: the head moves, the insert hits the primary key.
    execute("INSERT INTO crm_access_log (entry_index, at_second, at_nano, application_id, user_id, view_name,"
        + " purpose, customers, outcome, previous_hash, entry_hash) VALUES (0, 0, 0, 'a', 'u', 'v', 'p', 0,"
        + " 'GRANTED', '" + AccessLog.GENESIS + "', '" + AccessLog.GENESIS + "')");

    StorageException e = assertThrows(StorageException.class,
        () -> store.append(entry(0, "u", "standard", "p")));

    assertInstanceOf(SQLException.class, e.getCause());
    assertEquals(0, store.size());
    assertEquals(1, count("SELECT COUNT(*) FROM crm_access_log"));
    assertEquals(0, count("SELECT entries FROM crm_access_log_head"));
    assertEquals(0, count("SELECT COUNT(*) FROM crm_access_log_subject"));
  }

  @Test
  void append_storesOfTheirOwnRacing_indexesHaveNoGapsOrDuplicates() throws Exception {
    newStore();
    int threads = 4;
    int each = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Integer>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String user = "u" + t;
      AccessLogStore own = JdbcStores.accessLogStore(dataSource, dialect());
      done.add(pool.submit(() -> {
        int refused = 0;
        for (int written = 0; written < each; ) {
          try {
            own.append(entry(own.size(), user, "standard", "p"));
            written++;
          } catch (IllegalArgumentException lostTheRace) {
            refused++;
          }
        }
        return refused;
      }));
    }
    for (Future<Integer> f : done) {
      f.get();
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));

    AccessLogStore store = JdbcStores.accessLogStore(dataSource, dialect());
    List<AccessLogEntry> all = store.read(0, 1000);
    assertEquals(threads * each, store.size());
    assertEquals(threads * each, all.size());
    Map<String, Integer> perUser = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      assertEquals(i, all.get(i).index());
      perUser.merge(all.get(i).userId(), 1, Integer::sum);
    }
    assertEquals(Map.of("u0", each, "u1", each, "u2", each, "u3", each), perUser);
  }

  @Test
  void append_insideATransactionThatFails_writesNothing() {
    newStore();
    CrmStores stores = JdbcStores.create(dataSource, dialect());
    AccessLogStore store = JdbcStores.accessLogStore(stores);
    store.append(entry(0, "u", "standard", "p"));

    assertThrows(IllegalStateException.class, () -> stores.transactions().inTransaction(() -> {
      store.append(entry(1, "u", "standard", "p"));
      throw new IllegalStateException("the read failed after it was logged");
    }));

    assertEquals(1, store.size());
    assertEquals(List.of(entry(0, "u", "standard", "p")), store.read(0, 10));
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      s.execute(sql);
    }
  }

  private long count(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
