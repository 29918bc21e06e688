package org.crmkit.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.crmkit.core.spi.CrmStores;
import org.crmkit.core.spi.StorageException;
import org.junit.jupiter.api.Test;

class H2JdbcStoresTest {

  @Test
  void open_h2MemoryUrlTwice_createsTheSchemaOnceAndSharesTheDatabase() throws java.sql.SQLException {
    String url = "jdbc:h2:mem:crmkit-open-test;DB_CLOSE_DELAY=-1";
    CrmStores first = JdbcStores.open(url);
    first.customers().upsert(JdbcStoreScenarios.customer(1));
    CrmStores second = JdbcStores.open(url);
    assertEquals(Optional.of(JdbcStoreScenarios.customer(1).withVersion(1)),
        second.customers().findById(JdbcStoreScenarios.customer(1).id()));
    assertInstanceOf(JdbcCustomerStore.class, second.customers());
    assertInstanceOf(JdbcTransactions.class, second.transactions());
    try (java.sql.Connection c = JdbcStores.dataSource(url).getConnection();
        java.sql.Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    }
  }

  @Test
  void open_defaultInMemoryUrl_isAnH2Url() {
    assertEquals(Dialect.H2, Dialect.forUrl(JdbcStores.H2_IN_MEMORY_URL));
  }

  @Test
  void open_h2FileThatMustExistButDoesNot_throwsStorageException() {
    StorageException e = assertThrows(StorageException.class,
        () -> JdbcStores.open("jdbc:h2:mem:crmkit-absent;IFEXISTS=TRUE"));
    assertInstanceOf(java.sql.SQLException.class, e.getCause());
  }
}
