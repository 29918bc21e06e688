package org.crmkit.examples.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.consent.ConsentLedger;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.DeliveryStatus;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.LineItem;
import org.crmkit.core.interaction.PaymentStatus;
import org.crmkit.core.interaction.Purchase;
import org.crmkit.core.interaction.Refund;
import org.crmkit.core.interaction.RefundKind;
import org.crmkit.core.interaction.Renewal;
import org.crmkit.core.interaction.RenewalOutcome;

/**
 * Makes a customer's interactions in the two years before the as-of date so that they fit its
 * life-cycle plan: a contact opens the interaction stage, purchases open transaction and
 * maintenance, nothing happens between an exit and a win-back, and refunds, surveys, milestone
 * follow-ups and complaints follow the purchases they are about. Not thread-safe; one per customer.
 */
final class InteractionFactory {
  static final long DAY = 86_400;
  static final long YEAR = 365 * DAY;
  private static final Channel[] BUY_CHANNELS = {Channel.STORE, Channel.WEB, Channel.APP, Channel.PHONE};
  private static final Channel[] ORG_BUY_CHANNELS = {Channel.PHONE, Channel.EMAIL, Channel.VISIT, Channel.WEB};

  final SplittableRandom rng;
  final Persona persona;
  final Plan plan;
  final Customer customer;
  final CustomerId id;
  final Instant windowStart;
  final Instant asOf;
  final ConsentLedger consent;
  final Drafts drafts = new Drafts();
  /** How the customer feels about us, in [0, 1]; drives survey scores and complaints. */
  final double sentiment;
  private final long[] contactSpans;
  private final long[] visitSpans;
  private int orders;

  private InteractionFactory(SplittableRandom rng, Persona persona, Instant windowStart, List<ConsentEvent> consent) {
    this.rng = rng;
    this.persona = persona;
    this.plan = persona.plan();
    this.customer = persona.customer();
    this.id = customer.id();
    this.windowStart = windowStart;
    this.asOf = plan.asOf();
    this.consent = ConsentLedger.of(id, consent);
    this.sentiment = Math.min(1, Math.max(0, 0.55 + 0.25 * Pick.gaussian(rng)
        + (customer.segment() == org.crmkit.core.customer.ValueSegment.HIGH_VALUE ? 0.15 : 0)));
    Instant wonBack = plan.wonBack() ? plan.wonBackAt() : asOf;
    contactSpans = new long[] {sec(later(plan.contactAt(), windowStart)), sec(plan.activeUntil()),
      sec(later(wonBack, windowStart)), sec(asOf)};
    visitSpans = new long[] {sec(later(plan.createdAt(), windowStart)), sec(plan.activeUntil()),
      contactSpans[2], contactSpans[3]};
  }

  /**
   * Makes the interactions.
   *
   * @param rng the customer's interaction generator
   * @param persona the customer
   * @param windowStart the start of the two-year window
   * @param consent the customer's consent history (marketing contacts respect it)
   * @return the interactions in time order
   */
  static List<Interaction> create(SplittableRandom rng, Persona persona, Instant windowStart, List<ConsentEvent> consent) {
    InteractionFactory f = new InteractionFactory(rng, persona, windowStart, consent);
    f.purchases();
    f.renewals();
    new ContactRecords(f).create();
    return f.drafts.build(f.id);
  }

  // ---- time spans ----

  private static long sec(Instant t) {
    return t.getEpochSecond();
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** Returns the years of contact time in the window. */
  double contactYears() {
    return years(contactSpans);
  }

  /** Returns the years the customer could visit the site in the window. */
  double visitYears() {
    return years(visitSpans);
  }

  Optional<Instant> randomContactTime() {
    return random(contactSpans);
  }

  Optional<Instant> randomVisitTime() {
    return random(visitSpans);
  }

  /** Returns whether an interaction may happen at {@code t}: in the window and in contact. */
  boolean inWindow(Instant t) {
    return !t.isBefore(windowStart) && t.isBefore(asOf) && plan.inContact(t);
  }

  private static double years(long[] spans) {
    long total = Math.max(0, spans[1] - spans[0]) + Math.max(0, spans[3] - spans[2]);
    return total / (double) YEAR;
  }

  private Optional<Instant> random(long[] spans) {
    long a = Math.max(0, spans[1] - spans[0]);
    long b = Math.max(0, spans[3] - spans[2]);
    if (a + b == 0) {
      return Optional.empty();
    }
    long x = rng.nextLong(a + b);
    return Optional.of(Instant.ofEpochSecond(x < a ? spans[0] + x : spans[2] + x - a));
  }

  boolean marketingAllowed(Instant t) {
    return consent.decide(Purpose.DIRECT_MARKETING, t).allowed();
  }

  // ---- purchases and what follows them ----

  private void purchases() {
    List<Instant> times = new ArrayList<>();
    if (plan.bought()) {
      times.add(plan.firstPurchaseAt());
    }
    if (plan.repeats()) {
      times.add(plan.secondPurchaseAt());
      double rate = customer.type().isOrganisation() ? 4 : switch3(customer.segment().ordinal(), 9, 5, 3);
      Instant from = later(plan.secondPurchaseAt(), windowStart).plusSeconds(1);
      long span = sec(plan.activeUntil()) - sec(from);
      int n = span <= 0 ? 0 : Pick.poisson(rng, rate * persona.activity() * span / YEAR);
      for (int i = 0; i < n; i++) {
        times.add(Pick.between(rng, from, plan.activeUntil()));
      }
    }
    if (plan.wonBack()) {
      times.add(plan.wonBackAt());
    }
    for (Instant t : times) {
      if (!t.isBefore(windowStart) && t.isBefore(asOf)) {
        purchase(t);
      }
    }
  }

  private static double switch3(int ordinal, double a, double b, double c) {
    return ordinal == 0 ? a : ordinal == 1 ? b : c;
  }

  private void purchase(Instant t) {
    boolean business = customer.type().isOrganisation();
    Catalogue.Product[] catalogue = business ? Catalogue.BUSINESS : Catalogue.CONSUMER;
    int lines = 1 + Pick.poisson(rng, business ? 1.2 : 0.6);
    List<LineItem> items = new ArrayList<>(lines);
    BigDecimal total = BigDecimal.ZERO;
    boolean goods = false;
    List<String> skus = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      Catalogue.Product p = Pick.one(rng, catalogue);
      if (skus.contains(p.sku())) {
        continue;
      }
      skus.add(p.sku());
      int quantity = business ? 1 + rng.nextInt(10) : 1 + Pick.poisson(rng, 0.3);
      items.add(new LineItem(p.sku(), quantity, new Money(p.price(), PersonalData.CNY)));
      total = total.add(p.price().multiply(BigDecimal.valueOf(quantity)));
      goods |= !p.service();
    }
    long ageDays = (sec(asOf) - sec(t)) / DAY;
    PaymentStatus payment;
    double x = rng.nextDouble();
    if (ageDays < 3 && x < 0.5) {
      payment = PaymentStatus.PENDING;
    } else {
      payment = x < 0.93 ? PaymentStatus.PAID : x < 0.95 ? (business ? PaymentStatus.PARTIALLY_PAID : PaymentStatus.PAID)
          : x < 0.97 ? PaymentStatus.FAILED : PaymentStatus.CANCELLED;
    }
    DeliveryStatus delivery;
    if (!goods) {
      delivery = DeliveryStatus.NOT_APPLICABLE;
    } else if (payment != PaymentStatus.PAID && payment != PaymentStatus.PARTIALLY_PAID) {
      delivery = DeliveryStatus.PENDING;
    } else {
      delivery = ageDays < 2 ? DeliveryStatus.PENDING : ageDays < 6 ? DeliveryStatus.SHIPPED
          : Pick.chance(rng, 0.98) ? DeliveryStatus.DELIVERED : DeliveryStatus.FAILED;
    }
    String orderId = "O" + id.value().substring(1) + "-" + (++orders);
    Channel channel = business ? Pick.one(rng, ORG_BUY_CHANNELS) : Pick.one(rng, BUY_CHANNELS);
    Money amount = new Money(total, PersonalData.CNY);
    PaymentStatus pay = payment;
    DeliveryStatus del = delivery;
    drafts.add(t, iid -> new Purchase(iid, id, t, channel, orderId, amount, items, pay, del));
    if (payment == PaymentStatus.PAID && Pick.chance(rng, 0.07)) {
      Instant r = t.plusSeconds(DAY + rng.nextInt(30 * (int) DAY));
      if (inWindow(r)) {
        boolean whole = items.size() == 1 || Pick.chance(rng, 0.6);
        Money back = whole ? amount : items.get(0).total();
        RefundKind kind = del == DeliveryStatus.DELIVERED && Pick.chance(rng, 0.6) ? RefundKind.RETURN : RefundKind.REFUND;
        Optional<String> reason = Pick.chance(rng, 0.7) ? Optional.of(Pick.one(rng, Texts.REFUND_REASONS)) : Optional.empty();
        drafts.add(r, iid -> new Refund(iid, id, r, channel, orderId, back, kind, reason));
      }
    }
    ContactRecords.afterPurchase(this, t, del);
  }

  // ---- contracts ----

  private void renewals() {
    if (!persona.contract()) {
      return;
    }
    boolean business = customer.type().isOrganisation();
    BigDecimal base = business ? BigDecimal.valueOf(100L * (200 + rng.nextInt(1800)))
        : new BigDecimal(Pick.one(rng, new String[] {"199", "399", "699", "999"}));
    String contract = "K" + id.value().substring(1) + "-1";
    Instant start = plan.secondPurchaseAt();
    for (int k = 1; ; k++) {
      Instant anniversary = start.plusSeconds(k * YEAR);
      Instant at = anniversary.minusSeconds(rng.nextInt(20 * (int) DAY));
      if (!at.isBefore(asOf) || !at.isBefore(plan.activeUntil())) {
        return;
      }
      if (at.isBefore(windowStart)) {
        continue;
      }
      RenewalOutcome outcome;
      if (!anniversary.isBefore(asOf)) {
        outcome = RenewalOutcome.PENDING;
      } else {
        double x = rng.nextDouble();
        outcome = x < 0.75 ? RenewalOutcome.RENEWED : x < 0.9 ? RenewalOutcome.CHANGED : RenewalOutcome.LOST;
      }
      BigDecimal value = outcome == RenewalOutcome.LOST ? BigDecimal.ZERO
          : outcome == RenewalOutcome.CHANGED ? base.multiply(new BigDecimal(Pick.chance(rng, 0.5) ? "1.1" : "0.9")) : base;
      LocalDate from = LocalDate.ofInstant(anniversary, CustomerFactory.CHINA);
      Money amount = new Money(value, PersonalData.CNY);
      Channel channel = business ? Pick.one(rng, new Channel[] {Channel.VISIT, Channel.PHONE, Channel.EMAIL})
          : Pick.one(rng, new Channel[] {Channel.APP, Channel.WEB});
      RenewalOutcome o = outcome;
      drafts.add(at, iid -> new Renewal(iid, id, at, channel, contract, from, from.plusYears(1).minusDays(1), amount, o));
      if (outcome == RenewalOutcome.LOST) {
        return;
      }
    }
  }
}
