package org.crmkit.core.spi;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.crmkit.core.store.InMemoryStores;
import org.junit.jupiter.api.Test;

class CrmStoresTest {

  @Test
  void new_nullPart_throws() {
    CrmStores s = InMemoryStores.create();
    assertThrows(NullPointerException.class,
        () -> new CrmStores(null, s.interactions(), s.consent(), s.audit(), s.transactions()));
    assertThrows(NullPointerException.class,
        () -> new CrmStores(s.customers(), null, s.consent(), s.audit(), s.transactions()));
    assertThrows(NullPointerException.class,
        () -> new CrmStores(s.customers(), s.interactions(), null, s.audit(), s.transactions()));
    assertThrows(NullPointerException.class,
        () -> new CrmStores(s.customers(), s.interactions(), s.consent(), null, s.transactions()));
    assertThrows(NullPointerException.class,
        () -> new CrmStores(s.customers(), s.interactions(), s.consent(), s.audit(), null));
  }
}
