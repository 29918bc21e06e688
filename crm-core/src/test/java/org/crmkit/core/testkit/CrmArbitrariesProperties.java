package org.crmkit.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.consent.ConsentStatus;
import org.crmkit.core.customer.AttributeValue;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.customer.EmailAddress;
import org.crmkit.core.customer.IdDocument;
import org.crmkit.core.customer.Industry;
import org.crmkit.core.customer.LifecycleHistory;
import org.crmkit.core.customer.LifecycleStage;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.customer.Region;
import org.crmkit.core.customer.SensitiveData;
import org.crmkit.core.customer.StageEntry;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionKind;
import org.crmkit.core.internal.Text;
import org.crmkit.core.profile.CustomerProfile;

/**
 * Laws of {@link CrmArbitraries}: generated values are valid, lie in the time window and cover
 * every type, kind and status (jqwik coverage checks fail the property when a value never appears).
 */
class CrmArbitrariesProperties {
  private static final CustomerId OWNER = CustomerId.of("c-owner");

  @Provide
  Arbitrary<Customer> customers() {
    return CrmArbitraries.customers();
  }

  @Property(tries = 300)
  void customersAreValidAndCoverEveryTypeAndStage(@ForAll("customers") Customer c) {
    assertEquals(0, c.version());
    assertEquals(c, c.toBuilder().build());
    assertInWindow(c.createdAt());
    assertInWindow(c.updatedAt());
    assertEquals(c.createdAt(), c.lifecycle().entries().get(0).enteredAt());
    assertFalse(c.updatedAt().isBefore(c.lifecycle().currentSince()));
    if (c.type().isOrganisation()) {
      assertTrue(c.birthDate().isEmpty() && c.gender().isEmpty() && c.sensitive().isEmpty());
    } else {
      assertTrue(c.contacts().isEmpty());
    }
    Statistics.label("type").collect(c.type());
    Statistics.label("stage").collect(c.stage());
    Statistics.label("type").coverage(cov -> {
      for (CustomerType t : CustomerType.values()) {
        cov.check(t).count(n -> n > 0);
      }
    });
    Statistics.label("stage").coverage(cov -> {
      for (LifecycleStage s : LifecycleStage.values()) {
        cov.check(s).count(n -> n > 0);
      }
    });
  }

  @Provide
  Arbitrary<Customer> anyVersion() {
    return CrmArbitraries.customersWithAnyVersion();
  }

  @Property(tries = 100)
  void anyVersionCustomersHaveVersionsInRange(@ForAll("anyVersion") Customer c) {
    assertTrue(c.version() >= 0 && c.version() <= 1_000_000);
    Statistics.label("stored").collect(c.version() > 0);
    Statistics.label("stored").coverage(cov -> cov.check(true).count(n -> n > 0));
  }

  @Provide
  Arbitrary<PhoneNumber> phones() {
    return CrmArbitraries.phones();
  }

  @Property(tries = 300)
  void phonesReadBackFromTheirE164AndCoverEveryForm(@ForAll("phones") PhoneNumber p) {
    assertEquals(p, PhoneNumber.parse(p.e164()));
    String form = !p.e164().startsWith("+86") ? "international" : p.isChineseMobile() ? "mobile" : "landline";
    Statistics.label("form").collect(form);
    Statistics.label("form").coverage(cov -> {
      cov.check("international").count(n -> n > 0);
      cov.check("mobile").count(n -> n > 0);
      cov.check("landline").count(n -> n > 0);
    });
  }

  @Provide
  Arbitrary<Tuple2<String, PhoneNumber>> rawPhones() {
    return CrmArbitraries.rawPhoneTexts();
  }

  @Property(tries = 300)
  void rawPhoneTextsParseToTheirNumber(@ForAll("rawPhones") Tuple2<String, PhoneNumber> raw) {
    assertEquals(raw.get2(), PhoneNumber.parse(raw.get1()));
  }

  @Provide
  Arbitrary<PhoneNumber> landlines() {
    return CrmArbitraries.chineseLandlines();
  }

  @Property(tries = 200)
  void landlinesReadBackWithTrunkZeroIncludingBeijing(@ForAll("landlines") PhoneNumber p) {
    assertFalse(p.isChineseMobile());
    assertEquals(p, PhoneNumber.parse("0" + p.nationalNumber()));
    Statistics.label("beijing").collect(p.e164().startsWith("+8610"));
    Statistics.label("beijing").coverage(cov -> cov.check(true).count(n -> n > 0));
  }

  @Provide
  Arbitrary<Tuple2<String, EmailAddress>> rawEmails() {
    return CrmArbitraries.rawEmailTexts();
  }

  @Property
  void rawEmailTextsParseToTheirAddress(@ForAll("rawEmails") Tuple2<String, EmailAddress> raw) {
    assertEquals(raw.get2(), EmailAddress.parse(raw.get1()));
  }

  @Provide
  Arbitrary<IdDocument> residentIds() {
    return CrmArbitraries.cnResidentIds();
  }

  @Property(tries = 300)
  void residentIdsCarryTheirMod11CheckCharacter(@ForAll("residentIds") IdDocument d) {
    String n = d.number();
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (n.charAt(i) - '0') * weights[i];
    }
    // ISO 7064 MOD 11-2: weighted digits plus the check value (X = 10) are 1 mod 11.
    int check = n.charAt(17) == 'X' ? 10 : n.charAt(17) - '0';
    assertEquals(1, (sum + check) % 11);
    Statistics.label("checkX").collect(n.charAt(17) == 'X');
    Statistics.label("checkX").coverage(cov -> cov.check(true).count(c -> c > 0));
  }

  @Provide
  Arbitrary<IdDocument> idDocuments() {
    return CrmArbitraries.idDocuments();
  }

  @Property(tries = 200)
  void idDocumentsCoverEveryKind(@ForAll("idDocuments") IdDocument d) {
    assertEquals(d, IdDocument.of(d.kind(), d.number()));
    Statistics.label("kind").collect(d.kind());
    Statistics.label("kind").coverage(cov -> {
      for (IdDocument.Kind k : IdDocument.Kind.values()) {
        cov.check(k).count(n -> n > 0);
      }
    });
  }

  @Provide
  Arbitrary<AttributeValue> attributeValues() {
    return CrmArbitraries.attributeValues();
  }

  @Property(tries = 200)
  void attributeValuesCoverAllFourKinds(@ForAll("attributeValues") AttributeValue v) {
    Statistics.label("kind").collect(v.getClass().getSimpleName());
    Statistics.label("kind").coverage(cov -> {
      for (String k : List.of("Text", "Decimal", "Flag", "Date")) {
        cov.check(k).count(n -> n > 0);
      }
    });
  }

  @Provide
  Arbitrary<Industry> industries() {
    return CrmArbitraries.industries();
  }

  @Property(tries = 200)
  void industriesArePredefinedOrCustom(@ForAll("industries") Industry i) {
    assertEquals(i, Industry.of(i.code()));
    Statistics.label("predefined").collect(Industry.PREDEFINED.contains(i));
    Statistics.label("predefined").coverage(cov -> {
      cov.check(true).count(n -> n > 0);
      cov.check(false).count(n -> n > 0);
    });
  }

  @Provide
  Arbitrary<LifecycleHistory> histories() {
    return CrmArbitraries.lifecycleHistories();
  }

  @Property(tries = 300)
  void lifecycleHistoriesMakeOnlyAllowedMovesForwardInTime(@ForAll("histories") LifecycleHistory h) {
    List<StageEntry> es = h.entries();
    for (int i = 0; i < es.size(); i++) {
      assertInWindow(es.get(i).enteredAt());
      if (i > 0) {
        assertTrue(es.get(i - 1).stage().canMoveTo(es.get(i).stage()));
        assertFalse(es.get(i).enteredAt().isBefore(es.get(i - 1).enteredAt()));
      }
    }
    boolean wonBack = false;
    for (int i = 1; i < es.size(); i++) {
      wonBack |= es.get(i - 1).stage() == LifecycleStage.EXIT;
    }
    Statistics.label("wonBack").collect(wonBack);
    Statistics.label("wonBack").coverage(cov -> cov.check(true).count(n -> n > 0));
  }

  @Provide
  Arbitrary<Interaction> ownedInteractions() {
    return CrmArbitraries.interactions(OWNER);
  }

  @Property(tries = 400)
  void interactionsBelongToTheirCustomerAndCoverEveryKind(@ForAll("ownedInteractions") Interaction i) {
    assertEquals(OWNER, i.customerId());
    assertInWindow(i.occurredAt());
    Statistics.label("kind").collect(i.kind());
    Statistics.label("kind").coverage(cov -> {
      for (InteractionKind k : InteractionKind.values()) {
        cov.check(k).count(n -> n > 0);
      }
    });
  }

  @Provide
  Arbitrary<Tuple2<InteractionKind, Interaction>> interactionsByKind() {
    return Arbitraries.of(InteractionKind.class)
        .flatMap(k -> CrmArbitraries.interactions(k, OWNER).map(i -> Tuple.of(k, i)));
  }

  @Property(tries = 100)
  void interactionsOfAKindHaveThatKind(@ForAll("interactionsByKind") Tuple2<InteractionKind, Interaction> t) {
    assertEquals(t.get1(), t.get2().kind());
  }

  @Provide
  Arbitrary<ConsentEvent> consentEvents() {
    return CrmArbitraries.consentEvents();
  }

  @Property(tries = 400)
  void consentEventsCoverEveryStatusWithExpiriesOnlyOnGrants(@ForAll("consentEvents") ConsentEvent e) {
    assertInWindow(e.effectiveAt());
    assertInWindow(e.recordedAt());
    assertFalse(e.recordedAt().isBefore(e.effectiveAt()));
    assertTrue(e.expiresAt().isEmpty() || e.status() == ConsentStatus.GRANTED);
    Statistics.label("status").collect(e.status());
    Statistics.label("expiring").collect(e.expiresAt().isPresent());
    Statistics.label("recipients").collect(!e.recipients().isEmpty());
    Statistics.label("status").coverage(cov -> {
      for (ConsentStatus s : ConsentStatus.values()) {
        cov.check(s).count(n -> n > 0);
      }
    });
    Statistics.label("expiring").coverage(cov -> cov.check(true).count(n -> n > 0));
    Statistics.label("recipients").coverage(cov -> cov.check(true).count(n -> n > 0));
  }

  @Provide
  Arbitrary<CustomerProfile> profiles() {
    return CrmArbitraries.customerProfiles();
  }

  @Property(tries = 100)
  void profilesHoldOnlyTheirCustomersRecordsUnderDistinctIds(@ForAll("profiles") CustomerProfile p) {
    Set<Object> ids = new HashSet<>();
    p.interactions().forEach(i -> {
      assertEquals(p.customer().id(), i.customerId());
      assertTrue(ids.add(i.id()));
    });
    p.consentEvents().forEach(e -> {
      assertEquals(p.customer().id(), e.customerId());
      assertTrue(ids.add(e.eventId()));
    });
  }

  @Provide
  Arbitrary<Money> money() {
    return CrmArbitraries.money();
  }

  @Property(tries = 200)
  void moneyKeepsItsCurrencyScale(@ForAll("money") Money m) {
    assertTrue(m.amount().scale() <= m.currency().getDefaultFractionDigits());
    Statistics.label("negative").collect(m.isNegative());
    Statistics.label("negative").coverage(cov -> {
      cov.check(true).count(n -> n > 0);
      cov.check(false).count(n -> n > 0);
    });
  }

  @Provide
  Arbitrary<SensitiveData> sensitive() {
    return CrmArbitraries.sensitiveData();
  }

  @Property(tries = 100)
  void sensitiveDataIsSometimesEmpty(@ForAll("sensitive") SensitiveData s) {
    Statistics.label("empty").collect(s.isEmpty());
    Statistics.label("empty").coverage(cov -> {
      cov.check(true).count(n -> n > 0);
      cov.check(false).count(n -> n > 0);
    });
  }

  @Provide
  Arbitrary<Region> regions() {
    return CrmArbitraries.regions();
  }

  @Property(tries = 100)
  void regionsReadBackFromTheirPath(@ForAll("regions") Region r) {
    assertEquals(r, Region.parse(r.toPath()));
  }

  @Provide
  Arbitrary<Tuple2<String, String>> nameVariants() {
    return CrmArbitraries.personNames().flatMap(n -> CrmArbitraries.fuzzyVariantsOf(n).map(v -> Tuple.of(n, v)));
  }

  @Property(tries = 200)
  void fuzzyVariantsFoldToTheSameKey(@ForAll("nameVariants") Tuple2<String, String> t) {
    assertEquals(Text.fold(t.get1()), Text.fold(t.get2()));
  }

  @Provide
  Arbitrary<String> chineseNames() {
    return CrmArbitraries.chineseNames();
  }

  @Property(tries = 200)
  void chineseNamesAreTwoToFourHanCharacters(@ForAll("chineseNames") String name) {
    assertTrue(name.length() >= 2 && name.length() <= 4);
    assertTrue(name.chars().allMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN));
  }

  private static void assertInWindow(Instant t) {
    assertFalse(t.isBefore(CrmArbitraries.WINDOW_START), "before window");
    assertFalse(t.isAfter(CrmArbitraries.WINDOW_END), "after window");
  }
}
