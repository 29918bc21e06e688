package org.crmkit.scoring.churn;

import static org.crmkit.scoring.churn.Profiles.AS_OF;
import static org.crmkit.scoring.churn.Profiles.customer;
import static org.crmkit.scoring.churn.Profiles.daysAgo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.crmkit.core.consent.ConsentBasis;
import org.crmkit.core.consent.ConsentDecision;
import org.crmkit.core.consent.ConsentStatus;
import org.crmkit.core.interaction.ComplaintCause;
import org.crmkit.core.interaction.ComplaintStatus;
import org.crmkit.core.interaction.RenewalOutcome;
import org.crmkit.scoring.bgnbd.BgNbdModel;
import org.crmkit.scoring.bgnbd.BgNbdParameters;
import org.junit.jupiter.api.Test;

class EarlyWarningTest {
  private static final EarlyWarning ENGINE = EarlyWarning.of(EarlyWarningPolicy.defaults());

  private static ChurnScore scored(Profiles p) {
    return assertInstanceOf(ChurnScore.class, ENGINE.assess(p.build(), AS_OF));
  }

  private static Optional<ChurnWarning> warning(ChurnScore s, WarningCode code) {
    return s.warnings().stream().filter(w -> w.code() == code).findFirst();
  }

  private static double figure(ChurnWarning w, String name) {
    return w.evidence().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().figure().getAsDouble();
  }

  @Test
  void assess_optedOutOfAutomatedDecisions_isNotScored() {
    Profiles p = customer("c1").purchasesEvery(30, 400, 100, "100").consent(ConsentStatus.OPTED_OUT, daysAgo(10));
    ChurnAssessment a = ENGINE.assess(p.build(), AS_OF);
    NotScored n = assertInstanceOf(NotScored.class, a);
    assertFalse(a.isScored());
    assertEquals(NotScoredReason.OPTED_OUT, n.reason());
    assertEquals(ConsentBasis.OPTED_OUT, n.basis());
    assertEquals(Optional.of("c1-c0"), n.consentEventId());
    assertEquals("not scored: opted out", n.message());
  }

  @Test
  void assess_optOutAfterAssessmentTime_isScored() {
    Profiles p = customer("c1").purchasesEvery(30, 400, 10, "100").consent(ConsentStatus.OPTED_OUT, AS_OF.plusSeconds(60));
    assertTrue(ENGINE.assess(p.build(), AS_OF).isScored());
  }

  @Test
  void assess_gateDenies_isNotScoredWhateverTheProfileSays() {
    EarlyWarning gated = EarlyWarning.of(EarlyWarningPolicy.defaults(), (id, purpose, recipient, asOf) ->
        new ConsentDecision(id, purpose, recipient, asOf, false, ConsentBasis.WITHDRAWN, Optional.of("store-7")));
    ChurnAssessment a = gated.assess(customer("c1").purchasesEvery(30, 400, 10, "100").build(), AS_OF);
    assertEquals(ConsentBasis.WITHDRAWN, assertInstanceOf(NotScored.class, a).basis());
  }

  @Test
  void assess_regularBuyer_isHealthyWithoutWarnings() {
    ChurnScore s = scored(customer("c1").purchasesEvery(30, 455, 5, "100"));
    assertTrue(s.warnings().isEmpty(), s.warnings().toString());
    assertEquals(100.0, s.health().value(), 1e-9);
  }

  @Test
  void assess_regularBuyerSilentFor100Days_warnsPurchaseOverdueWithEvidence() {
    ChurnScore s = scored(customer("c1").purchasesEvery(30, 460, 100, "100"));
    ChurnWarning w = warning(s, WarningCode.PURCHASE_OVERDUE).orElseThrow();
    assertEquals(Severity.HIGH, w.severity()); // 100 days > 3 × 30
    assertEquals(ChurnReason.UNKNOWN, w.reason());
    assertEquals(RetentionAction.FOLLOW_UP_CALL, w.action());
    assertEquals(100.0, figure(w, "daysSinceLastPurchase"));
    assertEquals(30.0, figure(w, "usualIntervalDays"));
    assertEquals(60.0, figure(w, "thresholdDays"));
    assertEquals(Optional.of(LocalDate.of(2026, 3, 22)), w.evidence().get(0).date());
    assertTrue(warning(s, WarningCode.PURCHASE_FREQUENCY_DROP).isPresent());
    assertTrue(s.health().value() < 70, "health " + s.health().value());
  }

  @Test
  void assess_overdueUnansweredMoneyComplaint_warnsWithPriceReasonAndDiscount() {
    ChurnScore s = scored(customer("c1").purchasesEvery(30, 400, 5, "100")
        .complaint(daysAgo(10), ComplaintCause.MONEY, ComplaintStatus.RECEIVED, Duration.ofDays(2)));
    ChurnWarning w = warning(s, WarningCode.UNRESOLVED_COMPLAINT).orElseThrow();
    assertEquals(Severity.HIGH, w.severity());
    assertEquals(ChurnReason.PRICE, w.reason());
    assertEquals(RetentionAction.DISCOUNT_OFFER, w.action());
    assertEquals(1.0, figure(w, "overdueComplaints"));
    FactorScore complaints = s.health().factors().get(HealthFactor.COMPLAINTS.ordinal());
    assertEquals(50.0, complaints.score()); // 100 - 30 open - 20 overdue
  }

  @Test
  void assess_repeatedQualityComplaints_suggestQualityRemedy() {
    ChurnScore s = scored(customer("c1").purchasesEvery(30, 400, 5, "100")
        .complaint(daysAgo(40), ComplaintCause.PRODUCT, ComplaintStatus.CLOSED, Duration.ofDays(2))
        .complaint(daysAgo(20), ComplaintCause.LABELLING, ComplaintStatus.CLOSED, Duration.ofDays(2)));
    ChurnWarning w = warning(s, WarningCode.REPEATED_COMPLAINTS).orElseThrow();
    assertEquals(ChurnReason.QUALITY, w.reason());
    assertEquals(RetentionAction.QUALITY_REMEDY, w.action());
    assertFalse(warning(s, WarningCode.UNRESOLVED_COMPLAINT).isPresent());
  }

  @Test
  void assess_detractorAndDissatisfied_warnBoth() {
    ChurnScore s = scored(customer("c1").purchasesEvery(30, 400, 5, "100").nps(daysAgo(5), 3).csat(daysAgo(4), 2));
    assertEquals(Severity.HIGH, warning(s, WarningCode.DETRACTOR).orElseThrow().severity());
    assertEquals(Severity.MEDIUM, warning(s, WarningCode.DISSATISFIED).orElseThrow().severity());
    assertEquals(27.5, s.health().factors().get(HealthFactor.SATISFACTION.ordinal()).score(), 1e-9); // (30 + 25) / 2
  }

  @Test
  void assess_lostRenewal_warnsHigh() {
    ChurnScore s = scored(customer("c1").purchasesEvery(30, 400, 5, "100")
        .renewal("k1", LocalDate.of(2026, 6, 1), LocalDate.of(2027, 5, 31), RenewalOutcome.LOST, daysAgo(20)));
    assertEquals(Severity.HIGH, warning(s, WarningCode.RENEWAL_LOST).orElseThrow().severity());
    assertEquals(0.0, s.health().factors().get(HealthFactor.RENEWALS.ordinal()).score());
  }

  @Test
  void assess_contractLapsedWithoutRenewal_warnsOverdue() {
    ChurnScore s = scored(customer("c1").purchasesEvery(30, 400, 5, "100")
        .renewal("k1", LocalDate.of(2025, 6, 1), LocalDate.of(2026, 5, 31), RenewalOutcome.RENEWED, daysAgo(400)));
    ChurnWarning w = warning(s, WarningCode.RENEWAL_OVERDUE).orElseThrow();
    assertEquals(30.0, figure(w, "daysOverdue"));
  }

  @Test
  void assess_competitorTag_makesTheReasonCompetitor() {
    ChurnScore s = scored(customer("c1", java.util.Set.of("competitor")).purchasesEvery(30, 460, 100, "100"));
    ChurnWarning w = warning(s, WarningCode.PURCHASE_OVERDUE).orElseThrow();
    assertEquals(ChurnReason.COMPETITOR, w.reason());
    assertEquals(RetentionAction.PERSONAL_OUTREACH, w.action());
  }

  @Test
  void assess_spendFellByTwoThirds_warnsSpendDrop() {
    ChurnScore s = scored(customer("c1").purchasesEvery(15, 450, 91, "300").purchasesEvery(15, 89, 1, "100"));
    ChurnWarning w = warning(s, WarningCode.SPEND_DROP).orElseThrow();
    assertEquals(Severity.MEDIUM, w.severity());
    assertFalse(warning(s, WarningCode.PURCHASE_FREQUENCY_DROP).isPresent());
  }

  @Test
  void assess_visitsStopped_warnsVisitDrop() {
    Profiles p = customer("c1").purchasesEvery(30, 400, 5, "100");
    for (int d = 450; d > 120; d -= 7) {
      p.visit(daysAgo(d));
    }
    ChurnScore s = scored(p);
    assertEquals(Severity.HIGH, warning(s, WarningCode.VISIT_DROP).orElseThrow().severity());
    assertEquals(0.0, s.health().factors().get(HealthFactor.VISITS.ordinal()).score());
  }

  @Test
  void assess_interactionsAfterAsOf_areIgnored() {
    Profiles quiet = customer("c1").purchasesEvery(30, 460, 100, "100");
    Profiles later = customer("c1").purchasesEvery(30, 460, 100, "100").purchase(AS_OF.plusSeconds(3600), "100");
    assertEquals(scored(quiet).health(), scored(later).health());
  }

  @Test
  void assess_anyCustomer_healthIsTheSumOfFactorPoints() {
    ChurnScore s = scored(customer("c1").purchasesEvery(30, 460, 100, "100").nps(daysAgo(5), 7)
        .complaint(daysAgo(10), ComplaintCause.DELIVERY, ComplaintStatus.RESPONDED, Duration.ofDays(2)));
    double sum = s.health().factors().stream().mapToDouble(FactorScore::points).sum();
    assertEquals(s.health().value(), sum, 1e-9);
    assertEquals(HealthFactor.values().length, s.health().factors().size());
  }

  @Test
  void assess_withModel_addsOutlookAndWarnsOnLowProbabilityAlive() {
    BgNbdModel model = BgNbdModel.of(BgNbdParameters.of(0.243, 4.414, 0.793, 2.426));
    EarlyWarning engine = ENGINE.withModel(model, ChronoUnit.WEEKS, 39);
    // Weekly buyer for 20 weeks, silent for the 40 weeks since.
    Profiles p = customer("c1").purchasesEvery(7, 420, 280, "50");
    ChurnScore s = assertInstanceOf(ChurnScore.class, engine.assess(p.build(), AS_OF));
    Outlook o = s.outlook().orElseThrow();
    assertEquals(20, o.frequency());
    assertEquals(60.0, o.age(), 1e-9);
    assertEquals(model.probabilityAlive(20, 20, 60), o.probabilityAlive());
    assertTrue(warning(s, WarningCode.LOW_PROBABILITY_ALIVE).isPresent());
  }

  @Test
  void assess_withModelButOptedOut_hasNoProbability() {
    EarlyWarning engine = ENGINE.withModel(BgNbdModel.of(BgNbdParameters.of(0.243, 4.414, 0.793, 2.426)), ChronoUnit.WEEKS, 39);
    Profiles p = customer("c1").purchasesEvery(7, 420, 280, "50").consent(ConsentStatus.WITHDRAWN, daysAgo(1));
    assertInstanceOf(NotScored.class, engine.assess(p.build(), AS_OF));
  }
}
