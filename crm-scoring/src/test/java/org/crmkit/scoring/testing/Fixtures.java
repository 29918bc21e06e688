package org.crmkit.scoring.testing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.DeliveryStatus;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.PaymentStatus;
import org.crmkit.core.interaction.Purchase;
import org.crmkit.core.interaction.Question;
import org.crmkit.core.interaction.Refund;
import org.crmkit.core.interaction.RefundKind;
import org.crmkit.core.interaction.SurveyResponse;

/** Builds interactions for tests; ids come from a counter, times are explicit. */
public final class Fixtures {
  private static final AtomicLong IDS = new AtomicLong();
  /** A fixed instant for tests that do not care about time. */
  public static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
  /** The default customer. */
  public static final CustomerId CUSTOMER = CustomerId.of("c-1");

  private Fixtures() {}

  private static InteractionId nextId() {
    return InteractionId.of("i-" + IDS.incrementAndGet());
  }

  /** Returns an answer to the NPS question "nps". */
  public static SurveyResponse nps(int score) {
    return response(Question.nps("nps"), score, T0);
  }

  /** Returns an answer to the CSAT question "csat". */
  public static SurveyResponse csat(int score) {
    return response(Question.csat("csat"), score, T0);
  }

  /** Returns an answer by the default customer. */
  public static SurveyResponse response(Question question, int score, Instant at) {
    return response(CUSTOMER, question, score, at);
  }

  /** Returns an answer. */
  public static SurveyResponse response(CustomerId customer, Question question, int score, Instant at) {
    return new SurveyResponse(nextId(), customer, at, Channel.SURVEY, question, score, Optional.empty());
  }

  /** Returns a paid, delivered purchase. */
  public static Purchase purchase(CustomerId customer, String orderId, String amount, String currency, Instant at) {
    return new Purchase(nextId(), customer, at, Channel.STORE, orderId, Money.of(amount, currency), List.of(),
        PaymentStatus.PAID, DeliveryStatus.DELIVERED);
  }

  /** Returns a refund of (part of) an order. */
  public static Refund refund(CustomerId customer, String orderId, String amount, String currency, Instant at) {
    return new Refund(nextId(), customer, at, Channel.STORE, orderId, Money.of(amount, currency),
        RefundKind.REFUND, Optional.empty());
  }
}
