package org.crmkit.privacy.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.privacy.Fixtures;
import org.crmkit.privacy.access.PrivacyGateway;
import org.crmkit.privacy.spi.CustomerRequest;
import org.crmkit.privacy.spi.RequestKind;
import org.crmkit.privacy.spi.RequestStore;
import org.crmkit.privacy.view.ViewSpec;
import org.junit.jupiter.api.Test;

class PrivacyReportTest {
  private final PrivacyGateway gateway = PrivacyGateway.builder(Fixtures.KEYS, Fixtures.CLOCK).build();
  private final RequestStore requests = RequestStore.inMemory();
  private final List<CustomerProfile> profiles = List.of(Fixtures.duanProfile(), Fixtures.liLei());

  private PrivacyReport report() {
    gateway.read(Fixtures.USER, ViewSpec.standard(), profiles);
    gateway.read(Fixtures.USER, ViewSpec.standard(), profiles);
    try {
      gateway.read(Fixtures.USER, ViewSpec.personal(), profiles);
    } catch (RuntimeException denied) {
      // Logged as a denial.
    }
    requests.insert(CustomerRequest.pending("req-1", Fixtures.liLei().customer().id(), RequestKind.ACCESS,
        Fixtures.T0, Fixtures.T0.plus(Duration.ofDays(15)), java.util.Optional.empty(), java.util.Set.of()));
    return PrivacyReports.generate(gateway, requests, profiles, Purpose.PREDEFINED, Fixtures.NOW);
  }

  @Test
  void generate_listsFieldsViewsUsageRefusalsRequestsAndChain() {
    PrivacyReport r = report();

    assertEquals(gateway.dictionary().entries(), r.fields());
    assertEquals(3 + Purpose.PREDEFINED.size(), r.views().size());
    ViewReport personal = r.views().get(0);
    assertEquals("personal", personal.view());
    assertTrue(personal.transforms().values().stream().allMatch("keep"::equals));
    assertTrue(r.views().get(1).transforms().containsValue("redact"));
    UsageLine standard = r.usage().stream().filter(u -> u.view().equals("standard")).findFirst().orElseThrow();
    assertEquals(2, standard.reads());
    assertEquals(4, standard.customers());
    assertEquals(1, r.usage().stream().mapToLong(UsageLine::denials).sum());
    assertEquals(1L, r.refusals().get(Purpose.DIRECT_MARKETING.code()));
    assertEquals(1, r.overdueRequests().size());
    assertTrue(r.accessLogChain().isIntact());
  }

  @Test
  void toMarkdown_hasEverySectionAndNoPersonalData() {
    String md = report().toMarkdown();

    for (String section : List.of("## Access-log chain", "## Data model", "## Views", "## Use of views",
        "## Consent refusals per purpose", "## Open customer requests")) {
      assertTrue(md.contains(section), section);
    }
    assertTrue(md.contains("Verified: 3 entries, intact."));
    assertFalse(md.contains("Li Lei"));
    assertFalse(md.contains("13912345678"));
  }
}
