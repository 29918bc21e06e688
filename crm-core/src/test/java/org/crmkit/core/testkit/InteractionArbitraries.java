package org.crmkit.core.testkit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.consent.ConsentStatus;
import org.crmkit.core.consent.Purpose;
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

/** Interactions of every kind and consent events. Not API: use CrmArbitraries. */
final class InteractionArbitraries {
  private static final long DAY_MILLIS = 86_400_000L;
  private static final List<Question> QUESTIONS = List.of(Question.nps("nps-2024"), Question.nps("nps.app"),
      Question.csat("csat-service"), Question.csat("csat/delivery"), new Question("effort-7", Scale.of(1, 7)),
      new Question("stars", Scale.of(1, 10)), new Question("pct", Scale.of(0, 100)));
  private static final List<Purpose> CUSTOM_PURPOSES = List.of(Purpose.optIn("loyalty-programme"),
      Purpose.optOut("newsletter"), Purpose.optIn("research"));
  private static final List<String> RECIPIENTS = List.of("partner-bank", "sf-express", "insurer:ping-an",
      "ads@partner.example", "gov/tax");

  private InteractionArbitraries() {}

  static Arbitrary<InteractionId> interactionIds() {
    Arbitrary<String> usual = TextArbitraries.lowerAlnum(6, 16).map(s -> "i-" + s);
    Arbitrary<String> any = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('a', 'z')
        .withCharRange('0', '9').withChars('.', '_', ':', '-').ofMinLength(1).ofMaxLength(64);
    return Arbitraries.frequencyOf(Tuple.of(4, usual), Tuple.of(1, any)).map(InteractionId::of);
  }

  private static Arbitrary<Instant> instants() {
    return TextArbitraries.instantsBetween(CrmArbitraries.WINDOW_START, CrmArbitraries.WINDOW_END);
  }

  private static Arbitrary<Instant> laterThan(Instant at, long maxDays) {
    return Arbitraries.longs().between(0, maxDays * DAY_MILLIS).map(ms -> TextArbitraries.plusClamped(at, ms));
  }

  private static Arbitrary<String> references(String prefix) {
    return TextArbitraries.digits(8).map(d -> prefix + d);
  }

  /** Interactions of one kind for a customer. */
  static Arbitrary<Interaction> interactions(InteractionKind kind, CustomerId c) {
    Arbitrary<InteractionId> ids = interactionIds();
    Arbitrary<Instant> at = instants();
    Arbitrary<Channel> channels = Arbitraries.of(Channel.class);
    switch (kind) {
      case PURCHASE:
        return Combinators.combine(ids, at, channels, references("SO-"), purchaseBodies(),
            Arbitraries.of(PaymentStatus.class), Arbitraries.of(DeliveryStatus.class))
            .as((id, t, ch, order, body, pay, del) -> new Purchase(id, c, t, ch, order, body.get1(), body.get2(), pay, del));
      case REFUND:
        return Combinators.combine(ids, at, channels, references("SO-"), CustomerArbitraries.nonNegativeMoney(),
            Arbitraries.of(RefundKind.class), Arbitraries.of("质量问题", "wrong size", "七天无理由退货").optional(0.6))
            .as((id, t, ch, order, amount, rk, reason) -> new Refund(id, c, t, ch, order, amount, rk, reason));
      case SERVICE:
        return at.flatMap(t -> Combinators.combine(ids, channels, TextArbitraries.freeText(),
                Arbitraries.oneOf(Arbitraries.of("am-001", "am-017"), TextArbitraries.personNames()).optional(0.4),
                Arbitraries.of(Urgency.class), laterThan(t, 7).optional(0.6), Arbitraries.of(true, false))
            .as((id, ch, text, asked, u, due, done) -> new ServiceRecord(id, c, t, ch, text, asked, u, due, done)));
      case COMPLAINT:
        return at.flatMap(t -> Combinators.combine(ids, Arbitraries.of(Channel.PHONE, Channel.EMAIL,
                    Channel.ONLINE_CHAT, Channel.FEEDBACK_FORM, Channel.VISIT),
                Arbitraries.of(Urgency.class), laterThan(t, 14), Arbitraries.of(ComplaintCause.class),
                Arbitraries.of(ComplaintStatus.class), TextArbitraries.freeText())
            .as((id, ch, u, due, cause, st, text) -> new Complaint(id, c, t, ch, u, due, cause, st, text)));
      case FOLLOW_UP:
        return Combinators.combine(ids, at, channels, Arbitraries.of(FollowUpMethod.class),
                Arbitraries.of(FollowUpPurpose.class), Arbitraries.of(FollowUpOutcome.class),
                TextArbitraries.freeText().optional(0.5))
            .as((id, t, ch, m, p, o, notes) -> new FollowUp(id, c, t, ch, m, p, o, notes));
      case COMMUNICATION:
        return Combinators.combine(ids, at, channels, Arbitraries.of(Direction.class), TextArbitraries.freeText())
            .as((id, t, ch, d, text) -> new Communication(id, c, t, ch, d, text));
      case SURVEY_RESPONSE:
        return Arbitraries.of(QUESTIONS).flatMap(q -> Combinators.combine(ids, at, channels,
                Arbitraries.integers().between(q.scale().min(), q.scale().max()),
                TextArbitraries.freeText().optional(0.3))
            .as((id, t, ch, score, comment) -> new SurveyResponse(id, c, t, ch, q, score, comment)));
      case RENEWAL:
        return Combinators.combine(ids, at, channels, references("CT-"),
                Arbitraries.integers().between(0, 3 * 366), CustomerArbitraries.nonNegativeMoney(),
                Arbitraries.of(RenewalOutcome.class))
            .as((id, t, ch, contract, days, amount, outcome) -> {
              LocalDate start = t.atOffset(ZoneOffset.UTC).toLocalDate();
              Money money = outcome == RenewalOutcome.LOST ? Money.zero(amount.currency()) : amount;
              return new Renewal(id, c, t, ch, contract, start, start.plusDays(days), money, outcome);
            });
      case SITE_VISIT:
        return Combinators.combine(ids, at, Arbitraries.of(Channel.WEB, Channel.APP),
                Arbitraries.of("/", "/products/42", "/cart", "/help/退货", "home").optional(0.7),
                Arbitraries.longs().between(0, 7200).map(Duration::ofSeconds))
            .as((id, t, ch, page, d) -> new SiteVisit(id, c, t, ch, page, d));
      default:
        throw new AssertionError(kind);
    }
  }

  /** An order total and its lines: the sum of the lines when there are any. */
  private static Arbitrary<Tuple.Tuple2<Money, List<LineItem>>> purchaseBodies() {
    return CustomerArbitraries.currencies().flatMap(cur -> {
      Arbitrary<LineItem> item = Combinators.combine(references("SKU-"), Arbitraries.integers().between(1, 20),
          CustomerArbitraries.money(cur, 0, 10_000)).as(LineItem::new);
      return Combinators.combine(item.list().ofMaxSize(3), CustomerArbitraries.money(cur, 0, 100_000))
          .as((items, total) -> Tuple.of(items.isEmpty() ? total : sum(cur, items), items));
    });
  }

  private static Money sum(Currency currency, List<LineItem> items) {
    Money total = new Money(BigDecimal.ZERO, currency);
    for (LineItem i : items) {
      total = total.plus(i.total());
    }
    return total;
  }

  static Arbitrary<Interaction> interactions(CustomerId c) {
    return Arbitraries.of(InteractionKind.class).flatMap(k -> interactions(k, c));
  }

  static Arbitrary<Purpose> purposes() {
    return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(Purpose.PREDEFINED)),
        Tuple.of(1, Arbitraries.of(CUSTOM_PURPOSES)));
  }

  static Arbitrary<ConsentEvent> consentEvents(CustomerId c) {
    Arbitrary<String> ids = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
        .withChars('-', '.', ':', '_').ofMinLength(8).ofMaxLength(16).map(s -> "ce-" + s);
    Arbitrary<Tuple.Tuple3<ConsentStatus, Instant, Instant>> times = Combinators.combine(
        Arbitraries.of(ConsentStatus.class), instants()).as(Tuple::of)
        .flatMap(t -> laterThan(t.get2(), 30).map(rec -> Tuple.of(t.get1(), t.get2(), rec)));
    Arbitrary<Long> expiryMillis = Arbitraries.longs().between(DAY_MILLIS, 3 * 366 * DAY_MILLIS);
    Arbitrary<Tuple.Tuple2<String, String>> who = Combinators.combine(
        Arbitraries.of("v1", "v2.1", "2024-03", "notice/2025"),
        Arbitraries.of("self", "am-007", "system:import", "crm-web", "agent@callcenter")).as(Tuple::of);
    return purposes().flatMap(purpose -> Combinators.combine(ids, times,
            expiryMillis.optional(0.4), Arbitraries.of(Channel.class), who,
            Arbitraries.of(RECIPIENTS).set().ofMinSize(1).ofMaxSize(3)
                .optional(purpose.equals(Purpose.THIRD_PARTY_DISCLOSURE) ? 0.4 : 0.1))
        .as((id, t, expiry, ch, w, recipients) -> {
          Optional<Instant> expires = t.get1() == ConsentStatus.GRANTED
              ? expiry.map(ms -> t.get2().plusMillis(ms)).filter(e -> !e.isAfter(CrmArbitraries.WINDOW_END))
              : Optional.empty();
          return new ConsentEvent(id, c, purpose, t.get1(), t.get2(), t.get3(), expires, ch, w.get1(), w.get2(),
              recipients.orElse(java.util.Set.of()));
        }));
  }
}
