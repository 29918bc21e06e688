package org.crmkit.core.json;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.Communication;
import org.crmkit.core.interaction.Complaint;
import org.crmkit.core.interaction.ComplaintCause;
import org.crmkit.core.interaction.ComplaintStatus;
import org.crmkit.core.interaction.DeliveryStatus;
import org.crmkit.core.interaction.Direction;
import org.crmkit.core.interaction.FollowUp;
import org.crmkit.core.interaction.FollowUpMethod;
import org.crmkit.core.interaction.FollowUpOutcome;
import org.crmkit.core.interaction.FollowUpPurpose;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.InteractionKind;
import org.crmkit.core.interaction.LineItem;
import org.crmkit.core.interaction.PaymentStatus;
import org.crmkit.core.interaction.Purchase;
import org.crmkit.core.interaction.Question;
import org.crmkit.core.interaction.Refund;
import org.crmkit.core.interaction.RefundKind;
import org.crmkit.core.interaction.Renewal;
import org.crmkit.core.interaction.RenewalOutcome;
import org.crmkit.core.interaction.Scale;
import org.crmkit.core.interaction.ServiceRecord;
import org.crmkit.core.interaction.SiteVisit;
import org.crmkit.core.interaction.SurveyResponse;
import org.crmkit.core.interaction.Urgency;

/**
 * Codecs of the interaction family. Every interaction is an object that starts with {@code kind}
 * (an {@link InteractionKind} name), then {@code id}, {@code customerId}, {@code occurredAt} and
 * {@code channel}, then the fields of its record. Stateless.
 */
final class InteractionCodecs {
  private InteractionCodecs() {}

  private static final Codec<Channel> CHANNEL = Scalars.enumOf(Channel.class);
  private static final Codec<Urgency> URGENCY = Scalars.enumOf(Urgency.class);
  private static final Codec<PaymentStatus> PAYMENT = Scalars.enumOf(PaymentStatus.class);
  private static final Codec<DeliveryStatus> DELIVERY = Scalars.enumOf(DeliveryStatus.class);
  private static final Codec<RefundKind> REFUND_KIND = Scalars.enumOf(RefundKind.class);
  private static final Codec<ComplaintCause> CAUSE = Scalars.enumOf(ComplaintCause.class);
  private static final Codec<ComplaintStatus> STATUS = Scalars.enumOf(ComplaintStatus.class);
  private static final Codec<FollowUpMethod> METHOD = Scalars.enumOf(FollowUpMethod.class);
  private static final Codec<FollowUpPurpose> FOLLOW_UP_PURPOSE = Scalars.enumOf(FollowUpPurpose.class);
  private static final Codec<FollowUpOutcome> FOLLOW_UP_OUTCOME = Scalars.enumOf(FollowUpOutcome.class);
  private static final Codec<Direction> DIRECTION = Scalars.enumOf(Direction.class);
  private static final Codec<RenewalOutcome> RENEWAL_OUTCOME = Scalars.enumOf(RenewalOutcome.class);

  /** An interaction id as its text. */
  static final Codec<InteractionId> INTERACTION_ID =
      Codec.ofString("an interaction id (a string)", InteractionId::value, InteractionId::new);

  /** An order line: {@code {"sku", "quantity", "unitPrice": money}}. */
  static final Codec<LineItem> LINE_ITEM = Codec.of(
      (g, i) -> {
        g.writeStartObject();
        FieldWriter.field(g, "sku", Scalars.STRING, i.sku());
        FieldWriter.field(g, "quantity", Scalars.INT, i.quantity());
        FieldWriter.field(g, "unitPrice", CoreCodecs.MONEY, i.unitPrice());
        g.writeEndObject();
      },
      n -> {
        FieldReader f = FieldReader.of(n, "line item");
        String sku = f.required("sku", Scalars.STRING);
        int quantity = f.required("quantity", Scalars.INT);
        Money unitPrice = f.required("unitPrice", CoreCodecs.MONEY);
        return f.build(() -> new LineItem(sku, quantity, unitPrice));
      });

  private static final Codec<Scale.Kind> SCALE_KIND = Scalars.enumOf(Scale.Kind.class);

  /** A scale: {@code {"kind": "NPS", "min": 0, "max": 10}}. */
  static final Codec<Scale> SCALE = Codec.of(
      (g, s) -> {
        g.writeStartObject();
        FieldWriter.field(g, "kind", SCALE_KIND, s.kind());
        FieldWriter.field(g, "min", Scalars.INT, s.min());
        FieldWriter.field(g, "max", Scalars.INT, s.max());
        g.writeEndObject();
      },
      n -> {
        FieldReader f = FieldReader.of(n, "scale");
        Scale.Kind kind = f.required("kind", SCALE_KIND);
        int min = f.required("min", Scalars.INT);
        int max = f.required("max", Scalars.INT);
        return f.build(() -> new Scale(kind, min, max));
      });

  /** A survey question: {@code {"questionId", "scale": scale}}. */
  static final Codec<Question> QUESTION = Codec.of(
      (g, q) -> {
        g.writeStartObject();
        FieldWriter.field(g, "questionId", Scalars.STRING, q.questionId());
        FieldWriter.field(g, "scale", SCALE, q.scale());
        g.writeEndObject();
      },
      n -> {
        FieldReader f = FieldReader.of(n, "question");
        String questionId = f.required("questionId", Scalars.STRING);
        Scale scale = f.required("scale", SCALE);
        return f.build(() -> new Question(questionId, scale));
      });

  /** The fields every interaction has. */
  private record Header(InteractionId id, CustomerId customerId, Instant occurredAt, Channel channel) {
    static Header read(FieldReader f, InteractionKind kind) {
      f.kind(kind.name());
      return new Header(f.required("id", INTERACTION_ID), f.required("customerId", CoreCodecs.CUSTOMER_ID),
          f.required("occurredAt", Scalars.INSTANT), f.required("channel", CHANNEL));
    }
  }

  /** Writes {@code {"kind", "id", "customerId", "occurredAt", "channel"}, then the rest, then {@code }}. */
  private static <I extends Interaction> Codec<I> interaction(InteractionKind kind,
      Codec.Writer<I> rest, Function<FieldReader, I> read) {
    return Codec.of(
        (g, i) -> {
          g.writeStartObject();
          FieldWriter.kind(g, kind.name());
          FieldWriter.field(g, "id", INTERACTION_ID, i.id());
          FieldWriter.field(g, "customerId", CoreCodecs.CUSTOMER_ID, i.customerId());
          FieldWriter.field(g, "occurredAt", Scalars.INSTANT, i.occurredAt());
          FieldWriter.field(g, "channel", CHANNEL, i.channel());
          rest.write(g, i);
          g.writeEndObject();
        },
        n -> read.apply(FieldReader.of(n, "interaction")));
  }

  static final Codec<Purchase> PURCHASE = interaction(InteractionKind.PURCHASE,
      (g, p) -> {
        FieldWriter.field(g, "orderId", Scalars.STRING, p.orderId());
        FieldWriter.field(g, "amount", CoreCodecs.MONEY, p.amount());
        FieldWriter.list(g, "items", LINE_ITEM, p.items());
        FieldWriter.field(g, "payment", PAYMENT, p.payment());
        FieldWriter.field(g, "delivery", DELIVERY, p.delivery());
      },
      f -> {
        Header h = Header.read(f, InteractionKind.PURCHASE);
        String orderId = f.required("orderId", Scalars.STRING);
        Money amount = f.required("amount", CoreCodecs.MONEY);
        List<LineItem> items = f.list("items", LINE_ITEM);
        PaymentStatus payment = f.required("payment", PAYMENT);
        DeliveryStatus delivery = f.required("delivery", DELIVERY);
        return f.build(() -> new Purchase(h.id, h.customerId, h.occurredAt, h.channel, orderId, amount,
            items, payment, delivery));
      });

  static final Codec<Refund> REFUND = interaction(InteractionKind.REFUND,
      (g, r) -> {
        FieldWriter.field(g, "orderId", Scalars.STRING, r.orderId());
        FieldWriter.field(g, "amount", CoreCodecs.MONEY, r.amount());
        FieldWriter.field(g, "refundKind", REFUND_KIND, r.refundKind());
        FieldWriter.optional(g, "reason", Scalars.STRING, r.reason());
      },
      f -> {
        Header h = Header.read(f, InteractionKind.REFUND);
        String orderId = f.required("orderId", Scalars.STRING);
        Money amount = f.required("amount", CoreCodecs.MONEY);
        RefundKind refundKind = f.required("refundKind", REFUND_KIND);
        Optional<String> reason = f.optional("reason", Scalars.STRING);
        return f.build(() -> new Refund(h.id, h.customerId, h.occurredAt, h.channel, orderId, amount,
            refundKind, reason));
      });

  static final Codec<ServiceRecord> SERVICE = interaction(InteractionKind.SERVICE,
      (g, s) -> {
        FieldWriter.field(g, "content", Scalars.STRING, s.content());
        FieldWriter.optional(g, "askedFor", Scalars.STRING, s.askedFor());
        FieldWriter.field(g, "urgency", URGENCY, s.urgency());
        FieldWriter.optional(g, "replyDueAt", Scalars.INSTANT, s.replyDueAt());
        FieldWriter.field(g, "resolved", Scalars.BOOLEAN, s.resolved());
      },
      f -> {
        Header h = Header.read(f, InteractionKind.SERVICE);
        String content = f.required("content", Scalars.STRING);
        Optional<String> askedFor = f.optional("askedFor", Scalars.STRING);
        Urgency urgency = f.required("urgency", URGENCY);
        Optional<Instant> replyDueAt = f.optional("replyDueAt", Scalars.INSTANT);
        boolean resolved = f.required("resolved", Scalars.BOOLEAN);
        return f.build(() -> new ServiceRecord(h.id, h.customerId, h.occurredAt, h.channel, content,
            askedFor, urgency, replyDueAt, resolved));
      });

  static final Codec<Complaint> COMPLAINT = interaction(InteractionKind.COMPLAINT,
      (g, c) -> {
        FieldWriter.field(g, "urgency", URGENCY, c.urgency());
        FieldWriter.field(g, "replyDueAt", Scalars.INSTANT, c.replyDueAt());
        FieldWriter.field(g, "cause", CAUSE, c.cause());
        FieldWriter.field(g, "status", STATUS, c.status());
        FieldWriter.field(g, "content", Scalars.STRING, c.content());
      },
      f -> {
        Header h = Header.read(f, InteractionKind.COMPLAINT);
        Urgency urgency = f.required("urgency", URGENCY);
        Instant replyDueAt = f.required("replyDueAt", Scalars.INSTANT);
        ComplaintCause cause = f.required("cause", CAUSE);
        ComplaintStatus status = f.required("status", STATUS);
        String content = f.required("content", Scalars.STRING);
        return f.build(() -> new Complaint(h.id, h.customerId, h.occurredAt, h.channel, urgency,
            replyDueAt, cause, status, content));
      });

  static final Codec<FollowUp> FOLLOW_UP = interaction(InteractionKind.FOLLOW_UP,
      (g, u) -> {
        FieldWriter.field(g, "method", METHOD, u.method());
        FieldWriter.field(g, "purpose", FOLLOW_UP_PURPOSE, u.purpose());
        FieldWriter.field(g, "outcome", FOLLOW_UP_OUTCOME, u.outcome());
        FieldWriter.optional(g, "notes", Scalars.STRING, u.notes());
      },
      f -> {
        Header h = Header.read(f, InteractionKind.FOLLOW_UP);
        FollowUpMethod method = f.required("method", METHOD);
        FollowUpPurpose purpose = f.required("purpose", FOLLOW_UP_PURPOSE);
        FollowUpOutcome outcome = f.required("outcome", FOLLOW_UP_OUTCOME);
        Optional<String> notes = f.optional("notes", Scalars.STRING);
        return f.build(() -> new FollowUp(h.id, h.customerId, h.occurredAt, h.channel, method, purpose,
            outcome, notes));
      });

  static final Codec<Communication> COMMUNICATION = interaction(InteractionKind.COMMUNICATION,
      (g, c) -> {
        FieldWriter.field(g, "direction", DIRECTION, c.direction());
        FieldWriter.field(g, "content", Scalars.STRING, c.content());
      },
      f -> {
        Header h = Header.read(f, InteractionKind.COMMUNICATION);
        Direction direction = f.required("direction", DIRECTION);
        String content = f.required("content", Scalars.STRING);
        return f.build(() -> new Communication(h.id, h.customerId, h.occurredAt, h.channel, direction, content));
      });

  static final Codec<SurveyResponse> SURVEY_RESPONSE = interaction(InteractionKind.SURVEY_RESPONSE,
      (g, s) -> {
        FieldWriter.field(g, "question", QUESTION, s.question());
        FieldWriter.field(g, "score", Scalars.INT, s.score());
        FieldWriter.optional(g, "comment", Scalars.STRING, s.comment());
      },
      f -> {
        Header h = Header.read(f, InteractionKind.SURVEY_RESPONSE);
        Question question = f.required("question", QUESTION);
        int score = f.required("score", Scalars.INT);
        Optional<String> comment = f.optional("comment", Scalars.STRING);
        return f.build(() -> new SurveyResponse(h.id, h.customerId, h.occurredAt, h.channel, question,
            score, comment));
      });

  static final Codec<Renewal> RENEWAL = interaction(InteractionKind.RENEWAL,
      (g, r) -> {
        FieldWriter.field(g, "contractId", Scalars.STRING, r.contractId());
        FieldWriter.field(g, "periodStart", Scalars.LOCAL_DATE, r.periodStart());
        FieldWriter.field(g, "periodEnd", Scalars.LOCAL_DATE, r.periodEnd());
        FieldWriter.field(g, "amount", CoreCodecs.MONEY, r.amount());
        FieldWriter.field(g, "outcome", RENEWAL_OUTCOME, r.outcome());
      },
      f -> {
        Header h = Header.read(f, InteractionKind.RENEWAL);
        String contractId = f.required("contractId", Scalars.STRING);
        LocalDate periodStart = f.required("periodStart", Scalars.LOCAL_DATE);
        LocalDate periodEnd = f.required("periodEnd", Scalars.LOCAL_DATE);
        Money amount = f.required("amount", CoreCodecs.MONEY);
        RenewalOutcome outcome = f.required("outcome", RENEWAL_OUTCOME);
        return f.build(() -> new Renewal(h.id, h.customerId, h.occurredAt, h.channel, contractId,
            periodStart, periodEnd, amount, outcome));
      });

  static final Codec<SiteVisit> SITE_VISIT = interaction(InteractionKind.SITE_VISIT,
      (g, v) -> {
        FieldWriter.optional(g, "page", Scalars.STRING, v.page());
        FieldWriter.field(g, "duration", Scalars.DURATION, v.duration());
      },
      f -> {
        Header h = Header.read(f, InteractionKind.SITE_VISIT);
        Optional<String> page = f.optional("page", Scalars.STRING);
        Duration duration = f.required("duration", Scalars.DURATION);
        return f.build(() -> new SiteVisit(h.id, h.customerId, h.occurredAt, h.channel, page, duration));
      });

  /** Any interaction, told apart by {@code kind}. */
  static final Codec<Interaction> INTERACTION = Family.<Interaction>of("interaction")
      .with(InteractionKind.PURCHASE.name(), Purchase.class, PURCHASE)
      .with(InteractionKind.REFUND.name(), Refund.class, REFUND)
      .with(InteractionKind.SERVICE.name(), ServiceRecord.class, SERVICE)
      .with(InteractionKind.COMPLAINT.name(), Complaint.class, COMPLAINT)
      .with(InteractionKind.FOLLOW_UP.name(), FollowUp.class, FOLLOW_UP)
      .with(InteractionKind.COMMUNICATION.name(), Communication.class, COMMUNICATION)
      .with(InteractionKind.SURVEY_RESPONSE.name(), SurveyResponse.class, SURVEY_RESPONSE)
      .with(InteractionKind.RENEWAL.name(), Renewal.class, RENEWAL)
      .with(InteractionKind.SITE_VISIT.name(), SiteVisit.class, SITE_VISIT);
}
