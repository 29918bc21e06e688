package org.crmkit.scoring.rfm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkit.core.CustomerId;

class RfmScorerProperties {

  @Provide
  Arbitrary<List<RfmMetrics>> populations() {
    Arbitrary<long[]> rows = Combinators.combine(Arbitraries.longs().between(0, 400), Arbitraries.longs().between(1, 12),
        Arbitraries.longs().between(0, 50_000)).as((r, f, m) -> new long[] {r, f, m});
    return rows.list().ofMinSize(1).ofMaxSize(200).map(list -> {
      List<RfmMetrics> population = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        long[] row = list.get(i);
        population.add(RfmMetrics.of(CustomerId.of("c" + i), row[0], row[1], BigDecimal.valueOf(row[2], 2)));
      }
      return population;
    });
  }

  private static Map<CustomerId, RfmScore> byId(List<RfmScore> scores) {
    Map<CustomerId, RfmScore> map = new HashMap<>();
    scores.forEach(s -> map.put(s.customerId(), s));
    return map;
  }

  @Property(tries = 200)
  void scoringIsIndependentOfInputOrder(@ForAll("populations") List<RfmMetrics> population, @ForAll long seed,
      @ForAll TiePolicy ties) {
    List<RfmMetrics> shuffled = new ArrayList<>(population);
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(byId(RfmScorer.score(population, ties)), byId(RfmScorer.score(shuffled, ties)));
  }

  @Property(tries = 200)
  void higherFrequencyNeverScoresLower(@ForAll("populations") List<RfmMetrics> population, @ForAll TiePolicy ties) {
    List<RfmScore> scores = RfmScorer.score(population, ties);
    for (int i = 0; i < population.size(); i++) {
      for (int j = 0; j < population.size(); j++) {
        if (population.get(i).frequency() > population.get(j).frequency()) {
          assertTrue(scores.get(i).frequency() >= scores.get(j).frequency());
        }
        if (population.get(i).recencyDays() < population.get(j).recencyDays()) {
          assertTrue(scores.get(i).recency() >= scores.get(j).recency());
        }
      }
    }
  }

  @Property(tries = 200)
  void rankQuintilesDifferInSizeByAtMostOne(@ForAll("populations") List<RfmMetrics> population) {
    int[] counts = new int[6];
    RfmScorer.score(population, TiePolicy.RANK).forEach(s -> counts[s.monetary()]++);
    if (population.size() >= 5) {
      int min = Integer.MAX_VALUE;
      int max = 0;
      for (int b = 1; b <= 5; b++) {
        min = Math.min(min, counts[b]);
        max = Math.max(max, counts[b]);
      }
      assertTrue(max - min <= 1, () -> Arrays.toString(counts));
    }
  }
}
