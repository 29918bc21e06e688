package org.crmkit.core.json;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.spi.AuditAction;
import org.crmkit.core.spi.AuditEntry;

/** Codecs of the customer profile (the unit of export) and the audit entry. Stateless. */
final class ProfileCodecs {
  private ProfileCodecs() {}

  private static final Codec<AuditAction> ACTION = Scalars.enumOf(AuditAction.class);

  /** A profile: {@code {"customer": {...}, "interactions": [...], "consentEvents": [...]}}. */
  static final Codec<CustomerProfile> PROFILE = Codec.of(
      (g, p) -> {
        g.writeStartObject();
        FieldWriter.field(g, "customer", CustomerCodecs.CUSTOMER, p.customer());
        FieldWriter.list(g, "interactions", InteractionCodecs.INTERACTION, p.interactions());
        FieldWriter.list(g, "consentEvents", ConsentCodecs.EVENT, p.consentEvents());
        g.writeEndObject();
      },
      n -> {
        FieldReader f = FieldReader.of(n, "customer profile");
        Customer customer = f.required("customer", CustomerCodecs.CUSTOMER);
        List<Interaction> interactions = f.list("interactions", InteractionCodecs.INTERACTION);
        List<ConsentEvent> events = f.list("consentEvents", ConsentCodecs.EVENT);
        return f.build(() -> new CustomerProfile(customer, interactions, events));
      });

  /** An audit entry: one field per record component, in component order. */
  static final Codec<AuditEntry> AUDIT_ENTRY = Codec.of(
      (g, a) -> {
        g.writeStartObject();
        FieldWriter.field(g, "sequence", Scalars.LONG, a.sequence());
        FieldWriter.field(g, "at", Scalars.INSTANT, a.at());
        FieldWriter.field(g, "actor", Scalars.STRING, a.actor());
        FieldWriter.field(g, "action", ACTION, a.action());
        FieldWriter.field(g, "customerId", CoreCodecs.CUSTOMER_ID, a.customerId());
        FieldWriter.list(g, "changedFields", Scalars.STRING, a.changedFields());
        FieldWriter.optional(g, "relatedCustomerId", CoreCodecs.CUSTOMER_ID, a.relatedCustomerId());
        g.writeEndObject();
      },
      n -> {
        FieldReader f = FieldReader.of(n, "audit entry");
        long sequence = f.required("sequence", Scalars.LONG);
        Instant at = f.required("at", Scalars.INSTANT);
        String actor = f.required("actor", Scalars.STRING);
        AuditAction action = f.required("action", ACTION);
        CustomerId customerId = f.required("customerId", CoreCodecs.CUSTOMER_ID);
        Set<String> changedFields = f.set("changedFields", Scalars.STRING);
        Optional<CustomerId> related = f.optional("relatedCustomerId", CoreCodecs.CUSTOMER_ID);
        return f.build(() -> new AuditEntry(sequence, at, actor, action, customerId, changedFields, related));
      });
}
