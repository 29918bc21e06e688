package org.crmkit.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.crmkit.core.consent.ConsentDecision;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.consent.ConsentLedger;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.customer.AttributeValue;
import org.crmkit.core.customer.Contact;
import org.crmkit.core.customer.ContactPoint;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.EmailAddress;
import org.crmkit.core.customer.IdDocument;
import org.crmkit.core.customer.Industry;
import org.crmkit.core.customer.LifecycleHistory;
import org.crmkit.core.customer.LifecycleStage;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.customer.PostalAddress;
import org.crmkit.core.customer.Region;
import org.crmkit.core.customer.SensitiveData;
import org.crmkit.core.customer.StageEntry;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.InteractionKind;
import org.crmkit.core.interaction.LineItem;
import org.crmkit.core.interaction.Purchase;
import org.crmkit.core.interaction.Question;
import org.crmkit.core.interaction.Scale;
import org.crmkit.core.interaction.SurveyResponse;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.spi.AuditEntry;
import org.crmkit.core.testkit.CrmArbitraries;
import org.crmkit.core.testkit.SpiArbitraries;

/**
 * Law: for every model type, writing a value as JSON and reading it back as the same declared type
 * gives an equal value — through {@link CrmJson}, through a plain mapper with only {@link
 * CrmJsonModule}, and, for profiles, through {@link CustomerExport}.
 */
class JsonRoundTripProperties {
  private static final ObjectMapper MAPPER = CrmJson.newObjectMapper();
  private static final ObjectMapper PLAIN = new ObjectMapper().registerModule(new CrmJsonModule());

  private static <T> void assertRoundTrips(Class<T> type, T value) throws Exception {
    String json = MAPPER.writerFor(type).writeValueAsString(value);
    assertEquals(value, CrmJson.read(json, type), json);
    assertEquals(value, PLAIN.readerFor(type).readValue(PLAIN.writerFor(type).writeValueAsString(value)));
  }

  @Property
  void customerIdRoundTrips(@ForAll("customerIds") CustomerId id) throws Exception {
    assertRoundTrips(CustomerId.class, id);
  }

  @Property
  void moneyRoundTrips(@ForAll("money") Money money) throws Exception {
    assertRoundTrips(Money.class, money);
  }

  @Property
  void phoneNumberRoundTrips(@ForAll("phones") PhoneNumber phone) throws Exception {
    assertRoundTrips(PhoneNumber.class, phone);
  }

  @Property
  void emailAddressRoundTrips(@ForAll("emails") EmailAddress email) throws Exception {
    assertRoundTrips(EmailAddress.class, email);
  }

  @Property
  void regionRoundTrips(@ForAll("regions") Region region) throws Exception {
    assertRoundTrips(Region.class, region);
  }

  @Property
  void postalAddressRoundTrips(@ForAll("postalAddresses") PostalAddress address) throws Exception {
    assertRoundTrips(PostalAddress.class, address);
  }

  @Property
  void contactPointRoundTripsAsItsFamily(@ForAll("contactPoints") ContactPoint point) throws Exception {
    assertRoundTrips(ContactPoint.class, point);
  }

  @Property(tries = 200)
  void contactRoundTrips(@ForAll("contacts") Contact contact) throws Exception {
    assertRoundTrips(Contact.class, contact);
  }

  @Property
  void industryRoundTrips(@ForAll("industries") Industry industry) throws Exception {
    assertRoundTrips(Industry.class, industry);
  }

  @Property
  void attributeValueRoundTripsAsItsFamilyAndAsItself(@ForAll("attributeValues") AttributeValue value)
      throws Exception {
    assertRoundTrips(AttributeValue.class, value);
    assertRoundTrips(asClass(value), value);
  }

  @Property
  void sensitiveDataRoundTrips(@ForAll("sensitiveData") SensitiveData data) throws Exception {
    assertRoundTrips(SensitiveData.class, data);
  }

  @Property
  void idDocumentRoundTrips(@ForAll("idDocuments") IdDocument document) throws Exception {
    assertRoundTrips(IdDocument.class, document);
  }

  @Property
  void stageEntryRoundTripsToTheNanosecond(@ForAll("stageEntries") StageEntry entry) throws Exception {
    assertRoundTrips(StageEntry.class, entry);
  }

  @Property(tries = 200)
  void lifecycleHistoryRoundTrips(@ForAll("lifecycleHistories") LifecycleHistory history) throws Exception {
    assertRoundTrips(LifecycleHistory.class, history);
  }

  @Property(tries = 200)
  void customerRoundTrips(@ForAll("customers") Customer customer) throws Exception {
    assertRoundTrips(Customer.class, customer);
  }

  @Property
  void interactionIdRoundTrips(@ForAll("interactionIds") InteractionId id) throws Exception {
    assertRoundTrips(InteractionId.class, id);
  }

  @Property(tries = 300)
  void interactionRoundTripsAsItsFamilyAndAsItself(@ForAll("interactions") Interaction interaction)
      throws Exception {
    assertRoundTrips(Interaction.class, interaction);
    assertRoundTrips(asClass(interaction), interaction);
  }

  @Property(tries = 200)
  void lineItemRoundTrips(@ForAll("lineItems") LineItem item) throws Exception {
    assertRoundTrips(LineItem.class, item);
  }

  @Property(tries = 200)
  void questionAndScaleRoundTrip(@ForAll("questions") Question question) throws Exception {
    assertRoundTrips(Question.class, question);
    assertRoundTrips(Scale.class, question.scale());
  }

  @Property
  void purposeRoundTrips(@ForAll("purposes") Purpose purpose) throws Exception {
    assertRoundTrips(Purpose.class, purpose);
  }

  @Property(tries = 300)
  void consentEventRoundTrips(@ForAll("consentEvents") ConsentEvent event) throws Exception {
    assertRoundTrips(ConsentEvent.class, event);
  }

  @Property(tries = 200)
  void consentLedgerAndItsDecisionsRoundTrip(@ForAll("ledgers") ConsentLedger ledger,
      @ForAll("purposes") Purpose purpose, @ForAll("recipients") Optional<String> recipient,
      @ForAll("instants") Instant asOf) throws Exception {
    assertRoundTrips(ConsentLedger.class, ledger);
    assertRoundTrips(ConsentDecision.class, ledger.decide(purpose, recipient, asOf));
  }

  @Property(tries = 300)
  void auditEntryRoundTrips(@ForAll("auditEntries") AuditEntry entry) throws Exception {
    assertRoundTrips(AuditEntry.class, entry);
  }

  @Property(tries = 100)
  void customerProfileRoundTrips(@ForAll("profiles") CustomerProfile profile) throws Exception {
    assertRoundTrips(CustomerProfile.class, profile);
  }

  @Property(tries = 50)
  void exportRoundTrips(@ForAll("profileLists") List<CustomerProfile> profiles) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CustomerExport.write(profiles, out);
    assertEquals(profiles, CustomerExport.read(new ByteArrayInputStream(out.toByteArray())));
  }

  @SuppressWarnings("unchecked")
  private static <T> Class<T> asClass(T value) {
    return (Class<T>) value.getClass();
  }

  @Provide
  Arbitrary<CustomerId> customerIds() {
    return CrmArbitraries.customerIds();
  }

  @Provide
  Arbitrary<Money> money() {
    return CrmArbitraries.money();
  }

  @Provide
  Arbitrary<PhoneNumber> phones() {
    return CrmArbitraries.phones();
  }

  @Provide
  Arbitrary<EmailAddress> emails() {
    return CrmArbitraries.emails();
  }

  @Provide
  Arbitrary<Region> regions() {
    return CrmArbitraries.regions();
  }

  @Provide
  Arbitrary<PostalAddress> postalAddresses() {
    return CrmArbitraries.postalAddresses();
  }

  @Provide
  Arbitrary<ContactPoint> contactPoints() {
    return CrmArbitraries.contactPoints();
  }

  @Provide
  Arbitrary<Contact> contacts() {
    return CrmArbitraries.contacts();
  }

  @Provide
  Arbitrary<Industry> industries() {
    return CrmArbitraries.industries();
  }

  @Provide
  Arbitrary<AttributeValue> attributeValues() {
    return CrmArbitraries.attributeValues();
  }

  @Provide
  Arbitrary<SensitiveData> sensitiveData() {
    return CrmArbitraries.sensitiveData();
  }

  @Provide
  Arbitrary<IdDocument> idDocuments() {
    return CrmArbitraries.idDocuments();
  }

  /** Entries at any instant with nanoseconds, which the shared generators (milliseconds) do not reach. */
  @Provide
  Arbitrary<StageEntry> stageEntries() {
    Arbitrary<Instant> instants = Combinators.combine(
            Arbitraries.longs().between(-62_135_596_800L, 253_402_300_799L), Arbitraries.integers().between(0, 999_999_999))
        .as(Instant::ofEpochSecond);
    Arbitrary<Optional<String>> reasons = Arbitraries.of("moved away", "price", "竞争对手", "  spaced   out  ")
        .optional();
    return Combinators.combine(Arbitraries.of(LifecycleStage.class), instants, reasons)
        .filter((stage, at, reason) -> stage != LifecycleStage.EXIT || reason.isPresent())
        .as(StageEntry::new);
  }

  @Provide
  Arbitrary<LifecycleHistory> lifecycleHistories() {
    return CrmArbitraries.lifecycleHistories();
  }

  @Provide
  Arbitrary<Customer> customers() {
    return CrmArbitraries.customers();
  }

  @Provide
  Arbitrary<InteractionId> interactionIds() {
    return CrmArbitraries.interactionIds();
  }

  @Provide
  Arbitrary<Interaction> interactions() {
    return CrmArbitraries.interactions();
  }

  @Provide
  Arbitrary<LineItem> lineItems() {
    return CrmArbitraries.customerIds().flatMap(id -> CrmArbitraries.interactions(InteractionKind.PURCHASE, id))
        .map(Purchase.class::cast).filter(p -> !p.items().isEmpty()).flatMap(p -> Arbitraries.of(p.items()));
  }

  @Provide
  Arbitrary<Question> questions() {
    return CrmArbitraries.customerIds()
        .flatMap(id -> CrmArbitraries.interactions(InteractionKind.SURVEY_RESPONSE, id))
        .map(i -> ((SurveyResponse) i).question());
  }

  @Provide
  Arbitrary<Purpose> purposes() {
    return Arbitraries.oneOf(Arbitraries.of(Purpose.PREDEFINED),
        CrmArbitraries.consentEvents().map(ConsentEvent::purpose));
  }

  @Provide
  Arbitrary<ConsentEvent> consentEvents() {
    return CrmArbitraries.consentEvents();
  }

  @Provide
  Arbitrary<ConsentLedger> ledgers() {
    return CrmArbitraries.customerIds().flatMap(id -> CrmArbitraries.consentEvents(id).list().ofMaxSize(6)
        .map(events -> ConsentLedger.of(id, events)));
  }

  @Provide
  Arbitrary<Optional<String>> recipients() {
    return Arbitraries.of("partner-a", "partner-b").optional();
  }

  @Provide
  Arbitrary<Instant> instants() {
    return CrmArbitraries.instants();
  }

  @Provide
  Arbitrary<AuditEntry> auditEntries() {
    return CrmArbitraries.customerIds().list().ofMinSize(1).ofMaxSize(3)
        .flatMap(SpiArbitraries::auditEntries)
        .flatMap(e -> Arbitraries.longs().between(0, Long.MAX_VALUE)
            .map(seq -> new AuditEntry(seq, e.at(), e.actor(), e.action(), e.customerId(), e.changedFields(),
                e.relatedCustomerId())));
  }

  @Provide
  Arbitrary<CustomerProfile> profiles() {
    return CrmArbitraries.customerProfiles();
  }

  @Provide
  Arbitrary<List<CustomerProfile>> profileLists() {
    return CrmArbitraries.customerProfiles().list().ofMaxSize(5);
  }
}
