package org.crmkit.privacy.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
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

  ProfileWriter(Plan plan, Transformer transformer) {
    this.plan = plan;
    this.transformer = transformer;
  }

  /** Builds one group. */
  final class Fields {
    private final Map<String, ViewValue> fields = new LinkedHashMap<>();

    Fields leaf(String name, String path, Object raw) {
      Plan.Step s = plan.step(path);
      put(name, transformer.apply(s.transform(), s.entry(), raw, plan.context()));
      return this;
    }

    Fields opt(String name, String path, Optional<?> raw) {
      raw.ifPresent(v -> leaf(name, path, v));
      return this;
    }

    Fields put(String name, ViewValue v) {
      if (v != null && !(v instanceof ViewValue.Group && ((ViewValue.Group) v).isEmpty())
          && !(v instanceof ViewValue.Items && ((ViewValue.Items) v).items().isEmpty())) {
        fields.put(name, v);
      }
      return this;
    }

    ViewValue.Group build() {
      return new ViewValue.Group(fields);
    }
  }

  Fields fields() {
    return new Fields();
  }

  ViewValue.Items leaves(String path, Collection<?> values) {
    List<ViewValue> out = new ArrayList<>(values.size());
    Plan.Step s = plan.step(path);
    for (Object v : values) {
      ViewValue x = transformer.apply(s.transform(), s.entry(), v, plan.context());
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
    Fields f = fields()
        .leaf("id", "customer.id", c.id())
        .leaf("type", "customer.type", c.type())
        .leaf("displayName", "customer.displayName", c.displayName())
        .put("contactPoints", contactPoints("customer.contactPoints[]", c.contactPoints()));
    List<ViewValue.Group> contacts = new ArrayList<>();
    for (Contact k : c.contacts()) {
      contacts.add(fields()
          .leaf("name", "customer.contacts[].name", k.name())
          .opt("title", "customer.contacts[].title", k.title())
          .opt("company", "customer.contacts[].company", k.company())
          .put("contactPoints", contactPoints("customer.contacts[].contactPoints[]", k.contactPoints()))
          .build());
    }
    f.put("contacts", groups(contacts))
        .opt("industry", "customer.industry", c.industry())
        .opt("region", "customer.region", c.region())
        .leaf("segment", "customer.segment", c.segment());
    List<ViewValue.Group> stages = new ArrayList<>();
    for (StageEntry s : c.lifecycle().entries()) {
      stages.add(fields()
          .leaf("stage", "customer.lifecycle[].stage", s.stage())
          .leaf("enteredAt", "customer.lifecycle[].enteredAt", s.enteredAt())
          .opt("reason", "customer.lifecycle[].reason", s.reason())
          .build());
    }
    f.put("lifecycle", groups(stages))
        .opt("accountManager", "customer.accountManager", c.accountManager())
        .put("tags", leaves("customer.tags[]", c.tags()));
    Fields attributes = fields();
    c.attributes().forEach((k, v) -> attributes.put(k, attribute("customer.attributes." + k, v)));
    f.put("attributes", attributes.build())
        .opt("birthDate", "customer.birthDate", c.birthDate())
        .opt("gender", "customer.gender", c.gender());
    c.estimatedIncome().ifPresent(m -> f.put("estimatedIncome", money("customer.estimatedIncome", m)));
    c.idDocument().ifPresent(d -> f.put("idDocument", fields()
        .leaf("kind", "customer.idDocument.kind", d.kind())
        .leaf("number", "customer.idDocument.number", d.number())
        .build()));
    return f.put("sensitive", sensitive(c.sensitive()))
        .leaf("createdAt", "customer.createdAt", c.createdAt())
        .leaf("updatedAt", "customer.updatedAt", c.updatedAt())
        .leaf("version", "customer.version", c.version())
        .build();
  }

  private ViewValue.Group sensitive(SensitiveData s) {
    Fields other = fields();
    s.other().forEach((k, v) -> other.leaf(k, "customer.sensitive.other." + k, v));
    return fields()
        .opt("ethnicity", "customer.sensitive.ethnicity", s.ethnicity())
        .opt("religion", "customer.sensitive.religion", s.religion())
        .opt("healthNotes", "customer.sensitive.healthNotes", s.healthNotes())
        .put("other", other.build())
        .build();
  }

  private ViewValue.Items contactPoints(String prefix, List<ContactPoint> points) {
    List<ViewValue.Group> out = new ArrayList<>(points.size());
    for (ContactPoint p : points) {
      Fields f = fields();
      if (p instanceof PhoneNumber) {
        f.leaf("kind", prefix + ".kind", "PHONE").leaf("e164", prefix + ".e164", ((PhoneNumber) p).e164());
      } else if (p instanceof EmailAddress) {
        f.leaf("kind", prefix + ".kind", "EMAIL").leaf("value", prefix + ".value", ((EmailAddress) p).value());
      } else {
        PostalAddress a = (PostalAddress) p;
        f.leaf("kind", prefix + ".kind", "POSTAL")
            .leaf("region", prefix + ".region", a.region())
            .leaf("street", prefix + ".street", a.street())
            .opt("postalCode", prefix + ".postalCode", a.postalCode());
      }
      out.add(f.build());
    }
    return groups(out);
  }

  /** An attribute as the export writes it, {@code {"kind", "value"}}; left out with its value. */
  private ViewValue.Group attribute(String path, AttributeValue v) {
    ViewValue.Group value = fields().leaf("value", path, v).build();
    if (value.isEmpty()) {
      return value;
    }
    Map<String, ViewValue> m = new LinkedHashMap<>();
    m.put("kind", new ViewValue.Text(attributeKind(v)));
    m.putAll(value.fields());
    return new ViewValue.Group(m);
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
    Fields f = fields();
    new TreeMap<>(derived).forEach((k, v) -> f.leaf(k, "derived." + k, v));
    return f.build();
  }
}
