package org.crmkit.privacy.access;

import static org.crmkit.privacy.Fixtures.ANALYST;
import static org.crmkit.privacy.Fixtures.DISCLOSER;
import static org.crmkit.privacy.Fixtures.KEYS;
import static org.crmkit.privacy.Fixtures.OFFICER;
import static org.crmkit.privacy.Fixtures.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.core.consent.ConsentStatus;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.customer.AttributeValue;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.privacy.Fixtures;
import org.crmkit.privacy.spi.AccessLogEntry;
import org.crmkit.privacy.spi.AccessOutcome;
import org.crmkit.privacy.view.FieldTransform;
import org.crmkit.privacy.view.ProfileView;
import org.crmkit.privacy.view.RecipientPolicy;
import org.crmkit.privacy.view.ViewSpec;
import org.crmkit.privacy.view.ViewValue;
import org.junit.jupiter.api.Test;

class PrivacyGatewayTest {
  private static final RecipientPolicy ACME = RecipientPolicy.of("acme-logistics")
      .with("customer.id", FieldTransform.pseudonymise())
      .with("customer.region", FieldTransform.keep())
      .with("customer.contactPoints[].kind", FieldTransform.keep())
      .with("customer.contactPoints[].e164", FieldTransform.mask())
      .with("customer.birthDate", FieldTransform.generalise())
      .with("interactions[].kind", FieldTransform.keep())
      .with("interactions[].amount.amount", FieldTransform.keep());

  private final PrivacyGateway gateway = PrivacyGateway.builder(KEYS, Fixtures.CLOCK)
      .dictionary(Fixtures.dictionary())
      .recipient(ACME)
      .recipient(RecipientPolicy.of("other-partner").with("customer.id", FieldTransform.pseudonymise()))
      .build();

  private ProfileView one(Viewer viewer, ViewSpec view, CustomerProfile p) {
    return gateway.read(viewer, view, p).orElseThrow();
  }

  private static List<ViewValue> items(ViewValue.Group g, String field) {
    return g.get(field).map(v -> ((ViewValue.Items) v).items()).orElse(List.of());
  }

  private static ViewValue.Group item(ViewValue.Group g, String field, int i) {
    return (ViewValue.Group) items(g, field).get(i);
  }

  @Test
  void read_standard_masksIdentityWithTheIssuesGoldenValues() {
    ViewValue.Group c = one(USER, ViewSpec.standard(), Fixtures.duanProfile()).customer();

    assertEquals(Optional.of("c-duan"), c.text("id"));
    assertEquals(Optional.of("段**"), c.text("displayName"));
    assertEquals(Optional.of("180****1999"), item(c, "contactPoints", 0).text("e164"));
    assertEquals(Optional.of("d*************@gmail.com.cn"), item(c, "contactPoints", 1).text("value"));
    assertEquals(Optional.of("5***************1X"), c.text("idDocument.number"));
    assertEquals(Optional.of("6222***********0123"), c.text("attributes.bank_card.value"));
  }

  @Test
  void read_standard_keepsTimestampsAsInstants() {
    CustomerProfile p = Fixtures.duanProfile();
    ViewValue.Group c = one(USER, ViewSpec.standard(), p).customer();

    assertEquals(Optional.of(new ViewValue.Time(p.customer().createdAt())), c.get("createdAt"));
    assertEquals(Optional.of(p.customer().createdAt().toString()), c.text("createdAt"));
  }

  @Test
  void read_standard_addressKeepsOnlyItsCity() {
    ViewValue.Group address = item(one(USER, ViewSpec.standard(), Fixtures.duanProfile()).customer(), "contactPoints", 2);

    assertEquals(Optional.of("POSTAL"), address.text("kind"));
    assertEquals(Optional.of("CN/Sichuan/Chengdu"), address.text("region"));
    assertFalse(address.get("street").isPresent());
    assertFalse(address.get("postalCode").isPresent());
  }

  @Test
  void read_standard_generalisesPersonalAndRemovesSensitiveAndFreeText() {
    ProfileView v = one(USER, ViewSpec.standard(), Fixtures.duanProfile());
    ViewValue.Group c = v.customer();

    assertEquals(Optional.of("1990"), c.text("birthDate"));
    assertEquals(Optional.of("[100000,200000)"), c.text("estimatedIncome.amount"));
    assertEquals(Optional.of("CNY"), c.text("estimatedIncome.currency"));
    assertEquals(Optional.of("[1000,10000)"), c.text("attributes.loyalty_points.value"));
    assertEquals(Optional.of("MALE"), c.text("gender"));
    assertFalse(c.get("sensitive").isPresent());
    assertFalse(((ViewValue.Group) c.get("attributes").orElseThrow()).get("secret_note").isPresent());
    ViewValue.Group purchase = v.interactions().get(0);
    assertEquals(Optional.of("[1000,10000)"), purchase.text("amount.amount"));
    ViewValue.Group complaint = v.interactions().get(1);
    assertEquals(Optional.of("COMPLAINT"), complaint.text("kind"));
    assertFalse(complaint.get("content").isPresent());
    assertFalse(v.interactions().get(2).get("comment").isPresent());
    assertEquals(Optional.of("9"), v.interactions().get(2).text("score"));
  }

  @Test
  void read_personalAsUser_isDeniedAndLoggedWithoutData() {
    AccessDeniedException e = assertThrows(AccessDeniedException.class,
        () -> gateway.read(USER, ViewSpec.personal(), List.of(Fixtures.duanProfile())));

    assertTrue(e.getMessage().contains("personal"), e.getMessage());
    assertFalse(e.getMessage().contains("段"), e.getMessage());
    AccessLogEntry entry = gateway.accessLog().entries().get(0);
    assertEquals(AccessOutcome.DENIED, entry.outcome());
    assertEquals(0, entry.customers());
    assertEquals("personal", entry.view());
  }

  @Test
  void read_personalAsPrivacyOfficer_showsEverythingAndLogsTheRead() {
    ProfileView v = one(OFFICER, ViewSpec.personal(), Fixtures.duanProfile());

    assertEquals(Optional.of("段正淳"), v.customer().text("displayName"));
    assertEquals(Optional.of("+8618049531999"), item(v.customer(), "contactPoints", 0).text("e164"));
    assertEquals(Optional.of(Fixtures.SECRET_HEALTH), v.customer().text("sensitive.healthNotes"));
    assertEquals(Optional.of(Fixtures.COMPLAINT_TEXT), v.interactions().get(1).text("content"));
    AccessLogEntry entry = gateway.accessLog().entries().get(0);
    assertEquals(List.of("privacy-desk", "dpo1", "personal", "audit", 1L, AccessOutcome.GRANTED),
        List.of(entry.applicationId(), entry.userId(), entry.view(), entry.purpose(), entry.customers(), entry.outcome()));
  }

  @Test
  void read_anonymous_replacesIdsByOnePseudonymAndRemovesIdentity() {
    ProfileView v = one(ANALYST, ViewSpec.anonymous(), Fixtures.duanProfile());
    ViewValue.Group c = v.customer();

    assertTrue(v.subject().matches("[0-9a-f]{32}"), v.subject());
    assertEquals(Optional.of(v.subject()), c.text("id"));
    assertEquals(Optional.of(v.subject()), v.interactions().get(0).text("customerId"));
    assertFalse(c.get("displayName").isPresent());
    assertFalse(c.get("contactPoints").isPresent());
    assertFalse(c.get("idDocument").flatMap(d -> ((ViewValue.Group) d).get("number")).isPresent());
    assertEquals(Optional.of("CN/Sichuan"), c.text("region"));
    assertEquals(Optional.of("1990"), c.text("birthDate"));
    assertFalse(c.get("tags").isPresent());
    assertNotEquals(Optional.of("ORD-2025-0001"), v.interactions().get(0).text("orderId"));
  }

  @Test
  void read_optOut_removesCustomersTheLedgerDenies() {
    List<CustomerProfile> both = List.of(Fixtures.duanProfile(), Fixtures.liLei());

    List<ProfileView> marketing = gateway.read(USER, ViewSpec.optOut(Purpose.DIRECT_MARKETING), both);
    List<ProfileView> disclosure = gateway.read(USER, ViewSpec.optOut(Purpose.THIRD_PARTY_DISCLOSURE), both);

    assertEquals(List.of("c-duan"), marketing.stream().map(ProfileView::subject).toList());
    assertEquals(Optional.of("段**"), marketing.get(0).customer().text("displayName"));
    // Third-party disclosure is opt-in: nobody granted it, so nobody is left.
    assertEquals(List.of(), disclosure);
    assertEquals(List.of(1L, 0L), gateway.accessLog().entries().stream().map(AccessLogEntry::customers).toList());
    assertEquals(List.of(List.of(Fixtures.duanZhengchun().id()), List.of()),
        gateway.accessLog().entries().stream().map(AccessLogEntry::subjects).toList());
  }

  @Test
  void read_granted_logsTheIdsOfTheCustomersReturnedInOrder() {
    List<CustomerProfile> both = List.of(Fixtures.liLei(), Fixtures.duanProfile());

    gateway.read(USER, ViewSpec.standard(), both);
    gateway.read(ANALYST, ViewSpec.anonymous(), both);

    List<org.crmkit.core.CustomerId> ids = List.of(Fixtures.liLei().customer().id(), Fixtures.duanZhengchun().id());
    assertEquals(List.of(ids, ids), gateway.accessLog().entries().stream().map(AccessLogEntry::subjects).toList());
    assertEquals(2, gateway.accessLog().entriesAbout(Fixtures.duanZhengchun().id()).size());
  }

  @Test
  void read_denied_logsNoSubjects() {
    assertThrows(AccessDeniedException.class, () -> gateway.read(USER, ViewSpec.personal(), List.of(Fixtures.liLei())));

    assertEquals(List.of(), gateway.accessLog().entries().get(0).subjects());
    assertEquals(List.of(), gateway.accessLog().entriesAbout(Fixtures.liLei().customer().id()));
  }

  @Test
  void read_optOutWithHostConsentGate_asksTheGateNotTheProfile() {
    List<org.crmkit.core.CustomerId> asked = new java.util.ArrayList<>();
    PrivacyGateway withGate = PrivacyGateway.builder(KEYS, Fixtures.CLOCK)
        .consentGate((id, purpose, recipient, asOf) -> {
          asked.add(id);
          return new org.crmkit.core.consent.ConsentDecision(id, purpose, recipient, asOf, false,
              org.crmkit.core.consent.ConsentBasis.OPTED_OUT, Optional.empty());
        })
        .build();

    assertEquals(List.of(), withGate.read(USER, ViewSpec.optOut(Purpose.AUTOMATED_DECISION), List.of(Fixtures.duanProfile())));
    assertEquals(List.of(Fixtures.duanZhengchun().id()), asked);
  }

  @Test
  void read_selective_showsOnlyTheAllowListToConsentingCustomers() {
    CustomerProfile granted = Fixtures.duanProfile(Fixtures.event("e1", Fixtures.duanZhengchun().id(),
        Purpose.THIRD_PARTY_DISCLOSURE, ConsentStatus.GRANTED, Fixtures.T0, "acme-logistics"));

    List<ProfileView> rows = gateway.read(DISCLOSER, ViewSpec.selective("acme-logistics"),
        List.of(granted, Fixtures.liLei()));

    assertEquals(1, rows.size());
    ViewValue.Group c = rows.get(0).customer();
    assertEquals(List.of("id", "contactPoints", "region", "birthDate"), List.copyOf(c.fields().keySet()));
    assertEquals(Optional.of(rows.get(0).subject()), c.text("id"));
    assertEquals(Optional.of("180****1999"), item(c, "contactPoints", 0).text("e164"));
    assertEquals(Optional.of("1990"), c.text("birthDate"));
    assertEquals(Optional.of("1280.5"), rows.get(0).interactions().get(0).text("amount.amount"));
    assertEquals(Optional.of("PURCHASE"), rows.get(0).interactions().get(0).text("kind"));
    assertEquals(List.of("kind"), List.copyOf(rows.get(0).interactions().get(1).fields().keySet()));
    assertTrue(rows.get(0).consentEvents().isEmpty());
    // The subject shown is a pseudonym; the log names the customer the view returned, not Li Lei.
    assertEquals(List.of(Fixtures.duanZhengchun().id()), gateway.accessLog().entries().get(0).subjects());
  }

  @Test
  void read_selective_pseudonymsDifferPerRecipientAndFromTheAnonymousView() {
    CustomerProfile p = Fixtures.duanProfile(
        Fixtures.event("e1", Fixtures.duanZhengchun().id(), Purpose.THIRD_PARTY_DISCLOSURE, ConsentStatus.GRANTED,
            Fixtures.T0));

    String acme = one(DISCLOSER, ViewSpec.selective("acme-logistics"), p).subject();
    String other = one(DISCLOSER, ViewSpec.selective("other-partner"), p).subject();
    String anonymous = one(ANALYST, ViewSpec.anonymous(), p).subject();

    assertEquals(3, java.util.Set.of(acme, other, anonymous).size());
    assertEquals(acme, one(DISCLOSER, ViewSpec.selective("acme-logistics"), p).subject());
  }

  @Test
  void read_selectiveForUnknownRecipient_isDeniedAndLogged() {
    assertThrows(AccessDeniedException.class,
        () -> gateway.read(DISCLOSER, ViewSpec.selective("nobody"), List.of(Fixtures.duanProfile())));
    assertEquals(AccessOutcome.DENIED, gateway.accessLog().entries().get(0).outcome());
  }

  @Test
  void read_derivedData_followsTheDictionaryAndDenyByDefault() {
    Map<String, AttributeValue> derived = Map.of(
        "churn_score", AttributeValue.ofDecimal(new java.math.BigDecimal("0.73")),
        "age", AttributeValue.ofDecimal(java.math.BigDecimal.valueOf(34)),
        "credit_risk", AttributeValue.ofText("high"));

    ProfileView standard = gateway.read(USER, ViewSpec.standard(), List.of(Fixtures.duanProfile()), id -> derived).get(0);
    ProfileView personal = gateway.read(OFFICER, ViewSpec.personal(), List.of(Fixtures.duanProfile()), id -> derived).get(0);

    assertEquals(Optional.of("0.73"), standard.derived().text("churn_score"));
    assertEquals(Optional.of("30-39"), standard.derived().text("age"));
    assertFalse(standard.derived().get("credit_risk").isPresent());
    assertEquals(Optional.of("high"), personal.derived().text("credit_risk"));
  }

  @Test
  void build_recipientGrantedSensitiveField_isRejected() {
    RecipientPolicy bad = RecipientPolicy.of("x").with("customer.sensitive.religion", FieldTransform.keep());

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PrivacyGateway.builder(KEYS, Fixtures.CLOCK).recipient(bad).build());
    assertTrue(e.getMessage().contains("customer.sensitive.religion"), e.getMessage());
  }

  @Test
  void build_recipientGrantedKeyInClear_isRejected() {
    RecipientPolicy bad = RecipientPolicy.of("x").with("customer.id", FieldTransform.keep());

    assertThrows(IllegalArgumentException.class, () -> PrivacyGateway.builder(KEYS, Fixtures.CLOCK).recipient(bad).build());
  }

  @Test
  void read_viewerWithoutRoles_isDeniedEveryView() {
    Viewer nobody = new Viewer("app", "u1", java.util.Set.of(), "x");
    for (ViewSpec v : List.of(ViewSpec.standard(), ViewSpec.anonymous(), ViewSpec.personal(),
        ViewSpec.optOut(Purpose.DIRECT_MARKETING), ViewSpec.selective("acme-logistics"))) {
      assertThrows(AccessDeniedException.class, () -> gateway.read(nobody, v, List.of(Fixtures.duanProfile())));
    }
    assertTrue(gateway.accessLog().verify().isIntact());
    assertEquals(5, gateway.accessLog().size());
  }
}
