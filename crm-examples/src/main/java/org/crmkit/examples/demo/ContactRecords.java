package org.crmkit.examples.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.SplittableRandom;
import org.crmkit.core.CustomerId;
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
import org.crmkit.core.interaction.Question;
import org.crmkit.core.interaction.Scale;
import org.crmkit.core.interaction.ServiceRecord;
import org.crmkit.core.interaction.SiteVisit;
import org.crmkit.core.interaction.SurveyResponse;
import org.crmkit.core.interaction.Urgency;

/**
 * The non-purchase interactions of {@link InteractionFactory}: the first contact, service records,
 * complaints of every status, follow-ups (periodic, milestone, birthday care, marketing only while
 * the customer allows it), communications, NPS/CSAT/effort surveys and site visits.
 */
final class ContactRecords {
  static final Question NPS = Question.nps("nps-relationship");
  static final Question CSAT_DELIVERY = Question.csat("csat-delivery");
  static final Question CSAT_SERVICE = Question.csat("csat-service");
  static final Question EFFORT = new Question("ces-effort", Scale.of(1, 7));
  private static final long DAY = InteractionFactory.DAY;
  private static final Urgency[] URGENCIES = Urgency.values();
  private static final double[] URGENCY_WEIGHTS = {0.2, 0.6, 0.15, 0.05};
  private static final ComplaintCause[] CAUSES = ComplaintCause.values();
  private static final double[] CAUSE_WEIGHTS = {0.3, 0.15, 0.1, 0.12, 0.08, 0.15, 0.04, 0.06};
  private static final Channel[] COMPLAINT_CHANNELS = {Channel.PHONE, Channel.EMAIL, Channel.ONLINE_CHAT,
    Channel.FEEDBACK_FORM, Channel.VISIT};
  private static final double[] COMPLAINT_CHANNEL_WEIGHTS = {0.4, 0.15, 0.25, 0.12, 0.08};
  private static final Channel[] SERVICE_CHANNELS = {Channel.PHONE, Channel.ONLINE_CHAT, Channel.EMAIL, Channel.VISIT, Channel.APP};
  private static final double[] SERVICE_CHANNEL_WEIGHTS = {0.4, 0.3, 0.15, 0.1, 0.05};
  private static final FollowUpMethod[] METHODS = FollowUpMethod.values();
  private static final double[] METHOD_WEIGHTS = {0.55, 0.1, 0.2, 0.1, 0.05};
  private static final FollowUpOutcome[] OUTCOMES = FollowUpOutcome.values();
  private static final double[] OUTCOME_WEIGHTS = {0.7, 0.18, 0.07, 0.05};

  private final InteractionFactory f;
  private final SplittableRandom rng;
  private final CustomerId id;

  ContactRecords(InteractionFactory f) {
    this.f = f;
    this.rng = f.rng;
    this.id = f.id;
  }

  /** Adds the first contact and the contacts spread over the customer's active time. */
  void create() {
    Instant first = f.plan.contactAt();
    if (first.isBefore(f.plan.firstPurchaseAt()) && f.inWindow(first)) {
      if (Pick.chance(rng, 0.5)) {
        service(first);
      } else {
        communication(first, Direction.INBOUND);
      }
    }
    double years = f.contactYears() * f.persona.activity();
    repeat(Pick.poisson(rng, 1.5 * years), this::service);
    repeat(Pick.poisson(rng, 2 * years), t -> communication(t, Pick.chance(rng, 0.4) ? Direction.INBOUND : Direction.OUTBOUND));
    repeat(Pick.poisson(rng, 1.2 * years), t -> followUp(t, Pick.chance(rng, 0.5) ? FollowUpPurpose.PERIODIC
        : Pick.one(rng, new FollowUpPurpose[] {FollowUpPurpose.ON_DEMAND, FollowUpPurpose.SERVICE})));
    repeat(Pick.poisson(rng, 0.5 * years), t -> {
      if (f.marketingAllowed(t)) {
        followUp(t, FollowUpPurpose.MARKETING);
      }
    });
    repeat(Pick.poisson(rng, 0.25 * (1.6 - f.sentiment) * years), t -> complaint(t, Pick.weighted(rng, CAUSES, CAUSE_WEIGHTS)));
    if (f.plan.bought()) {
      repeat(Pick.poisson(rng, 0.7 * f.contactYears()), t -> {
        if (!t.isBefore(f.plan.firstPurchaseAt())) {
          survey(t, NPS, Channel.SURVEY);
        }
      });
    }
    birthdays();
    int visits = Pick.poisson(rng, 3 * f.visitYears() * f.persona.activity());
    for (int i = 0; i < visits; i++) {
      f.randomVisitTime().ifPresent(this::siteVisit);
    }
  }

  private void repeat(int n, java.util.function.Consumer<Instant> make) {
    for (int i = 0; i < n; i++) {
      f.randomContactTime().ifPresent(make);
    }
  }

  /** Adds what follows a purchase: a delivery survey, a milestone follow-up, sometimes a complaint. */
  static void afterPurchase(InteractionFactory f, Instant t, DeliveryStatus delivery) {
    ContactRecords c = new ContactRecords(f);
    if (Pick.chance(f.rng, 0.2)) {
      Instant s = t.plusSeconds(3 * DAY + f.rng.nextInt(7 * (int) DAY));
      if (f.inWindow(s)) {
        c.survey(s, CSAT_DELIVERY, Pick.one(f.rng, new Channel[] {Channel.SMS, Channel.APP, Channel.EMAIL}));
      }
    }
    if (Pick.chance(f.rng, 0.25)) {
      Instant s = t.plusSeconds(2 * DAY + f.rng.nextInt(5 * (int) DAY));
      if (f.inWindow(s)) {
        c.followUp(s, FollowUpPurpose.MILESTONE);
      }
    }
    if (Pick.chance(f.rng, delivery == DeliveryStatus.FAILED ? 0.6 : 0.04)) {
      Instant s = t.plusSeconds(DAY + f.rng.nextInt(20 * (int) DAY));
      if (f.inWindow(s)) {
        c.complaint(s, delivery == DeliveryStatus.FAILED ? ComplaintCause.DELIVERY
            : Pick.one(f.rng, new ComplaintCause[] {ComplaintCause.PRODUCT, ComplaintCause.MONEY, ComplaintCause.LABELLING}));
      }
    }
  }

  private void service(Instant t) {
    Channel channel = Pick.weighted(rng, SERVICE_CHANNELS, SERVICE_CHANNEL_WEIGHTS);
    String content = Pick.one(rng, Texts.SERVICE);
    Optional<String> askedFor = Pick.chance(rng, 0.3)
        ? Optional.of(f.customer.accountManager().orElse("售后服务部")) : Optional.empty();
    Urgency urgency = Pick.weighted(rng, URGENCIES, URGENCY_WEIGHTS);
    Optional<Instant> due = Pick.chance(rng, 0.6) ? Optional.of(t.plusSeconds(replyHours(urgency) * 3600L)) : Optional.empty();
    boolean resolved = (f.asOf.getEpochSecond() - t.getEpochSecond()) > 3 * DAY ? Pick.chance(rng, 0.95) : Pick.chance(rng, 0.4);
    f.drafts.add(t, iid -> new ServiceRecord(iid, id, t, channel, content, askedFor, urgency, due, resolved));
    if (Pick.chance(rng, 0.3)) {
      Instant s = t.plusSeconds(DAY + rng.nextInt(2 * (int) DAY));
      if (f.inWindow(s)) {
        survey(s, Pick.chance(rng, 0.85) ? CSAT_SERVICE : EFFORT, Pick.one(rng, new Channel[] {Channel.SMS, Channel.SURVEY}));
      }
    }
  }

  private static int replyHours(Urgency urgency) {
    switch (urgency) {
      case CRITICAL: return 2;
      case HIGH: return 8;
      case NORMAL: return 48;
      default: return 120;
    }
  }

  private void complaint(Instant t, ComplaintCause cause) {
    Channel channel = Pick.weighted(rng, COMPLAINT_CHANNELS, COMPLAINT_CHANNEL_WEIGHTS);
    Urgency urgency = Pick.weighted(rng, URGENCIES, URGENCY_WEIGHTS);
    Instant due = t.plusSeconds(replyHours(urgency) * 3600L);
    long age = (f.asOf.getEpochSecond() - t.getEpochSecond()) / DAY;
    ComplaintStatus status;
    double x = rng.nextDouble();
    if (age > 30) {
      status = x < 0.85 ? ComplaintStatus.CLOSED : x < 0.95 ? ComplaintStatus.TRACKING : ComplaintStatus.RESPONDED;
    } else if (age > 7) {
      status = x < 0.15 ? ComplaintStatus.INVESTIGATING : x < 0.45 ? ComplaintStatus.RESPONDED
          : x < 0.7 ? ComplaintStatus.TRACKING : ComplaintStatus.CLOSED;
    } else {
      status = x < 0.45 ? ComplaintStatus.RECEIVED : x < 0.8 ? ComplaintStatus.INVESTIGATING : ComplaintStatus.RESPONDED;
    }
    String content = Pick.one(rng, Texts.complaint(cause));
    f.drafts.add(t, iid -> new Complaint(iid, id, t, channel, urgency, due, cause, status, content));
  }

  private void followUp(Instant t, FollowUpPurpose purpose) {
    FollowUpMethod method = purpose == FollowUpPurpose.CARE
        ? (Pick.chance(rng, 0.7) ? FollowUpMethod.SMS : FollowUpMethod.PHONE)
        : Pick.weighted(rng, METHODS, METHOD_WEIGHTS);
    Channel channel = Channel.valueOf(method.name());
    FollowUpOutcome outcome = method == FollowUpMethod.SMS || method == FollowUpMethod.EMAIL
        ? FollowUpOutcome.REACHED : Pick.weighted(rng, OUTCOMES, OUTCOME_WEIGHTS);
    Optional<String> notes = Pick.chance(rng, 0.4) ? Optional.of(Pick.one(rng, Texts.FOLLOW_UP_NOTES)) : Optional.empty();
    f.drafts.add(t, iid -> new FollowUp(iid, id, t, channel, method, purpose, outcome, notes));
  }

  private void communication(Instant t, Direction direction) {
    String content;
    Channel channel;
    if (direction == Direction.INBOUND) {
      content = Pick.one(rng, Texts.INBOUND);
      channel = Pick.one(rng, new Channel[] {Channel.PHONE, Channel.EMAIL, Channel.ONLINE_CHAT, Channel.APP});
    } else {
      boolean promotion = Pick.chance(rng, 0.3) && f.marketingAllowed(t);
      content = Pick.one(rng, promotion ? Texts.PROMOTION : Texts.OUTBOUND);
      channel = Pick.one(rng, new Channel[] {Channel.PHONE, Channel.SMS, Channel.EMAIL, Channel.APP});
    }
    f.drafts.add(t, iid -> new Communication(iid, id, t, channel, direction, content));
  }

  private void survey(Instant t, Question question, Channel channel) {
    Scale scale = question.scale();
    double mean = scale.min() + (scale.max() - scale.min()) * (0.25 + 0.7 * f.sentiment);
    int score = (int) Math.round(mean + (scale.max() - scale.min()) * 0.18 * Pick.gaussian(rng));
    int s = Math.max(scale.min(), Math.min(scale.max(), score));
    Optional<String> comment = Pick.chance(rng, 0.15) ? Optional.of(Pick.one(rng, Texts.SURVEY_COMMENTS)) : Optional.empty();
    f.drafts.add(t, iid -> new SurveyResponse(iid, id, t, channel, question, s, comment));
  }

  private void birthdays() {
    Optional<LocalDate> birth = f.customer.birthDate();
    if (birth.isEmpty()) {
      return;
    }
    MonthDay day = MonthDay.from(birth.get());
    LocalDate from = LocalDate.ofInstant(f.windowStart, CustomerFactory.CHINA);
    for (int year = from.getYear(); year <= from.getYear() + 2; year++) {
      Instant t = day.atYear(year).atTime(10, 0).toInstant(CustomerFactory.CHINA).plusSeconds(rng.nextInt(28_800));
      if (f.inWindow(t) && Pick.chance(rng, 0.6)) {
        followUp(t, FollowUpPurpose.CARE);
      }
    }
  }

  private void siteVisit(Instant t) {
    Channel channel = Pick.chance(rng, 0.55) ? Channel.WEB : Channel.APP;
    Optional<String> page = Pick.chance(rng, 0.9) ? Optional.of(Pick.one(rng, Texts.PAGES)) : Optional.empty();
    Duration duration = Duration.ofSeconds(5 + Math.min(3600, Pick.expSeconds(rng, 180.0 / 86_400)));
    f.drafts.add(t, iid -> new SiteVisit(iid, id, t, channel, page, duration));
  }
}
