package org.crmkit.scoring.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.crmkit.core.CustomerId;
import org.crmkit.core.interaction.Question;
import org.crmkit.core.interaction.Scale;
import org.crmkit.core.interaction.SurveyResponse;
import org.crmkit.scoring.stats.Accumulators;
import org.crmkit.scoring.stats.Interval;
import org.crmkit.scoring.stats.KeyedAccumulator;
import org.crmkit.scoring.stats.Periods;
import org.crmkit.scoring.testing.Fixtures;
import org.junit.jupiter.api.Test;

class NpsStatisticsTest {
  /** Issue 3 golden sample: (detractors, passives, promoters) = (30, 20, 50). */
  private static final NpsStatistics GOLDEN = NpsStatistics.of(30, 20, 50);

  @Test
  void score_goldenCounts_is20() {
    assertEquals(20.0, GOLDEN.score(), 1e-12);
    assertEquals(100, GOLDEN.count());
  }

  @Test
  void standardError_goldenCounts_is8point7178() {
    assertEquals(8.7178, GOLDEN.standardError(), 0.00005);
    assertEquals(0.76, GOLDEN.variance(), 1e-12);
  }

  @Test
  void waldInterval_goldenCounts95_is2point91To37point09() {
    Interval wald = GOLDEN.waldInterval(0.95);
    assertEquals(2.91, wald.low(), 0.005);
    assertEquals(37.09, wald.high(), 0.005);
  }

  @Test
  void adjustedWaldInterval_goldenCounts95_is2point65To36point18() {
    assertEquals(8.5534, GOLDEN.adjustedStandardError(), 0.00005);
    Interval adjusted = GOLDEN.adjustedWaldInterval(0.95);
    assertEquals(2.65, adjusted.low(), 0.005);
    assertEquals(36.18, adjusted.high(), 0.005);
  }

  @Test
  void estimate_adjustedWald_reportsRawScoreAndAdjustedInterval() {
    NpsEstimate estimate = GOLDEN.estimate(NpsMethod.ADJUSTED_WALD, 0.95);
    assertEquals(20.0, estimate.score(), 1e-12);
    assertEquals(8.5534, estimate.standardError(), 0.00005);
    assertEquals(GOLDEN.adjustedWaldInterval(0.95), estimate.interval());
    assertEquals(100, estimate.count());
    assertTrue(estimate.meetsMinimumSample());
  }

  @Test
  void estimate_wald_usesWaldStandardError() {
    NpsEstimate estimate = NpsEstimate.of(GOLDEN, NpsMethod.WALD, 0.9, 200);
    assertEquals(GOLDEN.standardError(), estimate.standardError(), 0.0);
    assertEquals(GOLDEN.waldInterval(0.9), estimate.interval());
    assertFalse(estimate.meetsMinimumSample());
  }

  @Test
  void interval_higherConfidence_isWider() {
    assertTrue(GOLDEN.waldInterval(0.99).width() > GOLDEN.waldInterval(0.95).width());
  }

  @Test
  void meetsMinimumSample_defaultIs30() {
    assertFalse(NpsStatistics.of(10, 9, 10).meetsMinimumSample());
    assertTrue(NpsStatistics.of(10, 10, 10).meetsMinimumSample());
    assertTrue(NpsStatistics.of(1, 2, 2).meetsMinimumSample(5));
    assertEquals(30, NpsStatistics.DEFAULT_MINIMUM_SAMPLE);
  }

  @Test
  void score_empty_throws() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> NpsStatistics.of(0, 0, 0).score());
    assertEquals("NPS needs at least one response but there were none", e.getMessage());
    assertThrows(IllegalStateException.class, () -> NpsStatistics.of(0, 0, 0).adjustedWaldInterval(0.95));
  }

  @Test
  void of_negativeCount_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NpsStatistics.of(0, -1, 0));
    assertEquals("passives must be >= 0 but was -1", e.getMessage());
  }

  @Test
  void ofScores_categoryBoundaries_6isDetractor7isPassive8isPassive9isPromoter() {
    assertEquals(NpsStatistics.of(2, 2, 2), NpsStatistics.ofScores(0, 6, 7, 8, 9, 10));
  }

  @Test
  void waldInterval_allPromoters_isClippedAt100() {
    NpsStatistics allPromoters = NpsStatistics.of(0, 0, 40);
    assertEquals(Interval.of(100, 100), allPromoters.waldInterval(0.95));
    Interval adjusted = allPromoters.adjustedWaldInterval(0.95);
    assertTrue(adjusted.high() <= 100 && adjusted.low() < 100);
  }

  @Test
  void share_goldenCounts_matchesCounts() {
    assertEquals(0.5, GOLDEN.share(NpsCategory.PROMOTER), 0.0);
    assertEquals(0.2, GOLDEN.share(NpsCategory.PASSIVE), 0.0);
    assertEquals(0.3, GOLDEN.share(NpsCategory.DETRACTOR), 0.0);
  }

  @Test
  void toNpsStatistics_mixedStreamFilteredByIsNpsResponse_countsOnlyNps() {
    Question other = new Question("effort", Scale.of(1, 7));
    List<SurveyResponse> responses = List.of(Fixtures.nps(10), Fixtures.csat(5), Fixtures.nps(3),
        Fixtures.response(other, 7, Fixtures.T0), Fixtures.nps(8));
    NpsStatistics stats = responses.stream().filter(NpsStatistics::isNpsResponse)
        .collect(NpsStatistics.toNpsStatistics());
    assertEquals(NpsStatistics.of(1, 1, 1), stats);
  }

  @Test
  void toNpsStatistics_nonNpsResponse_throws() {
    Stream<SurveyResponse> responses = Stream.of(Fixtures.nps(10), Fixtures.csat(5));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> responses.collect(NpsStatistics.toNpsStatistics()));
    assertEquals("response question scale must be NPS but question csat was CSAT", e.getMessage());
  }

  @Test
  void groupingBy_customer_givesOneScorePerGroupAndOverall() {
    CustomerId east = CustomerId.of("east-1");
    CustomerId west = CustomerId.of("west-1");
    Question q = Question.nps("nps");
    List<SurveyResponse> responses = List.of(Fixtures.response(east, q, 10, Fixtures.T0),
        Fixtures.response(east, q, 0, Fixtures.T0), Fixtures.response(west, q, 9, Fixtures.T0));
    Map<CustomerId, NpsStatistics> byCustomer = responses.stream()
        .collect(Accumulators.groupingBy(SurveyResponse::customerId, NpsAccumulator::new));
    assertEquals(Map.of(east, NpsStatistics.of(1, 0, 1), west, NpsStatistics.of(0, 0, 1)), byCustomer);
    KeyedAccumulator<CustomerId, SurveyResponse, NpsAccumulator, NpsStatistics> keyed = responses.stream()
        .collect(Accumulators.toKeyedAccumulator(SurveyResponse::customerId, NpsAccumulator::new));
    assertEquals(NpsStatistics.of(1, 0, 2), keyed.overall());
  }

  @Test
  void trend_byMonth_isSortedAndSplitsAtMonthEnd() {
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    Question q = Question.nps("nps");
    List<SurveyResponse> responses = List.of(
        Fixtures.response(q, 10, Instant.parse("2026-02-01T00:00:00Z")),
        Fixtures.response(q, 2, Instant.parse("2026-01-31T15:59:59Z")), // 23:59:59 in Shanghai
        Fixtures.response(q, 9, Instant.parse("2026-01-31T16:00:00Z"))); // 2026-02-01 00:00
    SortedMap<YearMonth, NpsStatistics> trend = responses.stream().collect(Accumulators.trend(
        Periods.month(zone).compose(SurveyResponse::occurredAt), NpsAccumulator::new));
    assertEquals(List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2)), List.copyOf(trend.keySet()));
    assertEquals(NpsStatistics.of(1, 0, 0), trend.get(YearMonth.of(2026, 1)));
    assertEquals(NpsStatistics.of(0, 0, 2), trend.get(YearMonth.of(2026, 2)));
  }
}
