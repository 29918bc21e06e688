package org.crmkit.privacy.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crmkit.core.Money;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.customer.AttributeValue;
import org.crmkit.core.customer.Contact;
import org.crmkit.core.customer.ContactPoint;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.EmailAddress;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.customer.PostalAddress;
import org.crmkit.core.customer.SensitiveData;
import org.crmkit.core.customer.StageEntry;
import org.crmkit.privacy.view.ViewValue;

/**
 * Writes the fields of one customer, consent events and derived data through a {@link Plan};
 * interactions are written by {@link InteractionWriter}. Each field is offered under its
 * dictionary path; the plan decides whether and how it appears. Groups and lists left empty are
 * dropped, so a view does not even show how many items it removed.
 */
class ProfileWriter {
  final Plan plan;
  private final Transformer transformer;
  private final String context;
  private final CustomerSteps steps;

  ProfileWriter(Plan plan, Transformer transformer) {
    this.plan = plan;
    this.transformer = transformer;
    this.context = plan.context();
    this.steps = new CustomerSteps(plan);
  }

  /** Builds one group. */
  final class Fields {
    private final ViewValue.Group.Builder fields = ViewValue.Group.builder();

    Fields leaf(String name, String path, Object raw) {
      return leaf(name, plan.step(path), raw);
    }

    Fields leaf(String name, Plan.Step s, Object raw) {
      return put(name, transformer.apply(s.transform(), s.entry(), raw, context));
    }

    Fields opt(String name, String path, Optional<?> raw) {
      return raw.isPresent() ? leaf(name, path, raw.get()) : this;
    }

    Fields opt(String name, Plan.Step s, Optional<?> raw) {
      return raw.isPresent() ? leaf(name, s, raw.get()) : this;
    }

    Fields put(String name, ViewValue v) {
      if (v != null && !(v instanceof ViewValue.Group && ((ViewValue.Group) v).isEmpty())
          && !(v instanceof ViewValue.Items && ((ViewValue.Items) v).items().isEmpty())) {
        fields.put(name, v);
      }
      return this;
    }

    ViewValue.Group build() {
      return fields.build();
    }
  }

  Fields fields() {
    return new Fields();
  }

  ViewValue.Items leaves(String path, Collection<?> values) {
    return leaves(plan.step(path), values);
  }

  private ViewValue.Items leaves(Plan.Step s, Collection<?> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<ViewValue> out = new ArrayList<>(values.size());
    for (Object v : values) {
      ViewValue x = transformer.apply(s.transform(), s.entry(), v, context);
      if (x != null) {
        out.add(x);
      }
    }
    return new ViewValue.Items(out);
  }

  static ViewValue.Items groups(List<ViewValue.Group> groups) {
    List<ViewValue> out = new ArrayList<>(groups.size());
    for (ViewValue.Group g : groups) {
      if (!g.isEmpty()) {
        out.add(g);
      }
    }
    return new ViewValue.Items(out);
  }

  ViewValue.Group customer(Customer c) {
    CustomerSteps s = steps;
    Fields f = fields()
        .leaf("id", s.id, c.id())
        .leaf("type", s.type, c.type())
        .leaf("displayName", s.displayName, c.displayName())
        .put("contactPoints", contactPoints(s.points, c.contactPoints()));
    if (!c.contacts().isEmpty()) {
      List<ViewValue> contacts = new ArrayList<>(c.contacts().size());
      for (Contact k : c.contacts()) {
        addUnlessEmpty(contacts, fields()
            .leaf("name", s.contactName, k.name())
            .opt("title", s.contactTitle, k.title())
            .opt("company", s.contactCompany, k.company())
            .put("contactPoints", contactPoints(s.contactPoints, k.contactPoints()))
            .build());
      }
      f.put("contacts", new ViewValue.Items(contacts));
    }
    f.opt("industry", s.industry, c.industry())
        .opt("region", s.region, c.region())
        .leaf("segment", s.segment, c.segment());
    List<StageEntry> entries = c.lifecycle().entries();
    if (!entries.isEmpty()) {
      List<ViewValue> stages = new ArrayList<>(entries.size());
      for (StageEntry e : entries) {
        addUnlessEmpty(stages, fields()
            .leaf("stage", s.stage, e.stage())
            .leaf("enteredAt", s.enteredAt, e.enteredAt())
            .opt("reason", s.stageReason, e.reason())
            .build());
      }
      f.put("lifecycle", new ViewValue.Items(stages));
    }
    f.opt("accountManager", s.accountManager, c.accountManager())
        .put("tags", leaves(s.tags, c.tags()));
    if (!c.attributes().isEmpty()) {
      Fields attributes = fields();
      c.attributes().forEach((k, v) -> attributes.put(k, attribute(s.attributes.step(k), v)));
      f.put("attributes", attributes.build());
    }
    f.opt("birthDate", s.birthDate, c.birthDate())
        .opt("gender", s.gender, c.gender());
    c.estimatedIncome().ifPresent(m -> f.put("estimatedIncome", fields()
        .leaf("amount", s.incomeAmount, m.amount())
        .leaf("currency", s.incomeCurrency, m.currency())
        .build()));
    c.idDocument().ifPresent(d -> f.put("idDocument", fields()
        .leaf("kind", s.idKind, d.kind())
        .leaf("number", s.idNumber, d.number())
        .build()));
    return f.put("sensitive", sensitive(c.sensitive()))
        .leaf("createdAt", s.createdAt, c.createdAt())
        .leaf("updatedAt", s.updatedAt, c.updatedAt())
        .leaf("version", s.version, c.version())
        .build();
  }

  private static void addUnlessEmpty(List<ViewValue> out, ViewValue.Group g) {
    if (!g.isEmpty()) {
      out.add(g);
    }
  }

  private ViewValue.Group sensitive(SensitiveData d) {
    CustomerSteps s = steps;
    Fields other = fields();
    d.other().forEach((k, v) -> other.leaf(k, s.sensitiveOther.step(k), v));
    return fields()
        .opt("ethnicity", s.ethnicity, d.ethnicity())
        .opt("religion", s.religion, d.religion())
        .opt("healthNotes", s.healthNotes, d.healthNotes())
        .put("other", other.build())
        .build();
  }

  private ViewValue.Items contactPoints(CustomerSteps.ContactPointSteps s, List<ContactPoint> points) {
    if (points.isEmpty()) {
      return null;
    }
    List<ViewValue> out = new ArrayList<>(points.size());
    for (ContactPoint p : points) {
      Fields f = fields();
      if (p instanceof PhoneNumber) {
        f.leaf("kind", s.kind, "PHONE").leaf("e164", s.e164, ((PhoneNumber) p).e164());
      } else if (p instanceof EmailAddress) {
        f.leaf("kind", s.kind, "EMAIL").leaf("value", s.value, ((EmailAddress) p).value());
      } else {
        PostalAddress a = (PostalAddress) p;
        f.leaf("kind", s.kind, "POSTAL")
            .leaf("region", s.region, a.region())
            .leaf("street", s.street, a.street())
            .opt("postalCode", s.postalCode, a.postalCode());
      }
      addUnlessEmpty(out, f.build());
    }
    return new ViewValue.Items(out);
  }

  /** An attribute as the export writes it, {@code {"kind", "value"}}; left out with its value. */
  private ViewValue.Group attribute(Plan.Step s, AttributeValue v) {
    ViewValue value = transformer.apply(s.transform(), s.entry(), v, context);
    if (value == null) {
      return ViewValue.Group.empty();
    }
    return ViewValue.Group.builder()
        .put("kind", new ViewValue.Text(attributeKind(v)))
        .put("value", value)
        .build();
  }

  private static String attributeKind(AttributeValue v) {
    if (v instanceof AttributeValue.Text) {
      return "TEXT";
    }
    if (v instanceof AttributeValue.Decimal) {
      return "DECIMAL";
    }
    return v instanceof AttributeValue.Flag ? "FLAG" : "DATE";
  }

  ViewValue.Group money(String prefix, Money m) {
    return fields()
        .leaf("amount", prefix + ".amount", m.amount())
        .leaf("currency", prefix + ".currency", m.currency())
        .build();
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
