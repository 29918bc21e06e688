package org.crmkit.core.json;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentBasis;
import org.crmkit.core.consent.ConsentDecision;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.consent.ConsentLedger;
import org.crmkit.core.consent.ConsentStatus;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.interaction.Channel;

/** Codecs of the consent ledger's types. Stateless. */
final class ConsentCodecs {
  private ConsentCodecs() {}

  private static final Codec<ConsentStatus> STATUS = Scalars.enumOf(ConsentStatus.class);
  private static final Codec<ConsentBasis> BASIS = Scalars.enumOf(ConsentBasis.class);
  private static final Codec<Channel> CHANNEL = Scalars.enumOf(Channel.class);

  /**
   * A purpose: {@code {"code": "direct-marketing", "requiresOptIn": false}}. Both fields are
   * written so that a host's own opt-out purpose survives the round trip.
   */
  static final Codec<Purpose> PURPOSE = Codec.of(
      (g, p) -> {
        g.writeStartObject();
        FieldWriter.field(g, "code", Scalars.STRING, p.code());
        FieldWriter.field(g, "requiresOptIn", Scalars.BOOLEAN, p.requiresOptIn());
        g.writeEndObject();
      },
      n -> {
        FieldReader f = FieldReader.of(n, "purpose");
        String code = f.required("code", Scalars.STRING);
        boolean requiresOptIn = f.required("requiresOptIn", Scalars.BOOLEAN);
        return f.build(() -> new Purpose(code, requiresOptIn));
      });

  /** A consent event: one field per record component, in component order. */
  static final Codec<ConsentEvent> EVENT = Codec.of(
      (g, e) -> {
        g.writeStartObject();
        FieldWriter.field(g, "eventId", Scalars.STRING, e.eventId());
        FieldWriter.field(g, "customerId", CoreCodecs.CUSTOMER_ID, e.customerId());
        FieldWriter.field(g, "purpose", PURPOSE, e.purpose());
        FieldWriter.field(g, "status", STATUS, e.status());
        FieldWriter.field(g, "effectiveAt", Scalars.INSTANT, e.effectiveAt());
        FieldWriter.field(g, "recordedAt", Scalars.INSTANT, e.recordedAt());
        FieldWriter.optional(g, "expiresAt", Scalars.INSTANT, e.expiresAt());
        FieldWriter.field(g, "channel", CHANNEL, e.channel());
        FieldWriter.field(g, "noticeVersion", Scalars.STRING, e.noticeVersion());
        FieldWriter.field(g, "actor", Scalars.STRING, e.actor());
        FieldWriter.list(g, "recipients", Scalars.STRING, e.recipients());
        g.writeEndObject();
      },
      n -> {
        FieldReader f = FieldReader.of(n, "consent event");
        String eventId = f.required("eventId", Scalars.STRING);
        CustomerId customerId = f.required("customerId", CoreCodecs.CUSTOMER_ID);
        Purpose purpose = f.required("purpose", PURPOSE);
        ConsentStatus status = f.required("status", STATUS);
        Instant effectiveAt = f.required("effectiveAt", Scalars.INSTANT);
        Instant recordedAt = f.required("recordedAt", Scalars.INSTANT);
        Optional<Instant> expiresAt = f.optional("expiresAt", Scalars.INSTANT);
        Channel channel = f.required("channel", CHANNEL);
        String noticeVersion = f.required("noticeVersion", Scalars.STRING);
        String actor = f.required("actor", Scalars.STRING);
        Set<String> recipients = f.set("recipients", Scalars.STRING);
        return f.build(() -> new ConsentEvent(eventId, customerId, purpose, status, effectiveAt,
            recordedAt, expiresAt, channel, noticeVersion, actor, recipients));
      });

  /** A ledger: {@code {"customerId", "events": [...]}}. */
  static final Codec<ConsentLedger> LEDGER = Codec.of(
      (g, l) -> {
        g.writeStartObject();
        FieldWriter.field(g, "customerId", CoreCodecs.CUSTOMER_ID, l.customerId());
        FieldWriter.list(g, "events", EVENT, l.events());
        g.writeEndObject();
      },
      n -> {
        FieldReader f = FieldReader.of(n, "consent ledger");
        CustomerId customerId = f.required("customerId", CoreCodecs.CUSTOMER_ID);
        List<ConsentEvent> events = f.list("events", EVENT);
        return f.build(() -> new ConsentLedger(customerId, events));
      });

  /** A decision: one field per record component, in component order. */
  static final Codec<ConsentDecision> DECISION = Codec.of(
      (g, d) -> {
        g.writeStartObject();
        FieldWriter.field(g, "customerId", CoreCodecs.CUSTOMER_ID, d.customerId());
        FieldWriter.field(g, "purpose", PURPOSE, d.purpose());
        FieldWriter.optional(g, "recipient", Scalars.STRING, d.recipient());
        FieldWriter.field(g, "asOf", Scalars.INSTANT, d.asOf());
        FieldWriter.field(g, "allowed", Scalars.BOOLEAN, d.allowed());
        FieldWriter.field(g, "basis", BASIS, d.basis());
        FieldWriter.optional(g, "eventId", Scalars.STRING, d.eventId());
        g.writeEndObject();
      },
      n -> {
        FieldReader f = FieldReader.of(n, "consent decision");
        CustomerId customerId = f.required("customerId", CoreCodecs.CUSTOMER_ID);
        Purpose purpose = f.required("purpose", PURPOSE);
        Optional<String> recipient = f.optional("recipient", Scalars.STRING);
        Instant asOf = f.required("asOf", Scalars.INSTANT);
        boolean allowed = f.required("allowed", Scalars.BOOLEAN);
        ConsentBasis basis = f.required("basis", BASIS);
        Optional<String> eventId = f.optional("eventId", Scalars.STRING);
        return f.build(() -> new ConsentDecision(customerId, purpose, recipient, asOf, allowed, basis, eventId));
      });
}
