package org.crmkit.examples.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.crmkit.core.spi.CrmStores;
import org.crmkit.core.spi.StorageException;
import org.crmkit.privacy.spi.AccessLogStore;
import org.crmkit.privacy.spi.RequestStore;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Entry point of the JDBC adapter: builds {@link CrmStores} and crm-privacy's stores over a {@link
 * DataSource}, creates the schema, and makes a simple data source from a JDBC URL. Stateless and thread-safe.
 *
 * <pre>{@code
 * DataSource ds = JdbcStores.dataSource("jdbc:h2:mem:crm;DB_CLOSE_DELAY=-1");
 * Dialect dialect = Dialect.forUrl("jdbc:h2:mem:crm;DB_CLOSE_DELAY=-1");
 * JdbcStores.createSchema(ds, dialect);
 * CrmStores stores = JdbcStores.create(ds, dialect);
 * }</pre>
 */
public final class JdbcStores {
  /**
   * A private in-memory H2 database that lives until the JVM exits: the embedded default for a
   * demo or a test ({@code jdbc:h2:mem:crmkit;DB_CLOSE_DELAY=-1}).
   */
  public static final String H2_IN_MEMORY_URL = "jdbc:h2:mem:crmkit;DB_CLOSE_DELAY=-1";

  private JdbcStores() {}

  /**
   * Returns the four JDBC stores over a data source, with a {@link
   * org.crmkit.core.spi.TransactionHook} whose transactions span all four: work run in {@code
   * stores.transactions().inTransaction(...)} on one thread uses one connection and commits or rolls
   * back as a whole. Outside it every store call is its own transaction. The schema must exist
   * (see {@link #createSchema}); nothing is read or written until a store is used.
   *
   * @param dataSource where connections come from; a pool is the host's choice
   * @param dialect the database's dialect
   * @return the stores
   */
  public static CrmStores create(DataSource dataSource, Dialect dialect) {
    JdbcTransactions tx = new JdbcTransactions(dataSource, dialect);
    return new CrmStores(new JdbcCustomerStore(tx), new JdbcInteractionStore(tx), new JdbcConsentStore(tx),
        new JdbcAuditLog(tx), tx);
  }

  /**
   * Returns the JDBC store of crm-privacy's access log over a data source; give it to {@code
   * AccessLog.over(store)}. Every call is its own transaction. The schema must exist (see {@link
   * #createSchema}, which creates the access-log tables too).
   *
   * @param dataSource where connections come from
   * @param dialect the database's dialect
   * @return the store
   */
  public static AccessLogStore accessLogStore(DataSource dataSource, Dialect dialect) {
    return new JdbcAccessLogStore(new JdbcTransactions(dataSource, dialect));
  }

  /**
   * Returns the JDBC store of crm-privacy's customer requests over a data source; give it to
   * {@code CustomerRights}. Every call is its own transaction. The schema must exist (see {@link
   * #createSchema}, which creates the request table too).
   *
   * @param dataSource where connections come from
   * @param dialect the database's dialect
   * @return the store
   */
  public static RequestStore requestStore(DataSource dataSource, Dialect dialect) {
    return new JdbcRequestStore(new JdbcTransactions(dataSource, dialect));
  }

  /**
   * Returns the JDBC access-log store on the database of stores made by {@link #create}, sharing
   * their transaction hook: an append inside {@code stores.transactions().inTransaction(...)} commits
   * or rolls back with the rest of the work.
   *
   * @param stores stores returned by {@link #create} or {@link #open}
   * @return the store
   * @throws IllegalArgumentException if the stores are not this adapter's
   */
  public static AccessLogStore accessLogStore(CrmStores stores) {
    return new JdbcAccessLogStore(transactionsOf(stores));
  }

  /**
   * Returns the JDBC request store on the database of stores made by {@link #create}, sharing
   * their transaction hook: approving a correction (a customer upsert and a request update) inside
   * {@code stores.transactions().inTransaction(...)} commits or rolls back as a whole.
   *
   * @param stores stores returned by {@link #create} or {@link #open}
   * @return the store
   * @throws IllegalArgumentException if the stores are not this adapter's
   */
  public static RequestStore requestStore(CrmStores stores) {
    return new JdbcRequestStore(transactionsOf(stores));
  }

  private static JdbcTransactions transactionsOf(CrmStores stores) {
    requireNonNull(stores, "stores");
    checkArgument(stores.transactions() instanceof JdbcTransactions,
        "stores must come from JdbcStores.create but their transaction hook was a %s",
        stores.transactions().getClass().getName());
    return (JdbcTransactions) stores.transactions();
  }

  /**
   * Opens the stores of a JDBC URL in one call, as the {@code crm} command does: a {@link
   * #dataSource simple data source}, the {@link Dialect#forUrl dialect} of the URL, the schema
   * {@link #createSchema created if missing}, and {@link #create the stores}. For an in-memory H2
   * database keep it alive between connections with {@code ;DB_CLOSE_DELAY=-1}, as in {@link
   * #H2_IN_MEMORY_URL}.
   *
   * @param jdbcUrl a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL
   * @return the stores
   * @throws IllegalArgumentException if the URL names another database
   * @throws StorageException if the database cannot be reached or the schema not created
   */
  public static CrmStores open(String jdbcUrl) {
    Dialect dialect = Dialect.forUrl(jdbcUrl);
    DataSource ds = dataSource(jdbcUrl);
    createSchema(ds, dialect);
    return create(ds, dialect);
  }

  /**
   * Creates the tables and indexes if they do not exist, by running the dialect's versioned scripts
   * ({@link Dialect#schemaLocation()}) in one transaction. Safe to call again on a database that has
   * them. Hosts that manage their schema with Flyway point it at the same scripts instead.
   *
   * @param dataSource the database
   * @param dialect its dialect
   * @throws StorageException if a statement fails; nothing was created then (on databases with
   *     transactional DDL, such as PostgreSQL)
   */
  public static void createSchema(DataSource dataSource, Dialect dialect) {
    requireNonNull(dataSource, "dataSource");
    requireNonNull(dialect, "dialect");
    List<String> statements = new ArrayList<>();
    for (String script : dialect.schemaScripts()) {
      statements.addAll(statements(resource(script)));
    }
    new JdbcTransactions(dataSource, dialect).run("schema creation", c -> {
      try (Statement s = c.createStatement()) {
        for (String sql : statements) {
          s.execute(sql);
        }
      }
      return null;
    });
  }

  /**
   * Returns a simple, non-pooling data source for a JDBC URL: H2's {@code JdbcDataSource} or
   * PostgreSQL's {@code PGSimpleDataSource}. User and password go in the URL ({@code
   * ?user=…&password=…} for PostgreSQL, {@code ;USER=…;PASSWORD=…} for H2).
   *
   * @param jdbcUrl a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL
   * @return the data source
   * @throws IllegalArgumentException if the URL names another database or PostgreSQL rejects it
   */
  public static DataSource dataSource(String jdbcUrl) {
    Dialect dialect = Dialect.forUrl(jdbcUrl);
    if (dialect == Dialect.H2) {
      JdbcDataSource ds = new JdbcDataSource();
      ds.setURL(jdbcUrl);
      return ds;
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(jdbcUrl);
    return ds;
  }

  private static String resource(String name) {
    try (InputStream in = JdbcStores.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("schema script " + name + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading schema script " + name + " failed", e);
    }
  }

  /** Splits a script into statements: comment lines dropped, statements end with {@code ;} at a line end. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String sql = current.toString().strip();
        out.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }

}
