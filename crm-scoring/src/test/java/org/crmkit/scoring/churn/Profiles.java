package org.crmkit.scoring.churn;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.consent.ConsentStatus;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.Complaint;
import org.crmkit.core.interaction.ComplaintCause;
import org.crmkit.core.interaction.ComplaintStatus;
import org.crmkit.core.interaction.DeliveryStatus;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.PaymentStatus;
import org.crmkit.core.interaction.Purchase;
import org.crmkit.core.interaction.Question;
import org.crmkit.core.interaction.Renewal;
import org.crmkit.core.interaction.RenewalOutcome;
import org.crmkit.core.interaction.SiteVisit;
import org.crmkit.core.interaction.SurveyResponse;
import org.crmkit.core.interaction.Urgency;
import org.crmkit.core.profile.CustomerProfile;

/** Builds customer profiles for the churn tests. Not thread-safe. */
final class Profiles {
  static final Instant AS_OF = Instant.parse("2026-06-30T12:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

  private final CustomerId id;
  private final Instant createdAt;
  private final Set<String> tags;
  private final List<Interaction> interactions = new ArrayList<>();
  private final List<ConsentEvent> consent = new ArrayList<>();
  private int next;

  private Profiles(String id, Instant createdAt, Set<String> tags) {
    this.id = CustomerId.of(id);
    this.createdAt = createdAt;
    this.tags = tags;
  }

  static Profiles customer(String id) {
    return new Profiles(id, Instant.parse("2024-01-01T00:00:00Z"), Set.of());
  }

  static Profiles customer(String id, Set<String> tags) {
    return new Profiles(id, Instant.parse("2024-01-01T00:00:00Z"), tags);
  }

  static Instant daysAgo(long days) {
    return AS_OF.minus(Duration.ofDays(days));
  }

  private InteractionId nextId() {
    return InteractionId.of(id.value() + "-i" + (next++));
  }

  Profiles purchase(Instant at, String amount) {
    interactions.add(new Purchase(nextId(), id, at, Channel.WEB, "o" + next, Money.of(new BigDecimal(amount), "CNY"),
        List.of(), PaymentStatus.PAID, DeliveryStatus.DELIVERED));
    return this;
  }

  /** Purchases every {@code interval} days from {@code firstDaysAgo} down to {@code lastDaysAgo}. */
  Profiles purchasesEvery(int interval, int firstDaysAgo, int lastDaysAgo, String amount) {
    for (int d = firstDaysAgo; d >= lastDaysAgo; d -= interval) {
      purchase(daysAgo(d), amount);
    }
    return this;
  }

  Profiles visit(Instant at) {
    interactions.add(new SiteVisit(nextId(), id, at, Channel.APP, Optional.empty(), Duration.ofMinutes(3)));
    return this;
  }

  Profiles complaint(Instant at, ComplaintCause cause, ComplaintStatus status, Duration replyWithin) {
    interactions.add(new Complaint(nextId(), id, at, Channel.PHONE, Urgency.NORMAL, at.plus(replyWithin), cause, status,
        "complaint text"));
    return this;
  }

  Profiles nps(Instant at, int score) {
    interactions.add(new SurveyResponse(nextId(), id, at, Channel.SURVEY, Question.nps("nps-1"), score, Optional.empty()));
    return this;
  }

  Profiles csat(Instant at, int score) {
    interactions.add(new SurveyResponse(nextId(), id, at, Channel.SURVEY, Question.csat("csat-1"), score, Optional.empty()));
    return this;
  }

  Profiles renewal(String contract, LocalDate start, LocalDate end, RenewalOutcome outcome, Instant recorded) {
    interactions.add(new Renewal(nextId(), id, recorded, Channel.PHONE, contract, start, end,
        Money.of(new BigDecimal(outcome == RenewalOutcome.LOST ? "0" : "1000"), "CNY"), outcome));
    return this;
  }

  Profiles consent(ConsentStatus status, Instant at) {
    consent.add(new ConsentEvent(id.value() + "-c" + consent.size(), id, Purpose.AUTOMATED_DECISION, status, at, at,
        Optional.empty(), Channel.WEB, "v1", "self", Set.of()));
    return this;
  }

  Profiles add(Interaction interaction) {
    interactions.add(interaction);
    return this;
  }

  CustomerId id() {
    return id;
  }

  CustomerProfile build() {
    Customer c = Customer.builder(id, CustomerType.INDIVIDUAL, "Test Customer", createdAt).tags(tags).build();
    return new CustomerProfile(c, interactions, consent);
  }
}
