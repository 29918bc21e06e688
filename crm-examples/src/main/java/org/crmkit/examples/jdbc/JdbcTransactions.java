package org.crmkit.examples.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.crmkit.core.spi.StorageException;
import org.crmkit.core.spi.TransactionHook;

/**
 * The connections of one set of JDBC stores, and their {@link TransactionHook}. Thread-safe.
 *
 * <p>Outside {@link #inTransaction} every store call takes a connection from the data source, runs
 * in its own transaction (auto-commit off) and closes the connection. Inside it, every store call
 * on that thread joins the one transaction bound to the thread; a write that fails rolls back to a
 * savepoint taken before it, so it still leaves nothing behind, and the work as a whole commits when
 * it returns and rolls back when it throws. Nested {@code inTransaction} calls join the outer one.
 */
final class JdbcTransactions implements TransactionHook {
  /** Rows per round trip when streaming; PostgreSQL only honours it with auto-commit off. */
  static final int FETCH_SIZE = 500;

  private final DataSource dataSource;
  private final Dialect dialect;
  private final ThreadLocal<Connection> current = new ThreadLocal<>();

  JdbcTransactions(DataSource dataSource, Dialect dialect) {
    this.dataSource = requireNonNull(dataSource, "dataSource");
    this.dialect = requireNonNull(dialect, "dialect");
  }

  Dialect dialect() {
    return dialect;
  }

  /** Work on a connection that may throw {@link SQLException}. */
  @FunctionalInterface
  interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Reads one row of a result set. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** Binds a statement's parameters. */
  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    requireNonNull(work, "work");
    if (current.get() != null) {
      return work.get();
    }
    Connection c = open("transaction");
    current.set(c);
    try {
      T result = work.get();
      commit(c, "transaction");
      return result;
    } catch (RuntimeException | Error e) {
      rollbackQuietly(c, e);
      throw e;
    } finally {
      current.remove();
      closeQuietly(c);
    }
  }

  /**
   * Runs work in the thread's transaction or in a new one; a failure undoes everything the work
   * wrote and surfaces as a {@link StorageException} (SQL failures) or as thrown (domain failures).
   */
  <T> T run(String what, SqlWork<T> work) {
    Connection joined = current.get();
    if (joined != null) {
      return runInSavepoint(joined, what, work);
    }
    Connection c = open(what);
    try {
      T result = work.run(c);
      commit(c, what);
      return result;
    } catch (SQLException e) {
      rollbackQuietly(c, e);
      throw failure(what, e);
    } catch (RuntimeException | Error e) {
      rollbackQuietly(c, e);
      throw e;
    } finally {
      closeQuietly(c);
    }
  }

  private static <T> T runInSavepoint(Connection c, String what, SqlWork<T> work) {
    Savepoint savepoint;
    try {
      savepoint = c.setSavepoint();
    } catch (SQLException e) {
      throw failure(what, e);
    }
    try {
      T result = work.run(c);
      c.releaseSavepoint(savepoint);
      return result;
    } catch (SQLException e) {
      rollbackQuietly(c, savepoint, e);
      throw failure(what, e);
    } catch (RuntimeException | Error e) {
      rollbackQuietly(c, savepoint, e);
      throw e;
    }
  }

  /**
   * Streams the rows of a query without reading them all first: the statement runs now, rows are
   * fetched {@link #FETCH_SIZE} at a time as the stream is consumed, and closing the stream
   * releases the statement (and the connection, unless it is the thread's transaction's).
   */
  <T> Stream<T> stream(String what, String sql, Binder binder, RowReader<T> reader) {
    Connection joined = current.get();
    Connection c = joined != null ? joined : open(what);
    PreparedStatement ps = null;
    ResultSet rs;
    try {
      if (joined == null) {
        dialect.prepareForStreaming(c);
      }
      ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      ps.setFetchSize(FETCH_SIZE);
      binder.bind(ps);
      rs = ps.executeQuery();
    } catch (SQLException e) {
      closeQuietly(ps);
      if (joined == null) {
        rollbackQuietly(c, e);
        closeQuietly(c);
      }
      throw failure(what, e);
    }
    PreparedStatement statement = ps;
    Spliterator<T> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
        Spliterator.ORDERED | Spliterator.NONNULL) {
      @Override
      public boolean tryAdvance(Consumer<? super T> action) {
        T next;
        try {
          if (!rs.next()) {
            return false;
          }
          next = reader.read(rs);
        } catch (SQLException e) {
          throw failure(what, e);
        }
        action.accept(next);
        return true;
      }
    };
    return StreamSupport.stream(rows, false).onClose(() -> {
      closeQuietly(rs);
      closeQuietly(statement);
      if (joined == null) {
        try {
          dialect.finishStreaming(c);
          c.rollback(); // read-only: nothing to keep
        } catch (SQLException e) {
          // The rows were read; a failure to end the read-only transaction loses nothing.
        }
        closeQuietly(c);
      }
    });
  }

  private Connection open(String what) {
    try {
      Connection c = dataSource.getConnection();
      try {
        c.setAutoCommit(false);
      } catch (SQLException e) {
        closeQuietly(c);
        throw e;
      }
      return c;
    } catch (SQLException e) {
      throw failure(what + " (opening a connection)", e);
    }
  }

  private static void commit(Connection c, String what) {
    try {
      c.commit();
    } catch (SQLException e) {
      rollbackQuietly(c, e);
      throw failure(what + " (commit)", e);
    }
  }

  static StorageException failure(String what, SQLException e) {
    return new StorageException(what + " failed (SQLState " + e.getSQLState() + ")", e);
  }

  private static void rollbackQuietly(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  private static void rollbackQuietly(Connection c, Savepoint savepoint, Throwable cause) {
    try {
      c.rollback(savepoint);
    } catch (SQLException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  private static void closeQuietly(AutoCloseable resource) {
    if (resource == null) {
      return;
    }
    try {
      resource.close();
    } catch (Exception e) {
      // Closing after the work is done (or failed) cannot change its outcome.
    }
  }
}
