package org.crmkit.privacy.rights;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crmkit.core.json.CrmJson;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.testkit.CrmArbitraries;
import org.crmkit.privacy.spi.CustomerRequest;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A correction that is requested (and then rejected) never changes the stored profile: its JSON
 * is byte-for-byte what it was before the request, and so is the audit trail.
 */
class RejectionLeavesDataUnchangedProperties {
  @Provide
  Arbitrary<CustomerProfile> profiles() {
    return CrmArbitraries.customerProfiles();
  }

  @Property(tries = 50)
  void pendingThenRejectedCorrectionLeavesStoredBytesUnchanged(
      @ForAll("profiles") CustomerProfile p, @ForAll("profiles") CustomerProfile other) {
    RightsFixtures f = new RightsFixtures().load(p);
    byte[] before = CrmJson.write(f.rights.profile(p.customer().id()).orElseThrow())
        .getBytes(StandardCharsets.UTF_8);
    int audit = f.stores.audit().forCustomer(p.customer().id()).size();
    CustomerRequest r;
    try {
      r = f.rights.requestCorrection(p.customer().id(), c -> c.toBuilder()
          .displayName(other.customer().displayName() + "x").tags(other.customer().tags()).build());
    } catch (IllegalArgumentException nothingChanged) {
      return;
    }
    byte[] pending = CrmJson.write(f.rights.profile(p.customer().id()).orElseThrow())
        .getBytes(StandardCharsets.UTF_8);
    f.rights.reject(r.id(), "reviewer1");
    byte[] after = CrmJson.write(f.rights.profile(p.customer().id()).orElseThrow())
        .getBytes(StandardCharsets.UTF_8);

    assertArrayEquals(before, pending);
    assertArrayEquals(before, after);
    assertEquals(audit, f.stores.audit().forCustomer(p.customer().id()).size());
    assertEquals(List.of(), f.rights.overdue(r.dueAt()));
  }
}
