package org.crmkit.scoring.csat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.crmkit.core.interaction.SurveyResponse;
import org.crmkit.scoring.stats.Interval;
import org.crmkit.scoring.testing.Fixtures;
import org.junit.jupiter.api.Test;

class CsatStatisticsTest {
  /** Issue 3 golden counts 5:42, 4:32, 3:10, 2:9, 1:14. */
  private static final CsatStatistics GOLDEN = CsatStatistics.of(14, 9, 10, 32, 42);

  @Test
  void topTwoBoxPercent_goldenCounts_is69point16() {
    assertEquals(107, GOLDEN.count());
    assertEquals(69.16, GOLDEN.topTwoBoxPercent(), 0.005);
  }

  @Test
  void mean_goldenCounts_is3point7383() {
    assertEquals(3.7383, GOLDEN.mean(), 0.00005);
  }

  @Test
  void topTwoBoxInterval_goldenCounts95_isWilson59point87To77point12() {
    Interval wilson = GOLDEN.topTwoBoxInterval(0.95);
    assertEquals(59.87, wilson.low(), 0.005);
    assertEquals(77.12, wilson.high(), 0.005);
  }

  @Test
  void standardDeviation_smallSample_matchesDefinition() {
    // Scores 1 and 5: mean 3, squared deviations 4 + 4.
    CsatStatistics stats = CsatStatistics.of(1, 0, 0, 0, 1);
    assertEquals(Math.sqrt(8.0), stats.sampleStandardDeviation(), 1e-12);
    assertEquals(2.0, stats.populationStandardDeviation(), 1e-12);
    assertEquals(8.0, stats.sampleVariance(), 1e-12);
  }

  @Test
  void sampleVariance_oneAnswer_throws() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> CsatStatistics.of(0, 0, 1, 0, 0).sampleVariance());
    assertEquals("sample variance needs at least two answers but there were 1", e.getMessage());
  }

  @Test
  void mean_empty_throws() {
    assertThrows(IllegalStateException.class, () -> CsatStatistics.of(0, 0, 0, 0, 0).mean());
  }

  @Test
  void countsByScore_goldenCounts_hasAllFiveLevels() {
    assertEquals(Map.of(1, 14L, 2, 9L, 3, 10L, 4, 32L, 5, 42L), GOLDEN.countsByScore());
    assertEquals(List.of(1, 2, 3, 4, 5), List.copyOf(GOLDEN.countsByScore().keySet()));
    assertEquals(23, GOLDEN.bottomTwoBox().successes());
  }

  @Test
  void toCsatStatistics_responses_countsPerLevel() {
    CsatStatistics stats = List.of(Fixtures.csat(5), Fixtures.csat(4), Fixtures.csat(5), Fixtures.csat(1))
        .stream().collect(CsatStatistics.toCsatStatistics());
    assertEquals(CsatStatistics.of(1, 0, 0, 1, 2), stats);
    assertEquals(2, stats.count(CsatLevel.VERY_SATISFIED));
  }

  @Test
  void add_npsResponse_throws() {
    SurveyResponse nps = Fixtures.nps(5);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CsatAccumulator().add(nps));
    assertEquals("response question scale must be CSAT but question nps was NPS", e.getMessage());
  }

  @Test
  void add_scoreSix_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CsatAccumulator().add(6));
    assertEquals("score must be in [1, 5] but was 6", e.getMessage());
  }

  @Test
  void of_negativeCount_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsatStatistics.of(0, 0, -2, 0, 0));
    assertEquals("count of score 3 must be >= 0 but was -2", e.getMessage());
  }

  @Test
  void meetsMinimumSample_defaultIs30() {
    assertTrue(GOLDEN.meetsMinimumSample());
    assertFalse(CsatStatistics.of(5, 5, 5, 5, 9).meetsMinimumSample());
  }

  @Test
  void level_topTwoBox_isSatisfiedAndVerySatisfied() {
    assertTrue(CsatLevel.of(4).isTopTwoBox());
    assertTrue(CsatLevel.of(5).isTopTwoBox());
    assertFalse(CsatLevel.of(3).isTopTwoBox());
    assertEquals(1, CsatLevel.VERY_DISSATISFIED.score());
  }
}
