package org.crmkit.privacy.dictionary;

import static org.crmkit.privacy.dictionary.Category.IDENTITY;
import static org.crmkit.privacy.dictionary.Category.NON_PERSONAL;
import static org.crmkit.privacy.dictionary.Category.PERSONAL;
import static org.crmkit.privacy.dictionary.Category.SENSITIVE;
import static org.crmkit.privacy.dictionary.FieldKind.AGE;
import static org.crmkit.privacy.dictionary.FieldKind.BIRTH_DATE;
import static org.crmkit.privacy.dictionary.FieldKind.CODE;
import static org.crmkit.privacy.dictionary.FieldKind.CUSTOMER_KEY;
import static org.crmkit.privacy.dictionary.FieldKind.DATE;
import static org.crmkit.privacy.dictionary.FieldKind.DURATION;
import static org.crmkit.privacy.dictionary.FieldKind.EMAIL;
import static org.crmkit.privacy.dictionary.FieldKind.FLAG;
import static org.crmkit.privacy.dictionary.FieldKind.FREE_TEXT;
import static org.crmkit.privacy.dictionary.FieldKind.ID_NUMBER;
import static org.crmkit.privacy.dictionary.FieldKind.INCOME;
import static org.crmkit.privacy.dictionary.FieldKind.LABEL;
import static org.crmkit.privacy.dictionary.FieldKind.MONEY;
import static org.crmkit.privacy.dictionary.FieldKind.NUMBER;
import static org.crmkit.privacy.dictionary.FieldKind.PERSON_NAME;
import static org.crmkit.privacy.dictionary.FieldKind.PHONE;
import static org.crmkit.privacy.dictionary.FieldKind.POSTAL_CODE;
import static org.crmkit.privacy.dictionary.FieldKind.REFERENCE;
import static org.crmkit.privacy.dictionary.FieldKind.REGION;
import static org.crmkit.privacy.dictionary.FieldKind.SCORE;
import static org.crmkit.privacy.dictionary.FieldKind.STREET;
import static org.crmkit.privacy.dictionary.FieldKind.TIMESTAMP;

import java.util.ArrayList;
import java.util.List;

/**
 * The classification of every field of the crm-core model. A test walks the model's record types
 * reflectively and fails when a component is missing here.
 */
final class BuiltInFields {
  private BuiltInFields() {}

  static List<FieldEntry> all() {
    List<FieldEntry> out = new ArrayList<>();
    // Customer
    add(out, "customer.id", IDENTITY, CUSTOMER_KEY);
    add(out, "customer.type", NON_PERSONAL, CODE);
    add(out, "customer.displayName", IDENTITY, PERSON_NAME);
    contactPoints(out, "customer.contactPoints[]");
    add(out, "customer.contacts[].name", IDENTITY, PERSON_NAME);
    add(out, "customer.contacts[].title", PERSONAL, LABEL);
    add(out, "customer.contacts[].company", PERSONAL, LABEL);
    contactPoints(out, "customer.contacts[].contactPoints[]");
    add(out, "customer.industry", NON_PERSONAL, CODE);
    add(out, "customer.region", PERSONAL, REGION);
    add(out, "customer.segment", PERSONAL, CODE);
    add(out, "customer.lifecycle[].stage", PERSONAL, CODE);
    add(out, "customer.lifecycle[].enteredAt", NON_PERSONAL, TIMESTAMP);
    add(out, "customer.lifecycle[].reason", PERSONAL, FREE_TEXT);
    add(out, "customer.accountManager", NON_PERSONAL, REFERENCE);
    add(out, "customer.tags[]", PERSONAL, LABEL);
    // customer.attributes.<key> ({"kind", "value"}) is classified by the host; an unknown key is
    // SENSITIVE.
    add(out, "customer.birthDate", PERSONAL, BIRTH_DATE);
    add(out, "customer.gender", PERSONAL, CODE);
    add(out, "customer.estimatedIncome.amount", PERSONAL, INCOME);
    add(out, "customer.estimatedIncome.currency", NON_PERSONAL, CODE);
    add(out, "customer.idDocument.kind", PERSONAL, CODE);
    add(out, "customer.idDocument.number", IDENTITY, ID_NUMBER);
    add(out, "customer.sensitive.ethnicity", SENSITIVE, FREE_TEXT);
    add(out, "customer.sensitive.religion", SENSITIVE, FREE_TEXT);
    add(out, "customer.sensitive.healthNotes", SENSITIVE, FREE_TEXT);
    add(out, "customer.sensitive.other.*", SENSITIVE, FREE_TEXT);
    add(out, "customer.createdAt", NON_PERSONAL, TIMESTAMP);
    add(out, "customer.updatedAt", NON_PERSONAL, TIMESTAMP);
    add(out, "customer.version", NON_PERSONAL, NUMBER);

    // Interactions: the union of the components of every Interaction record.
    add(out, "interactions[].kind", NON_PERSONAL, CODE);
    add(out, "interactions[].id", NON_PERSONAL, REFERENCE);
    add(out, "interactions[].customerId", IDENTITY, CUSTOMER_KEY);
    add(out, "interactions[].occurredAt", NON_PERSONAL, TIMESTAMP);
    add(out, "interactions[].channel", NON_PERSONAL, CODE);
    add(out, "interactions[].orderId", NON_PERSONAL, REFERENCE);
    money(out, "interactions[].amount", PERSONAL, MONEY);
    add(out, "interactions[].items[].sku", PERSONAL, CODE);
    add(out, "interactions[].items[].quantity", PERSONAL, NUMBER);
    money(out, "interactions[].items[].unitPrice", PERSONAL, MONEY);
    add(out, "interactions[].payment", NON_PERSONAL, CODE);
    add(out, "interactions[].delivery", NON_PERSONAL, CODE);
    add(out, "interactions[].refundKind", NON_PERSONAL, CODE);
    add(out, "interactions[].reason", PERSONAL, FREE_TEXT);
    add(out, "interactions[].content", PERSONAL, FREE_TEXT);
    add(out, "interactions[].askedFor", PERSONAL, FREE_TEXT);
    add(out, "interactions[].urgency", NON_PERSONAL, CODE);
    add(out, "interactions[].replyDueAt", NON_PERSONAL, TIMESTAMP);
    add(out, "interactions[].resolved", NON_PERSONAL, FLAG);
    add(out, "interactions[].cause", NON_PERSONAL, CODE);
    add(out, "interactions[].status", NON_PERSONAL, CODE);
    add(out, "interactions[].method", NON_PERSONAL, CODE);
    add(out, "interactions[].purpose", NON_PERSONAL, CODE);
    add(out, "interactions[].outcome", NON_PERSONAL, CODE);
    add(out, "interactions[].notes", PERSONAL, FREE_TEXT);
    add(out, "interactions[].direction", NON_PERSONAL, CODE);
    add(out, "interactions[].question.questionId", NON_PERSONAL, CODE);
    add(out, "interactions[].question.scale.kind", NON_PERSONAL, CODE);
    add(out, "interactions[].question.scale.min", NON_PERSONAL, NUMBER);
    add(out, "interactions[].question.scale.max", NON_PERSONAL, NUMBER);
    add(out, "interactions[].score", PERSONAL, SCORE);
    add(out, "interactions[].comment", PERSONAL, FREE_TEXT);
    add(out, "interactions[].contractId", NON_PERSONAL, REFERENCE);
    add(out, "interactions[].periodStart", NON_PERSONAL, DATE);
    add(out, "interactions[].periodEnd", NON_PERSONAL, DATE);
    add(out, "interactions[].page", PERSONAL, FREE_TEXT);
    add(out, "interactions[].duration", NON_PERSONAL, DURATION);

    // Consent events
    add(out, "consentEvents[].eventId", NON_PERSONAL, REFERENCE);
    add(out, "consentEvents[].customerId", IDENTITY, CUSTOMER_KEY);
    add(out, "consentEvents[].purpose.code", NON_PERSONAL, CODE);
    add(out, "consentEvents[].purpose.requiresOptIn", NON_PERSONAL, FLAG);
    add(out, "consentEvents[].status", PERSONAL, CODE);
    add(out, "consentEvents[].effectiveAt", NON_PERSONAL, TIMESTAMP);
    add(out, "consentEvents[].recordedAt", NON_PERSONAL, TIMESTAMP);
    add(out, "consentEvents[].expiresAt", NON_PERSONAL, TIMESTAMP);
    add(out, "consentEvents[].channel", NON_PERSONAL, CODE);
    add(out, "consentEvents[].noticeVersion", NON_PERSONAL, CODE);
    add(out, "consentEvents[].actor", NON_PERSONAL, REFERENCE);
    add(out, "consentEvents[].recipients[]", NON_PERSONAL, CODE);
    return out;
  }

  /** Derived fields every dictionary knows: the customer's age in years, shown as a band. */
  static List<FieldEntry> derivedDefaults() {
    return List.of(FieldEntry.of("derived.age", PERSONAL, AGE));
  }

  private static void contactPoints(List<FieldEntry> out, String prefix) {
    // The discriminator belongs to the contact point: an anonymous view removes it with the rest.
    add(out, prefix + ".kind", IDENTITY, CODE);
    add(out, prefix + ".e164", IDENTITY, PHONE);
    add(out, prefix + ".value", IDENTITY, EMAIL);
    add(out, prefix + ".region", IDENTITY, REGION);
    add(out, prefix + ".street", IDENTITY, STREET);
    add(out, prefix + ".postalCode", IDENTITY, POSTAL_CODE);
  }

  private static void money(List<FieldEntry> out, String prefix, Category category, FieldKind kind) {
    add(out, prefix + ".amount", category, kind);
    add(out, prefix + ".currency", NON_PERSONAL, CODE);
  }

  private static void add(List<FieldEntry> out, String path, Category category, FieldKind kind) {
    out.add(FieldEntry.of(path, category, kind));
  }
}
