package org.crmkit.privacy.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.testkit.CrmArbitraries;
import org.crmkit.privacy.spi.AccessLogEntry;
import org.crmkit.privacy.spi.AccessOutcome;
import org.crmkit.privacy.view.ProfileView;
import org.crmkit.privacy.view.ViewSpec;

/** Every read through the gateway appends exactly one access-log entry that describes it. */
class OneEntryPerReadProperties {
  record Request(Set<String> roles, ViewSpec view) {}

  @Provide
  Arbitrary<List<Request>> requests() {
    return Combinators.combine(
            Arbitraries.of("user", "analyst", "disclosure", "privacy-officer", "guest").set().ofMaxSize(2),
            Arbitraries.of(ViewSpec.standard(), ViewSpec.personal(), ViewSpec.anonymous(),
                ViewSpec.optOut(Purpose.DIRECT_MARKETING), ViewSpec.optOut(Purpose.THIRD_PARTY_DISCLOSURE),
                ViewSpec.selective(ViewFixtures.RECIPIENT), ViewSpec.selective("unknown-recipient")))
        .as(Request::new).list().ofMinSize(1).ofMaxSize(10);
  }

  @Provide
  Arbitrary<List<CustomerProfile>> profiles() {
    return CrmArbitraries.customerProfiles().list().ofMaxSize(4);
  }

  @Property(tries = 50)
  void everyReadAppendsExactlyOneEntry(@ForAll("requests") List<Request> requests,
      @ForAll("profiles") List<CustomerProfile> profiles) {
    PrivacyGateway gateway = ViewFixtures.gateway();
    for (int n = 0; n < requests.size(); n++) {
      Request r = requests.get(n);
      Viewer viewer = new Viewer("app-" + n, "user-" + n, r.roles(), "purpose-" + n);
      long returned;
      AccessOutcome outcome;
      try {
        List<ProfileView> out = gateway.read(viewer, r.view(), profiles);
        returned = out.size();
        outcome = AccessOutcome.GRANTED;
      } catch (AccessDeniedException e) {
        returned = 0;
        outcome = AccessOutcome.DENIED;
      }
      AccessLogEntry entry = gateway.accessLog().entries().get(n);
      assertEquals(returned, entry.subjects().size());

      assertEquals(n + 1, gateway.accessLog().size());
      AccessLogEntry last = gateway.accessLog().entries().get(n);
      assertEquals(List.of("app-" + n, "user-" + n, r.view().name(), "purpose-" + n, returned, outcome),
          List.of(last.applicationId(), last.userId(), last.view(), last.purpose(), last.customers(), last.outcome()));
    }
    assertTrue(gateway.accessLog().verify().isIntact());
  }
}
