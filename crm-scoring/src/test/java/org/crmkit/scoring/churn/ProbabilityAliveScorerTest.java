package org.crmkit.scoring.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentBasis;
import org.crmkit.core.consent.ConsentDecision;
import org.crmkit.core.consent.ConsentGate;
import org.crmkit.scoring.bgnbd.BgNbdModel;
import org.crmkit.scoring.bgnbd.BgNbdParameters;
import org.crmkit.scoring.bgnbd.TransactionSummarizer;
import org.crmkit.scoring.bgnbd.TransactionSummary;
import org.junit.jupiter.api.Test;

class ProbabilityAliveScorerTest {
  private static final BgNbdModel MODEL = BgNbdModel.of(BgNbdParameters.of(0.243, 4.414, 0.793, 2.426));
  private static final Instant AS_OF = Instant.parse("1997-10-01T00:00:00Z");

  @Test
  void score_optedOutCustomer_getsNoNumber() {
    TransactionSummary summary = TransactionSummarizer.create()
        .add(CustomerId.of("a"), LocalDate.of(1997, 1, 1), 10)
        .add(CustomerId.of("a"), LocalDate.of(1997, 8, 2), 10)
        .add(CustomerId.of("b"), LocalDate.of(1997, 1, 5), 10)
        .add(CustomerId.of("b"), LocalDate.of(1997, 2, 5), 10)
        .add(CustomerId.of("c"), LocalDate.of(1997, 3, 1), 10)
        .summarize(LocalDate.of(1997, 9, 30), ChronoUnit.WEEKS);
    ConsentGate gate = (id, purpose, recipient, asOf) -> new ConsentDecision(id, purpose, recipient, asOf,
        !id.value().equals("b"), id.value().equals("b") ? ConsentBasis.OPTED_OUT : ConsentBasis.NO_RECORD,
        id.value().equals("b") ? Optional.of("e-1") : Optional.empty());
    List<ProbabilisticAssessment> results = ProbabilityAliveScorer.of(MODEL, gate).score(summary, 39, AS_OF);
    assertEquals(3, results.size());
    AliveScore a = assertInstanceOf(AliveScore.class, results.get(0));
    assertEquals(MODEL.probabilityAlive(summary.frequency(0), summary.recency(0), summary.age(0)), a.outlook().probabilityAlive());
    assertEquals(MODEL.expectedPurchases(summary.frequency(0), summary.recency(0), summary.age(0), 39),
        a.outlook().expectedPurchases(), 1e-15);
    NotScored b = assertInstanceOf(NotScored.class, results.get(1));
    assertEquals(CustomerId.of("b"), b.customerId());
    assertEquals(Optional.of("e-1"), b.consentEventId());
    assertEquals(1.0, assertInstanceOf(AliveScore.class, results.get(2)).outlook().probabilityAlive());
  }
}
