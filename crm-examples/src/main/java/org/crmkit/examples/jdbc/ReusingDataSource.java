package org.crmkit.examples.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A minimal data source for tests and benchmarks that keeps closed connections open for reuse, so
 * that PostgreSQL runs do not pay for a new server process per store call. In production use a
 * real pool (HikariCP or your container's); this class has no limits, validation or timeouts. A
 * connection is handed back on {@code close()}; the adapter always commits or rolls back first.
 * Thread-safe.
 */
public final class ReusingDataSource implements DataSource {
  private final DataSource target;
  private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();

  /**
   * Wraps a data source.
   *
   * @param target where new connections come from
   */
  public ReusingDataSource(DataSource target) {
    this.target = target;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection physical = idle.poll();
    if (physical == null || physical.isClosed()) {
      physical = target.getConnection();
    }
    Connection c = physical;
    boolean[] closed = {false};
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "close":
              if (!closed[0]) {
                closed[0] = true;
                if (!c.isClosed()) {
                  c.setAutoCommit(true);
                  idle.add(c);
                }
              }
              return null;
            case "isClosed":
              return closed[0] || c.isClosed();
            default:
              try {
                return method.invoke(c, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
          }
        });
  }

  /** Closes every idle connection (those in use are not touched). */
  public void closeAll() {
    for (Connection c; (c = idle.poll()) != null; ) {
      try {
        c.close();
      } catch (SQLException e) {
        // Closing idle connections at the end of a run or a test class loses nothing.
      }
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("credentials belong in the URL");
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return target.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return target.isWrapperFor(iface);
  }
}
