package org.crmkit.privacy.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crmkit.core.Money;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.customer.AttributeValue;
import org.crmkit.core.customer.Contact;
import org.crmkit.core.customer.ContactPoint;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.EmailAddress;
import org.crmkit.core.customer.IdDocument;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.customer.PostalAddress;
import org.crmkit.core.customer.SensitiveData;
import org.crmkit.core.customer.StageEntry;
import org.crmkit.privacy.view.ViewValue;

/**
 * Writes the fields of one customer, consent events and derived data through a {@link Plan};
 * interactions are written by {@link InteractionWriter}. Single-threaded, one per read (see
 * {@link GroupWriter}).
 */
class ProfileWriter extends GroupWriter {
  private final CustomerSteps steps;

  ProfileWriter(Plan plan, CustomerSteps steps, Transformer transformer) {
    super(plan, transformer);
    this.steps = steps;
  }

  /**
   * Writes the customer record. Split into a few methods so that each stays small enough for the
   * JIT to inline its field writes (one big method runs out of its inlining budget).
   */
  ViewValue.Group customer(Customer c) {
    CustomerSteps s = steps;
    Fields f = fields()
        .leaf("id", s.id, c.id())
        .leaf("type", s.type, c.type())
        .leaf("displayName", s.displayName, c.displayName())
        .put("contactPoints", contactPoints(s.points, c.contactPoints()));
    if (!c.contacts().isEmpty()) {
      f.put("contacts", contacts(c.contacts()));
    }
    f.opt("industry", s.industry, c.industry());
    if (c.region().isPresent()) {
      f.leaf("region", s.region, c.region().get());
    }
    f.leaf("segment", s.segment, c.segment());
    List<StageEntry> entries = c.lifecycle().entries();
    if (!entries.isEmpty()) {
      f.put("lifecycle", lifecycle(entries));
    }
    f.opt("accountManager", s.accountManager, c.accountManager())
        .put("tags", leaves(s.tags, c.tags()));
    if (!c.attributes().isEmpty()) {
      f.put("attributes", attributes(c.attributes()));
    }
    personal(f, c);
    return f.put("sensitive", sensitive(c.sensitive()))
        .leaf("createdAt", s.createdAt, c.createdAt())
        .leaf("updatedAt", s.updatedAt, c.updatedAt())
        .leaf("version", s.version, c.version())
        .build();
  }

  private ViewValue.Items contacts(List<Contact> contacts) {
    CustomerSteps s = steps;
    ViewValue[] out = new ViewValue[contacts.size()];
    int n = 0;
    for (Contact k : contacts) {
      n = addUnlessEmpty(out, n, fields()
          .leaf("name", s.contactName, k.name())
          .opt("title", s.contactTitle, k.title())
          .opt("company", s.contactCompany, k.company())
          .put("contactPoints", contactPoints(s.contactPoints, k.contactPoints()))
          .build());
    }
    return items(out, n);
  }

  private ViewValue.Items lifecycle(List<StageEntry> entries) {
    CustomerSteps s = steps;
    ViewValue[] stages = new ViewValue[entries.size()];
    int n = 0;
    for (StageEntry e : entries) {
      Fields stage = fields()
          .leaf("stage", s.stage, e.stage())
          .leaf("enteredAt", s.enteredAt, e.enteredAt());
      if (e.reason().isPresent()) {
        stage.leaf("reason", s.stageReason, e.reason().get());
      }
      n = addUnlessEmpty(stages, n, stage.build());
    }
    return items(stages, n);
  }

  private ViewValue.Group attributes(Map<String, AttributeValue> attributes) {
    Plan.Keyed steps = this.steps.attributes;
    Fields f = fields();
    for (Map.Entry<String, AttributeValue> e : attributes.entrySet()) {
      f.put(e.getKey(), attribute(steps.step(e.getKey()), e.getValue()));
    }
    return f.build();
  }

  /** Birth date, gender, income and identity document. */
  private void personal(Fields f, Customer c) {
    CustomerSteps s = steps;
    f.opt("birthDate", s.birthDate, c.birthDate())
        .opt("gender", s.gender, c.gender());
    // Plain ifs rather than capturing lambdas: this runs for every customer.
    if (c.estimatedIncome().isPresent()) {
      Money m = c.estimatedIncome().get();
      f.put("estimatedIncome", fields()
          .leaf("amount", s.incomeAmount, m.amount())
          .leaf("currency", s.incomeCurrency, m.currency())
          .build());
    }
    if (c.idDocument().isPresent()) {
      IdDocument d = c.idDocument().get();
      f.put("idDocument", fields()
          .leaf("kind", s.idKind, d.kind())
          .leaf("number", s.idNumber, d.number())
          .build());
    }
  }


  private ViewValue.Group sensitive(SensitiveData d) {
    if (d.isEmpty()) {
      return null;
    }
    CustomerSteps s = steps;
    Fields other = fields();
    d.other().forEach((k, v) -> other.leaf(k, s.sensitiveOther.step(k), v));
    ViewValue.Group others = other.build();
    return fields()
        .opt("ethnicity", s.ethnicity, d.ethnicity())
        .opt("religion", s.religion, d.religion())
        .opt("healthNotes", s.healthNotes, d.healthNotes())
        .put("other", others)
        .build();
  }

  private ViewValue.Items contactPoints(CustomerSteps.ContactPointSteps s, List<ContactPoint> points) {
    if (points.isEmpty()) {
      return null;
    }
    ViewValue[] out = new ViewValue[points.size()];
    int n = 0;
    for (ContactPoint p : points) {
      Fields f = fields();
      if (p instanceof PhoneNumber) {
        f.leaf("kind", s.kind, PHONE).leaf("e164", s.e164, ((PhoneNumber) p).e164());
      } else if (p instanceof EmailAddress) {
        f.leaf("kind", s.kind, EMAIL).leaf("value", s.value, ((EmailAddress) p).value());
      } else {
        PostalAddress a = (PostalAddress) p;
        f.leaf("kind", s.kind, POSTAL)
            .leaf("region", s.region, a.region())
            .leaf("street", s.street, a.street())
            .opt("postalCode", s.postalCode, a.postalCode());
      }
      n = addUnlessEmpty(out, n, f.build());
    }
    return items(out, n);
  }

  /** An attribute as the export writes it, {@code {"kind", "value"}}; left out with its value. */
  private ViewValue.Group attribute(Plan.Step s, AttributeValue v) {
    ViewValue value = transformer.apply(s.transform(), s.entry(), v, context);
    if (value == null) {
      return ViewValue.Group.empty();
    }
    return fields()
        .put("kind", attributeKind(v))
        .put("value", value)
        .build();
  }

  private static final ViewValue.Text PHONE = new ViewValue.Text("PHONE");
  private static final ViewValue.Text EMAIL = new ViewValue.Text("EMAIL");
  private static final ViewValue.Text POSTAL = new ViewValue.Text("POSTAL");
  private static final ViewValue.Text TEXT = new ViewValue.Text("TEXT");
  private static final ViewValue.Text DECIMAL = new ViewValue.Text("DECIMAL");
  private static final ViewValue.Text FLAG = new ViewValue.Text("FLAG");
  private static final ViewValue.Text DATE = new ViewValue.Text("DATE");

  private static ViewValue.Text attributeKind(AttributeValue v) {
    if (v instanceof AttributeValue.Text) {
      return TEXT;
    }
    if (v instanceof AttributeValue.Decimal) {
      return DECIMAL;
    }
    return v instanceof AttributeValue.Flag ? FLAG : DATE;
  }


  ViewValue.Group consentEvent(ConsentEvent e) {
    return fields()
        .leaf("eventId", "consentEvents[].eventId", e.eventId())
        .leaf("customerId", "consentEvents[].customerId", e.customerId())
        .put("purpose", fields()
            .leaf("code", "consentEvents[].purpose.code", e.purpose().code())
            .leaf("requiresOptIn", "consentEvents[].purpose.requiresOptIn", e.purpose().requiresOptIn())
            .build())
        .leaf("status", "consentEvents[].status", e.status())
        .leaf("effectiveAt", "consentEvents[].effectiveAt", e.effectiveAt())
        .leaf("recordedAt", "consentEvents[].recordedAt", e.recordedAt())
        .opt("expiresAt", "consentEvents[].expiresAt", e.expiresAt())
        .leaf("channel", "consentEvents[].channel", e.channel())
        .leaf("noticeVersion", "consentEvents[].noticeVersion", e.noticeVersion())
        .leaf("actor", "consentEvents[].actor", e.actor())
        .put("recipients", leaves("consentEvents[].recipients[]", e.recipients()))
        .build();
  }

  ViewValue.Group derived(Map<String, AttributeValue> derived) {
    if (derived.isEmpty()) {
      return ViewValue.Group.empty();
    }
    Fields f = fields();
    Plan.Keyed keyed = steps.derived;
    new TreeMap<>(derived).forEach((k, v) -> f.leaf(k, keyed.step(k), v));
    return f.build();
  }
}
