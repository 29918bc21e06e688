package org.crmkit.core.interaction;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;

/** Shared example values for the interaction tests. */
final class Fixtures {
  private Fixtures() {}

  static final CustomerId CUSTOMER = CustomerId.of("C-1");
  static final InteractionId ID = InteractionId.of("I-1");
  static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");
  /** Free text with personal data, which no toString or message may show. */
  static final String SECRET = "李雷 18049531999";

  static Money cny(String amount) {
    return Money.of(amount, "CNY");
  }

  /** One valid interaction of every kind. */
  static List<Interaction> oneOfEach() {
    return List.of(
        new Purchase(ID, CUSTOMER, T0, Channel.STORE, "O-1", cny("10"), List.of(), PaymentStatus.PAID,
            DeliveryStatus.NOT_APPLICABLE),
        new Refund(ID, CUSTOMER, T0, Channel.STORE, "O-1", cny("10"), RefundKind.REFUND, Optional.of(SECRET)),
        new ServiceRecord(ID, CUSTOMER, T0, Channel.PHONE, SECRET, Optional.empty(), Urgency.NORMAL,
            Optional.empty(), true),
        new Complaint(ID, CUSTOMER, T0, Channel.PHONE, Urgency.HIGH, T0, ComplaintCause.PRODUCT,
            ComplaintStatus.RECEIVED, SECRET),
        new FollowUp(ID, CUSTOMER, T0, Channel.SMS, FollowUpMethod.SMS, FollowUpPurpose.CARE,
            FollowUpOutcome.REACHED, Optional.of(SECRET)),
        new Communication(ID, CUSTOMER, T0, Channel.EMAIL, Direction.INBOUND, SECRET),
        new SurveyResponse(ID, CUSTOMER, T0, Channel.SURVEY, Question.csat("q1"), 4, Optional.of(SECRET)),
        new Renewal(ID, CUSTOMER, T0, Channel.VISIT, "K-1", LocalDate.of(2024, 6, 1), LocalDate.of(2025, 5, 31),
            cny("100"), RenewalOutcome.PENDING),
        new SiteVisit(ID, CUSTOMER, T0, Channel.WEB, Optional.of("/home"), Duration.ofMinutes(3)));
  }
}
