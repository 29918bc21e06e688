package org.crmkit.privacy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.customer.EmailAddress;
import org.crmkit.core.customer.Gender;
import org.crmkit.core.customer.IdDocument;
import org.crmkit.core.customer.Industry;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.customer.PostalAddress;
import org.crmkit.core.customer.Region;
import org.crmkit.core.customer.SensitiveData;
import org.crmkit.core.customer.ValueSegment;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.Complaint;
import org.crmkit.core.interaction.ComplaintCause;
import org.crmkit.core.interaction.ComplaintStatus;
import org.crmkit.core.interaction.DeliveryStatus;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.LineItem;
import org.crmkit.core.interaction.PaymentStatus;
import org.crmkit.core.interaction.Purchase;
import org.crmkit.core.interaction.Question;
import org.crmkit.core.interaction.SiteVisit;
import org.crmkit.core.interaction.SurveyResponse;
import org.crmkit.core.interaction.Urgency;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.privacy.access.AccessPolicy;
import org.crmkit.privacy.access.Viewer;
import org.crmkit.privacy.dictionary.Category;
import org.crmkit.privacy.dictionary.DataDictionary;
import org.crmkit.privacy.dictionary.FieldKind;
import org.crmkit.privacy.pseudonym.KeySource;

/** Shared test data: the golden customer 段正淳 and a fixed key and clock. */
public final class Fixtures {
  public static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  public static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
  public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  /** A test-only master key; never a real one. */
  public static final byte[] MASTER_KEY = "crmkit-test-master-key-0123456789".getBytes(StandardCharsets.US_ASCII);
  public static final KeySource KEYS = KeySource.fromMasterKey(MASTER_KEY);
  public static final String SECRET_HEALTH = "高血压二期 since 2019";
  public static final String COMPLAINT_TEXT = "我的手机号18049531999被泄露了, 住在人民南路四段12号";
  public static final String BANK_CARD = "6222021234567890123";
  public static final String STREET = "人民南路四段12号3栋";

  public static final Viewer USER = Viewer.of("crm-web", "u42", "customer-service", AccessPolicy.USER);
  public static final Viewer OFFICER = Viewer.of("privacy-desk", "dpo1", "audit", AccessPolicy.PRIVACY_OFFICER);
  public static final Viewer ANALYST = Viewer.of("bi", "a7", "analysis", AccessPolicy.ANALYST);
  public static final Viewer DISCLOSER = Viewer.of("partner-feed", "d3", "disclosure", AccessPolicy.DISCLOSURE);

  private Fixtures() {}

  /** The dictionary with the fixture's host attributes: the bank card is identity, the note unclassified. */
  public static DataDictionary dictionary() {
    return DataDictionary.standard()
        .withAttribute("bank_card", Category.IDENTITY, FieldKind.BANK_CARD)
        .withAttribute("loyalty_points", Category.PERSONAL, FieldKind.NUMBER)
        .withDerived("churn_score", Category.PERSONAL, FieldKind.SCORE);
  }

  public static Customer duanZhengchun() {
    return Customer.builder(CustomerId.of("c-duan"), CustomerType.INDIVIDUAL, "段正淳", T0)
        .addContactPoint(PhoneNumber.parse("18049531999"))
        .addContactPoint(EmailAddress.parse("duandazhi-jack@gmail.com.cn"))
        .addContactPoint(new PostalAddress(Region.of("CN", "Sichuan", "Chengdu"), STREET, Optional.of("610041")))
        .industry(Industry.FINANCE)
        .region(Region.of("CN", "Sichuan", "Chengdu"))
        .segment(ValueSegment.HIGH_VALUE)
        .accountManager("am-7")
        .addTag("vip")
        .attribute("bank_card", AttributeValue.ofText(BANK_CARD))
        .attribute("loyalty_points", AttributeValue.ofDecimal(new BigDecimal("3250")))
        .attribute("secret_note", AttributeValue.ofText("unclassified note 7f3a9"))
        .birthDate(Optional.of(LocalDate.of(1990, 5, 17)))
        .gender(Optional.of(Gender.MALE))
        .estimatedIncome(Optional.of(Money.of("150000", "CNY")))
        .idDocument(Optional.of(IdDocument.of(IdDocument.Kind.CN_RESIDENT_ID, "51343620000320711X")))
        .sensitive(new SensitiveData(Optional.of("白族"), Optional.of("佛教"), Optional.of(SECRET_HEALTH),
            Map.of("disability", "听力障碍三级")))
        .build();
  }

  public static CustomerProfile duanProfile(ConsentEvent... events) {
    Customer c = duanZhengchun();
    Instant t = T0.plus(Duration.ofDays(10));
    return new CustomerProfile(c, List.of(
        new Purchase(InteractionId.of("i-1"), c.id(), t, Channel.STORE, "ORD-2025-0001", Money.of("1280.50", "CNY"),
            List.of(new LineItem("SKU-TEA", 2, Money.of("640.25", "CNY"))), PaymentStatus.PAID, DeliveryStatus.DELIVERED),
        new Complaint(InteractionId.of("i-2"), c.id(), t, Channel.PHONE, Urgency.HIGH, t.plus(Duration.ofDays(2)),
            ComplaintCause.SERVICE_ATTITUDE, ComplaintStatus.RECEIVED, COMPLAINT_TEXT),
        new SurveyResponse(InteractionId.of("i-3"), c.id(), t, Channel.SURVEY, Question.nps("nps-2025"), 9,
            Optional.of("很好, 但请别再打 180 4953 1999")),
        new SiteVisit(InteractionId.of("i-4"), c.id(), t, Channel.WEB, Optional.of("/account?email=duandazhi-jack"),
            Duration.ofMinutes(3))),
        List.of(events));
  }

  public static ConsentEvent event(String id, CustomerId customer, Purpose purpose, ConsentStatus status,
      Instant at, String... recipients) {
    return new ConsentEvent(id, customer, purpose, status, at, at, Optional.empty(), Channel.APP, "v1", "self",
        Set.of(recipients));
  }

  /** A second, plain customer who opted out of direct marketing. */
  public static CustomerProfile liLei() {
    Customer c = Customer.builder(CustomerId.of("c-li"), CustomerType.INDIVIDUAL, "Li Lei", T0)
        .addContactPoint(PhoneNumber.parse("13912345678"))
        .build();
    return new CustomerProfile(c, List.of(), List.of(
        event("e-li-1", c.id(), Purpose.DIRECT_MARKETING, ConsentStatus.OPTED_OUT, T0)));
  }
}
