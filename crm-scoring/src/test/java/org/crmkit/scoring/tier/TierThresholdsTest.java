package org.crmkit.scoring.tier;

import static org.crmkit.scoring.tier.TierFixtures.CNY;
import static org.crmkit.scoring.tier.TierFixtures.SHANGHAI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TierThresholdsTest {
  private static final TierPolicy DEFAULTS = TierPolicy.defaults(CNY, SHANGHAI);
  /** Spends 1, 2, …, 1000. */
  private static final List<TierMetrics> POPULATION = IntStream.rangeClosed(1, 1000)
      .mapToObj(i -> TierMetrics.of(BigDecimal.valueOf(i), i % 30, 0, 0)).toList();

  private static Map<String, Double> shares() {
    Map<String, Double> shares = new LinkedHashMap<>();
    shares.put("diamond", 0.01);
    shares.put("platinum", 0.05);
    shares.put("gold", 0.20);
    return shares;
  }

  @Test
  void suggest_spendTopShares_givesKthHighestValues() {
    ThresholdSuggestion suggestion = TierThresholds.suggest(DEFAULTS, Metric.SPEND, POPULATION, shares());
    assertEquals(Map.of("gold", new BigDecimal("801"), "platinum", new BigDecimal("951"), "diamond", new BigDecimal("991")),
        suggestion.minimums());
    assertEquals(List.of("gold", "platinum", "diamond"), List.copyOf(suggestion.minimums().keySet()));
    assertEquals(0.20, suggestion.achievedShares().get("gold"), 1e-12);
    assertEquals(0.01, suggestion.achievedShares().get("diamond"), 1e-12);
    Criterion goldSpend = suggestion.applyTo(DEFAULTS).tier(2).rule().criterion(Metric.SPEND).orElseThrow();
    assertEquals(200, POPULATION.stream().filter(goldSpend::isMetBy).count());
  }

  @Test
  void suggest_ties_reportsLargerAchievedShare() {
    List<TierMetrics> tied = IntStream.range(0, 100)
        .mapToObj(i -> TierMetrics.of(BigDecimal.valueOf(i < 90 ? 10 : 50), 0, 0, 0)).toList();
    ThresholdSuggestion suggestion = TierThresholds.suggest(DEFAULTS, Metric.SPEND, tied, Map.of("gold", 0.2));
    assertEquals(new BigDecimal("10"), suggestion.minimums().get("gold"));
    assertEquals(1.0, suggestion.achievedShares().get("gold"), 0.0);
  }

  @Test
  void suggest_countMetric_neverBelowOne() {
    List<TierMetrics> zeros = IntStream.range(0, 10).mapToObj(i -> TierMetrics.NONE).toList();
    ThresholdSuggestion suggestion = TierThresholds.suggest(DEFAULTS, Metric.PURCHASES, zeros, Map.of("gold", 0.5));
    assertEquals(BigDecimal.ONE, suggestion.minimums().get("gold"));
    assertEquals(0.0, suggestion.achievedShares().get("gold"), 0.0);
  }

  @Test
  void suggest_higherTierLargerShare_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TierThresholds.suggest(
        DEFAULTS, Metric.SPEND, POPULATION, Map.of("gold", 0.05, "platinum", 0.2)));
    assertEquals("share of platinum must not exceed the share of a lower tier 0.05 but was 0.2", e.getMessage());
  }

  @Test
  void suggest_baseTier_throws() {
    assertThrows(IllegalArgumentException.class,
        () -> TierThresholds.suggest(DEFAULTS, Metric.SPEND, POPULATION, Map.of("none", 0.5)));
  }
}
