package org.crmkit.privacy.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.testkit.CrmArbitraries;
import org.crmkit.privacy.Fixtures;
import org.crmkit.privacy.spi.AccessLogEntry;
import org.crmkit.privacy.spi.AccessOutcome;
import org.crmkit.privacy.view.ViewSpec;

/**
 * The subjects of the access log: every tampering with an entry's subjects (removing, adding,
 * replacing or reordering one) is caught by {@code verify()} at that entry, and {@code
 * entriesAbout} returns exactly the reads whose output contained the customer.
 */
class AccessLogSubjectProperties {
  private static final Instant T = Instant.parse("2025-01-01T00:00:00Z");

  @Provide
  Arbitrary<List<List<CustomerId>>> subjectLists() {
    return Arbitraries.strings().withChars("abc01-").ofMinLength(1).ofMaxLength(4).map(CustomerId::of)
        .list().ofMaxSize(6).list().ofMinSize(1).ofMaxSize(20);
  }

  @Property(tries = 300)
  void everyTamperingOfSubjectsIsCaughtAtThatEntry(@ForAll("subjectLists") List<List<CustomerId>> reads,
      @ForAll @IntRange(max = 19) int at, @ForAll @IntRange(max = 4) int edit, @ForAll @IntRange(max = 5) int pos) {
    AccessLogChainProperties.TamperableStore store = new AccessLogChainProperties.TamperableStore();
    AccessLog log = AccessLog.over(store);
    for (List<CustomerId> subjects : reads) {
      log.append(T, Fixtures.USER, "standard", subjects, AccessOutcome.GRANTED);
    }
    int i = at % reads.size();
    AccessLogEntry e = store.entries.get(i);
    List<CustomerId> s = new ArrayList<>(e.subjects());
    int p = s.isEmpty() ? 0 : pos % s.size();
    switch (edit) {
      case 0:
        Assume.that(!s.isEmpty());
        s.remove(p);
        break;
      case 1:
        s.add(p, CustomerId.of("added"));
        break;
      case 2:
        Assume.that(!s.isEmpty());
        s.set(p, CustomerId.of(s.get(p).value() + "x"));
        break;
      case 3:
        Assume.that(s.size() >= 2 && !s.get(p).equals(s.get((p + 1) % s.size())));
        java.util.Collections.swap(s, p, (p + 1) % s.size());
        break;
      default:
        // Split one id into two whose text concatenates to it: the length prefixes tell them apart.
        Assume.that(!s.isEmpty() && s.get(p).value().length() >= 2);
        String v = s.get(p).value();
        s.set(p, CustomerId.of(v.substring(0, 1)));
        s.add(p + 1, CustomerId.of(v.substring(1)));
        break;
    }
    store.entries.set(i, new AccessLogEntry(e.index(), e.at(), e.applicationId(), e.userId(), e.view(), e.purpose(),
        s.size(), s, e.outcome(), e.previousHash(), e.hash()));

    assertEquals(OptionalLong.of(i), log.verify().firstBadIndex());
  }

  record Request(Set<String> roles, ViewSpec view) {}

  @Provide
  Arbitrary<List<Request>> requests() {
    return Combinators.combine(
            Arbitraries.of("user", "analyst", "disclosure", "privacy-officer").set().ofMaxSize(2),
            Arbitraries.of(ViewSpec.standard(), ViewSpec.personal(), ViewSpec.anonymous(),
                ViewSpec.optOut(Purpose.DIRECT_MARKETING), ViewSpec.optOut(Purpose.AUTOMATED_DECISION),
                ViewSpec.selective(ViewFixtures.RECIPIENT)))
        .as(Request::new).list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<List<List<CustomerProfile>>> batches() {
    return CrmArbitraries.customerProfiles().list().ofMinSize(1).ofMaxSize(5)
        .flatMap(pool -> Arbitraries.of(pool).list().ofMaxSize(5).list().ofSize(8));
  }

  @Property(tries = 60)
  void entriesAboutReturnsExactlyTheReadsWhoseOutputContainedTheCustomer(
      @ForAll("requests") List<Request> requests, @ForAll("batches") List<List<CustomerProfile>> batches) {
    PrivacyGateway gateway = ViewFixtures.gateway();
    // The oracle: whether a view returns a customer, asked one customer at a time of another gateway.
    PrivacyGateway oracle = ViewFixtures.gateway();
    Set<CustomerId> everyone = new LinkedHashSet<>();
    List<Set<CustomerId>> returned = new ArrayList<>();
    for (int n = 0; n < requests.size(); n++) {
      Request r = requests.get(n);
      List<CustomerProfile> batch = batches.get(n);
      Viewer viewer = new Viewer("app", "user-" + n, r.roles(), "p");
      Set<CustomerId> ids = new LinkedHashSet<>();
      try {
        gateway.read(viewer, r.view(), batch);
        for (CustomerProfile p : batch) {
          if (oracle.read(viewer, r.view(), p).isPresent()) {
            ids.add(p.customer().id());
          }
        }
      } catch (AccessDeniedException e) {
        // Denied: nobody's data was returned.
      }
      returned.add(ids);
      batch.forEach(p -> everyone.add(p.customer().id()));
    }
    everyone.add(CustomerId.of("never-read"));

    for (CustomerId id : everyone) {
      List<Long> expected = new ArrayList<>();
      for (int n = 0; n < returned.size(); n++) {
        if (returned.get(n).contains(id)) {
          expected.add((long) n);
        }
      }
      assertEquals(expected, gateway.accessLog().entriesAbout(id).stream().map(AccessLogEntry::index).toList(),
          "entries about " + id);
    }
    assertTrue(gateway.accessLog().verify().isIntact());
  }
}
