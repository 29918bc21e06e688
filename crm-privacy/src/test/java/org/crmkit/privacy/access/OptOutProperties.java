package org.crmkit.privacy.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.consent.ConsentStatus;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.testkit.CrmArbitraries;
import org.crmkit.privacy.Fixtures;
import org.crmkit.privacy.view.ProfileView;
import org.crmkit.privacy.view.ViewSpec;

/**
 * Opt-out exclusion and monotonicity: the opt-out view of a purpose keeps exactly the customers
 * the consent ledger allows it (missing consent for an opt-in purpose is a denial), and adding an
 * opt-out never adds a row.
 */
class OptOutProperties {
  private final PrivacyGateway gateway = ViewFixtures.gateway();

  @Provide
  Arbitrary<List<CustomerProfile>> profiles() {
    return CrmArbitraries.customerProfiles().list().ofMaxSize(6).uniqueElements(p -> p.customer().id());
  }

  @Provide
  Arbitrary<Purpose> purposes() {
    return Arbitraries.of(Purpose.PREDEFINED);
  }

  @Provide
  Arbitrary<Instant> instants() {
    return CrmArbitraries.instants().filter(t -> !t.isAfter(Fixtures.NOW));
  }

  private Set<String> ids(ViewSpec view, List<CustomerProfile> profiles) {
    return gateway.read(Fixtures.USER, view, profiles).stream().map(ProfileView::subject).collect(Collectors.toSet());
  }

  @Property(tries = 50)
  void optOutViewKeepsExactlyTheCustomersTheLedgerAllows(@ForAll("profiles") List<CustomerProfile> profiles,
      @ForAll("purposes") Purpose purpose) {
    Set<String> expected = profiles.stream()
        .filter(p -> p.consent().decide(purpose, Fixtures.NOW).allowed())
        .map(p -> p.customer().id().value())
        .collect(Collectors.toSet());

    assertEquals(expected, ids(ViewSpec.optOut(purpose), profiles));
  }

  @Property(tries = 50)
  void addingAnOptOutNeverAddsRows(@ForAll("profiles") List<CustomerProfile> profiles,
      @ForAll("purposes") Purpose purpose, @ForAll("instants") Instant at, @ForAll @IntRange(max = 5) int which,
      @ForAll("denials") ConsentStatus status) {
    Set<String> before = ids(ViewSpec.optOut(purpose), profiles);
    List<CustomerProfile> after = new ArrayList<>(profiles);
    if (!after.isEmpty()) {
      CustomerProfile p = after.get(which % after.size());
      List<ConsentEvent> events = new ArrayList<>(p.consentEvents());
      events.add(Fixtures.event("added-opt-out", p.customer().id(), purpose, status, at));
      after.set(which % after.size(), new CustomerProfile(p.customer(), p.interactions(), events));
    }

    Set<String> later = ids(ViewSpec.optOut(purpose), after);
    assertTrue(before.containsAll(later), "an opt-out added a row");
  }

  @Provide
  Arbitrary<ConsentStatus> denials() {
    return Arbitraries.of(ConsentStatus.OPTED_OUT, ConsentStatus.WITHDRAWN, ConsentStatus.EXPIRED);
  }

  @Property(tries = 50)
  void optOutViewRowsAreStandardViewRows(@ForAll("profiles") List<CustomerProfile> profiles,
      @ForAll("purposes") Purpose purpose) {
    List<ProfileView> optOut = gateway.read(Fixtures.USER, ViewSpec.optOut(purpose), profiles);
    List<ProfileView> standard = gateway.read(Fixtures.USER, ViewSpec.standard(), profiles);

    for (ProfileView v : optOut) {
      assertTrue(standard.stream().anyMatch(s -> s.toPlain().equals(v.toPlain())));
    }
  }
}
