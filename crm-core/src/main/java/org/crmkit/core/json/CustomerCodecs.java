package org.crmkit.core.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.crmkit.core.customer.AttributeValue;
import org.crmkit.core.customer.Contact;
import org.crmkit.core.customer.ContactPoint;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.customer.Gender;
import org.crmkit.core.customer.IdDocument;
import org.crmkit.core.customer.Industry;
import org.crmkit.core.customer.LifecycleHistory;
import org.crmkit.core.customer.LifecycleStage;
import org.crmkit.core.customer.Region;
import org.crmkit.core.customer.SensitiveData;
import org.crmkit.core.customer.StageEntry;
import org.crmkit.core.customer.ValueSegment;

/**
 * Codecs of the customer record and its classification, life cycle and personal data. Contact
 * points and attribute values are in {@link ContactCodecs}. Stateless.
 */
final class CustomerCodecs {
  private CustomerCodecs() {}

  private static final Codec<CustomerType> TYPE = Scalars.enumOf(CustomerType.class);
  private static final Codec<ValueSegment> SEGMENT = Scalars.enumOf(ValueSegment.class);
  private static final Codec<LifecycleStage> STAGE = Scalars.enumOf(LifecycleStage.class);
  private static final Codec<Gender> GENDER = Scalars.enumOf(Gender.class);
  private static final Codec<IdDocument.Kind> ID_KIND = Scalars.enumOf(IdDocument.Kind.class);

  /** An industry as its code, {@code "finance"}. */
  static final Codec<Industry> INDUSTRY =
      Codec.ofString("an industry code (a string)", Industry::code, Industry::new);

  /** A region as its path, {@code "CN/Sichuan/Chengdu"} ({@link Region#toPath()}). */
  static final Codec<Region> REGION =
      Codec.ofString("a region path such as \"CN/Sichuan/Chengdu\"", Region::toPath, Region::parse);

  /** An identity document as {@code {"kind": "CN_RESIDENT_ID", "number": "..."}}. */
  static final Codec<IdDocument> ID_DOCUMENT = Codec.of(
      (g, d) -> {
        g.writeStartObject();
        FieldWriter.field(g, "kind", ID_KIND, d.kind());
        FieldWriter.field(g, "number", Scalars.STRING, d.number());
        g.writeEndObject();
      },
      n -> {
        FieldReader f = FieldReader.of(n, "identity document");
        IdDocument.Kind kind = f.required("kind", ID_KIND);
        String number = f.required("number", Scalars.STRING);
        return f.build(() -> new IdDocument(kind, number));
      });

  /** Sensitive data as {@code {"ethnicity", "religion", "healthNotes", "other": {key: text}}}. */
  static final Codec<SensitiveData> SENSITIVE = Codec.of(
      (g, s) -> {
        g.writeStartObject();
        FieldWriter.optional(g, "ethnicity", Scalars.STRING, s.ethnicity());
        FieldWriter.optional(g, "religion", Scalars.STRING, s.religion());
        FieldWriter.optional(g, "healthNotes", Scalars.STRING, s.healthNotes());
        FieldWriter.map(g, "other", Scalars.STRING, s.other());
        g.writeEndObject();
      },
      n -> {
        FieldReader f = FieldReader.of(n, "sensitive data");
        Optional<String> ethnicity = f.optional("ethnicity", Scalars.STRING);
        Optional<String> religion = f.optional("religion", Scalars.STRING);
        Optional<String> healthNotes = f.optional("healthNotes", Scalars.STRING);
        Map<String, String> other = f.map("other", Scalars.STRING);
        return f.build(() -> new SensitiveData(ethnicity, religion, healthNotes, other));
      });

  /** A stage entry as {@code {"stage": "EXIT", "enteredAt": "...", "reason": "..."}}. */
  static final Codec<StageEntry> STAGE_ENTRY = Codec.of(
      (g, e) -> {
        g.writeStartObject();
        FieldWriter.field(g, "stage", STAGE, e.stage());
        FieldWriter.field(g, "enteredAt", Scalars.INSTANT, e.enteredAt());
        FieldWriter.optional(g, "reason", Scalars.STRING, e.reason());
        g.writeEndObject();
      },
      n -> {
        FieldReader f = FieldReader.of(n, "stage entry");
        LifecycleStage stage = f.required("stage", STAGE);
        Instant enteredAt = f.required("enteredAt", Scalars.INSTANT);
        Optional<String> reason = f.optional("reason", Scalars.STRING);
        return f.build(() -> new StageEntry(stage, enteredAt, reason));
      });

  private static final Codec<List<StageEntry>> STAGE_ENTRIES = Scalars.listOf(STAGE_ENTRY);

  /** A life-cycle history as the JSON array of its entries, oldest first. */
  static final Codec<LifecycleHistory> LIFECYCLE = Codec.of(
      (g, h) -> STAGE_ENTRIES.write(g, h.entries()),
      n -> {
        List<StageEntry> entries = STAGE_ENTRIES.read(n);
        return FieldReader.build(n, () -> new LifecycleHistory(entries));
      });

  /** A contact person as {@code {"name", "title", "company", "contactPoints": [...]}}. */
  static final Codec<Contact> CONTACT = Codec.of(
      (g, c) -> {
        g.writeStartObject();
        FieldWriter.field(g, "name", Scalars.STRING, c.name());
        FieldWriter.optional(g, "title", Scalars.STRING, c.title());
        FieldWriter.optional(g, "company", Scalars.STRING, c.company());
        FieldWriter.list(g, "contactPoints", ContactCodecs.CONTACT_POINT, c.contactPoints());
        g.writeEndObject();
      },
      n -> {
        FieldReader f = FieldReader.of(n, "contact");
        String name = f.required("name", Scalars.STRING);
        Optional<String> title = f.optional("title", Scalars.STRING);
        Optional<String> company = f.optional("company", Scalars.STRING);
        List<ContactPoint> points = f.list("contactPoints", ContactCodecs.CONTACT_POINT);
        return f.build(() -> new Contact(name, title, company, points));
      });

  /** A customer: one field per record component, in component order. */
  static final Codec<Customer> CUSTOMER = Codec.of(CustomerCodecs::writeCustomer, CustomerCodecs::readCustomer);

  private static void writeCustomer(com.fasterxml.jackson.core.JsonGenerator g, Customer c)
      throws java.io.IOException {
    g.writeStartObject();
    FieldWriter.field(g, "id", CoreCodecs.CUSTOMER_ID, c.id());
    FieldWriter.field(g, "type", TYPE, c.type());
    FieldWriter.field(g, "displayName", Scalars.STRING, c.displayName());
    FieldWriter.list(g, "contactPoints", ContactCodecs.CONTACT_POINT, c.contactPoints());
    FieldWriter.list(g, "contacts", CONTACT, c.contacts());
    FieldWriter.optional(g, "industry", INDUSTRY, c.industry());
    FieldWriter.optional(g, "region", REGION, c.region());
    FieldWriter.field(g, "segment", SEGMENT, c.segment());
    FieldWriter.field(g, "lifecycle", LIFECYCLE, c.lifecycle());
    FieldWriter.optional(g, "accountManager", Scalars.STRING, c.accountManager());
    FieldWriter.list(g, "tags", Scalars.STRING, c.tags());
    FieldWriter.map(g, "attributes", ContactCodecs.ATTRIBUTE_VALUE, c.attributes());
    FieldWriter.optional(g, "birthDate", Scalars.LOCAL_DATE, c.birthDate());
    FieldWriter.optional(g, "gender", GENDER, c.gender());
    FieldWriter.optional(g, "estimatedIncome", CoreCodecs.MONEY, c.estimatedIncome());
    FieldWriter.optional(g, "idDocument", ID_DOCUMENT, c.idDocument());
    if (!c.sensitive().isEmpty()) {
      FieldWriter.field(g, "sensitive", SENSITIVE, c.sensitive());
    }
    FieldWriter.field(g, "createdAt", Scalars.INSTANT, c.createdAt());
    FieldWriter.field(g, "updatedAt", Scalars.INSTANT, c.updatedAt());
    FieldWriter.field(g, "version", Scalars.LONG, c.version());
    g.writeEndObject();
  }

  private static Customer readCustomer(Node n) {
    FieldReader f = FieldReader.of(n, "customer");
    CustomerId id = f.required("id", CoreCodecs.CUSTOMER_ID);
    CustomerType type = f.required("type", TYPE);
    String displayName = f.required("displayName", Scalars.STRING);
    List<ContactPoint> contactPoints = f.list("contactPoints", ContactCodecs.CONTACT_POINT);
    List<Contact> contacts = f.list("contacts", CONTACT);
    Optional<Industry> industry = f.optional("industry", INDUSTRY);
    Optional<Region> region = f.optional("region", REGION);
    ValueSegment segment = f.required("segment", SEGMENT);
    LifecycleHistory lifecycle = f.required("lifecycle", LIFECYCLE);
    Optional<String> accountManager = f.optional("accountManager", Scalars.STRING);
    Set<String> tags = f.set("tags", Scalars.STRING);
    Map<String, AttributeValue> attributes = f.map("attributes", ContactCodecs.ATTRIBUTE_VALUE);
    Optional<LocalDate> birthDate = f.optional("birthDate", Scalars.LOCAL_DATE);
    Optional<Gender> gender = f.optional("gender", GENDER);
    Optional<Money> estimatedIncome = f.optional("estimatedIncome", CoreCodecs.MONEY);
    Optional<IdDocument> idDocument = f.optional("idDocument", ID_DOCUMENT);
    SensitiveData sensitive = f.optional("sensitive", SENSITIVE).orElse(SensitiveData.none());
    Instant createdAt = f.required("createdAt", Scalars.INSTANT);
    Instant updatedAt = f.required("updatedAt", Scalars.INSTANT);
    long version = f.required("version", Scalars.LONG);
    return f.build(() -> new Customer(id, type, displayName, contactPoints, contacts, industry, region,
        segment, lifecycle, accountManager, tags, attributes, birthDate, gender, estimatedIncome,
        idDocument, sensitive, createdAt, updatedAt, version));
  }
}
