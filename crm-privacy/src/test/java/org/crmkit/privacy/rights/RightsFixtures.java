package org.crmkit.privacy.rights;

import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.spi.CrmStores;
import org.crmkit.core.store.InMemoryStores;
import org.crmkit.privacy.Fixtures;
import org.crmkit.privacy.access.AccessLog;
import org.crmkit.privacy.spi.RequestStore;

/** In-memory stores loaded with profiles, and a rights service over them. */
final class RightsFixtures {
  final CrmStores stores = InMemoryStores.create();
  final AccessLog log = AccessLog.inMemory();
  final CustomerRights rights = CustomerRights.over(stores, RequestStore.inMemory(),
      log, RetentionPolicy.standard(), Fixtures.CLOCK);

  RightsFixtures load(CustomerProfile... profiles) {
    for (CustomerProfile p : profiles) {
      stores.customers().upsert(p.customer().withVersion(0));
      stores.interactions().upsertAll(p.interactions());
      for (ConsentEvent e : p.consentEvents()) {
        stores.consent().append(e);
      }
    }
    return this;
  }
}
