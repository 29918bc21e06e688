package org.crmkit.core.json;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.consent.ConsentStatus;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.customer.AttributeValue;
import org.crmkit.core.customer.Contact;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.customer.EmailAddress;
import org.crmkit.core.customer.Gender;
import org.crmkit.core.customer.IdDocument;
import org.crmkit.core.customer.Industry;
import org.crmkit.core.customer.LifecycleHistory;
import org.crmkit.core.customer.LifecycleStage;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.customer.PostalAddress;
import org.crmkit.core.customer.Region;
import org.crmkit.core.customer.SensitiveData;
import org.crmkit.core.customer.StageEntry;
import org.crmkit.core.customer.ValueSegment;
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
import org.crmkit.core.profile.CustomerProfile;

/** Hand-built example values of every model type, with every optional part filled in. */
final class JsonSamples {
  private JsonSamples() {}

  static final Instant T0 = Instant.parse("2024-03-01T08:30:00Z");
  static final CustomerId LI = CustomerId.of("C-000001");
  static final CustomerId ACME = CustomerId.of("C-000002");
  static final String NAME = "李雷";
  static final String PHONE = "+8618049531999";
  static final String EMAIL = "li.lei@example.cn";
  static final String ID_NUMBER = "51343620000320711X";

  static Region chengdu() {
    return Region.of("CN", "Sichuan", "Chengdu");
  }

  static PostalAddress address() {
    return new PostalAddress(chengdu(), "天府大道 100 号 3 栋", Optional.of("610041"));
  }

  static LifecycleHistory lifecycle() {
    return LifecycleHistory.startingAt(LifecycleStage.AWARENESS, T0)
        .moveTo(LifecycleStage.TRANSACTION, T0.plusSeconds(86_400))
        .moveTo(new StageEntry(LifecycleStage.EXIT, T0.plusSeconds(2 * 86_400), Optional.of("moved away")))
        .moveTo(LifecycleStage.INTERACTION, T0.plusSeconds(3 * 86_400));
  }

  static SensitiveData sensitive() {
    return new SensitiveData(Optional.of("汉族"), Optional.of("none"), Optional.of("allergic to penicillin"),
        Map.of("blood-type", "O"));
  }

  /** An individual with every optional field set. */
  static Customer individual() {
    return Customer.builder(LI, CustomerType.INDIVIDUAL, NAME, T0)
        .addContactPoint(new PhoneNumber(PHONE))
        .addContactPoint(new EmailAddress(EMAIL))
        .addContactPoint(address())
        .industry(Industry.EDUCATION)
        .region(chengdu())
        .segment(ValueSegment.HIGH_VALUE)
        .lifecycle(lifecycle())
        .accountManager("rep-07")
        .addTag("vip")
        .addTag("生日关怀")
        .attribute("loyalty-level", AttributeValue.ofText("gold"))
        .attribute("credit", AttributeValue.ofDecimal(new BigDecimal("1234.50")))
        .attribute("newsletter", AttributeValue.ofFlag(true))
        .attribute("first-visit", AttributeValue.ofDate(LocalDate.of(2023, 12, 24)))
        .birthDate(Optional.of(LocalDate.of(1990, 5, 1)))
        .gender(Optional.of(Gender.MALE))
        .estimatedIncome(Optional.of(Money.of("250000", "CNY")))
        .idDocument(Optional.of(IdDocument.of(IdDocument.Kind.CN_RESIDENT_ID, ID_NUMBER)))
        .sensitive(sensitive())
        .updatedAt(T0.plusSeconds(4 * 86_400))
        .version(3)
        .build();
  }

  /** An enterprise with a contact and only the required fields otherwise. */
  static Customer enterprise() {
    Contact contact = new Contact("Wang Fang", Optional.of("采购经理"), Optional.of("Acme Purchasing"),
        List.of(new PhoneNumber("+861065123456"), new EmailAddress("wang.fang@acme.example.com")));
    return Customer.builder(ACME, CustomerType.ENTERPRISE, "Acme 成都有限公司", T0)
        .addContact(contact)
        .region(Region.ofCountry("CN"))
        .build();
  }

  static InteractionId iid(int n) {
    return InteractionId.of("I-" + n);
  }

  /** One interaction of every kind, all for {@link #LI}. */
  static List<Interaction> interactions() {
    Money total = Money.of("199.80", "CNY");
    return List.of(
        new Purchase(iid(1), LI, T0, Channel.WEB, "O-2024-0001", total,
            List.of(new LineItem("SKU-1", 2, Money.of("99.90", "CNY"))), PaymentStatus.PAID, DeliveryStatus.DELIVERED),
        new Refund(iid(2), LI, T0.plusSeconds(60), Channel.PHONE, "O-2024-0001", Money.of("99.9", "CNY"),
            RefundKind.RETURN, Optional.of("wrong size")),
        new ServiceRecord(iid(3), LI, T0.plusSeconds(120), Channel.PHONE, "asks about delivery",
            Optional.of("rep-07"), Urgency.HIGH, Optional.of(T0.plusSeconds(3600)), false),
        new Complaint(iid(4), LI, T0.plusSeconds(180), Channel.ONLINE_CHAT, Urgency.CRITICAL,
            T0.plusSeconds(7200), ComplaintCause.DELIVERY, ComplaintStatus.INVESTIGATING, "parcel lost"),
        new FollowUp(iid(5), LI, T0.plusSeconds(240), Channel.PHONE, FollowUpMethod.PHONE,
            FollowUpPurpose.MILESTONE, FollowUpOutcome.REACHED, Optional.of("happy now")),
        new Communication(iid(6), LI, T0.plusSeconds(300), Channel.EMAIL, Direction.OUTBOUND, "您好，…"),
        new SurveyResponse(iid(7), LI, T0.plusSeconds(360), Channel.SURVEY, Question.nps("nps-2024"), 9,
            Optional.of("great")),
        new Renewal(iid(8), LI, T0.plusSeconds(420), Channel.VISIT, "K-17", LocalDate.of(2024, 4, 1),
            LocalDate.of(2025, 3, 31), Money.of("12000", "CNY"), RenewalOutcome.RENEWED),
        new SiteVisit(iid(9), LI, T0.plusSeconds(480), Channel.APP, Optional.of("/orders/1"),
            Duration.ofSeconds(95, 500_000_000)),
        new SurveyResponse(iid(10), LI, T0.plusSeconds(540), Channel.SURVEY,
            new Question("effort", Scale.of(1, 7)), 7, Optional.empty()));
  }

  /** Consent events of {@link #LI}: a grant with expiry and recipients, an opt-out, a host purpose. */
  static List<ConsentEvent> consentEvents() {
    return List.of(
        new ConsentEvent("E-1", LI, Purpose.THIRD_PARTY_DISCLOSURE, ConsentStatus.GRANTED, T0,
            T0.plusSeconds(5), Optional.of(T0.plusSeconds(365 * 86_400L)), Channel.WEB, "notice-3", "self",
            Set.of("partner-a", "partner-b")),
        new ConsentEvent("E-2", LI, Purpose.DIRECT_MARKETING, ConsentStatus.OPTED_OUT, T0, T0, Optional.empty(),
            Channel.PHONE, "notice-3", "rep-07", Set.of()),
        new ConsentEvent("E-3", LI, Purpose.optOut("newsletter"), ConsentStatus.WITHDRAWN, T0, T0,
            Optional.empty(), Channel.EMAIL, "notice-3", "self", Set.of()));
  }

  static CustomerProfile profile() {
    return new CustomerProfile(individual(), interactions(), consentEvents());
  }

  static CustomerProfile bareProfile() {
    return new CustomerProfile(enterprise(), List.of(), List.of());
  }
}
