package org.crmkit.privacy.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crmkit.core.CustomerId;
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
import org.crmkit.core.customer.Region;
import org.crmkit.core.customer.SensitiveData;
import org.crmkit.core.customer.StageEntry;
import org.crmkit.privacy.view.ViewValue;

/**
 * Writes the fields of one customer, consent events and derived data through a {@link Plan};
 * interactions are written by {@link InteractionWriter}. Each field is offered under its
 * dictionary path; the plan decides whether and how it appears. Groups and lists left empty are
 * dropped, so a view does not even show how many items it removed.
 *
 * <p>A writer serves one read on one thread: it reuses one group builder per nesting level, so
 * groups must be built innermost first (a group is started after its parent's last put before
 * it and built before its parent's next put), which {@link Fields#build()} checks.
 */
class ProfileWriter {
  final Plan plan;
  private final Transformer transformer;
  private final String context;
  private final CustomerSteps steps;
  /** The builder of each nesting level, reused for every group written at that level. */
  private Fields[] frames = new Fields[8];
  /** How many groups are being written, one inside the other. */
  private int depth;

  ProfileWriter(Plan plan, CustomerSteps steps, Transformer transformer) {
    this.plan = plan;
    this.transformer = transformer;
    this.context = plan.context();
    this.steps = steps;
  }

  /** Builds one group, on the builder of its nesting level. */
  final class Fields {
    private final ViewValue.Group.Builder fields = ViewValue.Group.builder();
    private final int level;

    private Fields(int level) {
      this.level = level;
    }

    Fields leaf(String name, String path, Object raw) {
      return leaf(name, plan.step(path), raw);
    }

    // Typed overloads, so that a field of a known type skips the type tests of the general path.

    Fields leaf(String name, String path, String raw) {
      return leaf(name, plan.step(path), raw);
    }

    Fields leaf(String name, String path, Instant raw) {
      return leaf(name, plan.step(path), raw);
    }

    Fields leaf(String name, String path, Enum<?> raw) {
      return leaf(name, plan.step(path), raw);
    }

    Fields leaf(String name, String path, long raw) {
      return leaf(name, plan.step(path), raw);
    }

    Fields leaf(String name, String path, CustomerId raw) {
      return leaf(name, plan.step(path), raw);
    }

    Fields leaf(String name, Plan.Step s, Object raw) {
      return scalar(name, transformer.object(s, raw, context));
    }

    /** A constant text: shared when the view shows it as is. */
    Fields leaf(String name, Plan.Step s, ViewValue.Text raw) {
      return scalar(name, s.keeps() ? raw : transformer.text(s, raw.value(), context));
    }

    Fields leaf(String name, Plan.Step s, String raw) {
      return scalar(name, transformer.text(s, raw, context));
    }

    Fields leaf(String name, Plan.Step s, Instant raw) {
      return scalar(name, transformer.instant(s, raw, context));
    }

    Fields leaf(String name, Plan.Step s, Enum<?> raw) {
      return scalar(name, transformer.constant(s, raw, context));
    }

    Fields leaf(String name, Plan.Step s, long raw) {
      return scalar(name, transformer.number(s, raw, context));
    }

    Fields leaf(String name, Plan.Step s, Region raw) {
      return scalar(name, transformer.region(s, raw, context));
    }

    Fields leaf(String name, Plan.Step s, CustomerId raw) {
      return scalar(name, s.keeps() ? new ViewValue.Text(raw.value()) : transformer.object(s, raw, context));
    }

    /** Puts a value a transform returned: text, a number or a flag; null when left out. */
    private Fields scalar(String name, ViewValue v) {
      if (v != null) {
        fields.put(name, v);
      }
      return this;
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
      if (depth != level + 1) {
        throw new IllegalStateException(
            "groups must be built innermost first but level " + level + " was built at depth " + depth);
      }
      depth = level;
      return fields.build();
    }
  }

  /** Starts a group one level below the groups being written. */
  Fields fields() {
    if (depth == frames.length) {
      frames = Arrays.copyOf(frames, 2 * depth);
    }
    Fields f = frames[depth];
    if (f == null) {
      f = new Fields(depth);
      frames[depth] = f;
    } else {
      f.fields.clear();
    }
    depth++;
    return f;
  }

  /** An immutable list of the first {@code n} items, copied once. */
  static ViewValue.Items items(ViewValue[] items, int n) {
    switch (n) {
      case 0:
        return EMPTY_ITEMS;
      case 1:
        return new ViewValue.Items(List.of(items[0]));
      case 2:
        return new ViewValue.Items(List.of(items[0], items[1]));
      default:
        return new ViewValue.Items(List.of(n == items.length ? items : Arrays.copyOf(items, n)));
    }
  }

  private static final ViewValue.Items EMPTY_ITEMS = new ViewValue.Items(List.of());

  ViewValue.Items leaves(String path, Collection<?> values) {
    return leaves(plan.step(path), values);
  }

  private ViewValue.Items leaves(Plan.Step s, Collection<?> values) {
    if (values.isEmpty()) {
      return null;
    }
    ViewValue[] out = new ViewValue[values.size()];
    int n = 0;
    for (Object v : values) {
      ViewValue x = transformer.apply(s.transform(), s.entry(), v, context);
      if (x != null && n < out.length) {
        out[n++] = x;
      }
    }
    return items(out, n);
  }

  static ViewValue.Items groups(ViewValue[] groups, int n) {
    ViewValue[] out = new ViewValue[n];
    int kept = 0;
    for (int i = 0; i < n; i++) {
      if (!((ViewValue.Group) groups[i]).isEmpty()) {
        out[kept++] = groups[i];
      }
    }
    return items(out, kept);
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

  /** Stores a non-empty group at {@code out[n]}; returns the new count. */
  private static int addUnlessEmpty(ViewValue[] out, int n, ViewValue.Group g) {
    if (g.isEmpty() || n == out.length) {
      return n;
    }
    out[n] = g;
    return n + 1;
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

  /**
   * An amount as {@code {"amount", "currency"}}. The two paths are passed whole (constants), not
   * built from a prefix: building them cost a concatenation and a fresh hash per amount.
   */
  ViewValue.Group money(String amountPath, String currencyPath, Money m) {
    return fields()
        .leaf("amount", amountPath, m.amount())
        .leaf("currency", currencyPath, m.currency())
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
