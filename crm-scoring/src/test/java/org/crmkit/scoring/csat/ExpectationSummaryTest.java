package org.crmkit.scoring.csat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.crmkit.core.CustomerId;
import org.crmkit.core.interaction.Question;
import org.crmkit.core.interaction.SurveyResponse;
import org.crmkit.scoring.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ExpectationSummaryTest {

  @Test
  void classify_perceivedAgainstExpected_givesThreeOutcomes() {
    assertEquals(ExpectationOutcome.EXCEEDED, ExpectationOutcome.classify(3, 4));
    assertEquals(ExpectationOutcome.MET, ExpectationOutcome.classify(4, 4));
    assertEquals(ExpectationOutcome.BELOW, ExpectationOutcome.classify(5, 4));
  }

  @Test
  void toExpectationSummary_pairs_countsSharesAndMeanGap() {
    ExpectationSummary summary = List.of(ExpectationRating.ofCsat(3, 5), ExpectationRating.ofCsat(4, 4),
        ExpectationRating.ofCsat(5, 2), ExpectationRating.ofCsat(4, 5))
        .stream().collect(ExpectationSummary.toExpectationSummary());
    assertEquals(new ExpectationSummary(2, 1, 1, 0, 4 + 0 + 9 + 1), summary);
    assertEquals(0.5, summary.share(ExpectationOutcome.EXCEEDED).share(), 0.0);
    assertEquals(0.0, summary.meanGap(), 0.0);
    assertEquals(Math.sqrt(14.0 / 3), summary.gapStandardDeviation(), 1e-12);
  }

  @Test
  void of_responses_pairsSameCustomerSameScale() {
    SurveyResponse expected = Fixtures.response(Question.csat("expected"), 4, Fixtures.T0);
    SurveyResponse perceived = Fixtures.response(Question.csat("perceived"), 5, Fixtures.T0);
    assertEquals(ExpectationOutcome.EXCEEDED, ExpectationRating.of(expected, perceived).outcome());
  }

  @Test
  void of_responsesOfDifferentCustomers_throws() {
    SurveyResponse expected = Fixtures.response(Question.csat("expected"), 4, Fixtures.T0);
    SurveyResponse perceived = Fixtures.response(CustomerId.of("c-2"), Question.csat("perceived"), 5, Fixtures.T0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ExpectationRating.of(expected, perceived));
    assertEquals("perceived must be by customer c-1 but was by c-2", e.getMessage());
  }

  @Test
  void of_responsesOnDifferentScales_throws() {
    SurveyResponse expected = Fixtures.response(Question.csat("expected"), 4, Fixtures.T0);
    SurveyResponse perceived = Fixtures.response(Question.nps("perceived"), 5, Fixtures.T0);
    assertThrows(IllegalArgumentException.class, () -> ExpectationRating.of(expected, perceived));
  }

  @Test
  void ofCsat_scoreOffScale_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExpectationRating.ofCsat(0, 3));
    assertEquals("expected must be in [1, 5] but was 0", e.getMessage());
  }

  @Test
  void meanGap_empty_throws() {
    assertThrows(IllegalStateException.class, () -> new ExpectationAccumulator().snapshot().meanGap());
  }
}
