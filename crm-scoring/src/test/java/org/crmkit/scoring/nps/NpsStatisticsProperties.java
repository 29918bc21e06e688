package org.crmkit.scoring.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.crmkit.scoring.stats.Interval;

class NpsStatisticsProperties {

  @Provide
  Arbitrary<NpsStatistics> nonEmpty() {
    Arbitrary<Long> counts = Arbitraries.longs().between(0, 5_000);
    return counts.list().ofSize(3).filter(c -> c.get(0) + c.get(1) + c.get(2) > 0)
        .map(c -> NpsStatistics.of(c.get(0), c.get(1), c.get(2)));
  }

  @Property
  void npsStaysWithinMinus100And100(@ForAll("nonEmpty") NpsStatistics stats) {
    assertTrue(stats.score() >= -100 && stats.score() <= 100, () -> "score " + stats.score());
    assertTrue(stats.adjustedScore() >= -100 && stats.adjustedScore() <= 100);
  }

  @Property
  void waldIntervalContainsPointEstimate(@ForAll("nonEmpty") NpsStatistics stats,
      @ForAll @DoubleRange(min = 0.5, max = 0.999) @Scale(3) double confidence) {
    Interval wald = stats.waldInterval(confidence);
    assertTrue(wald.contains(stats.score()), () -> wald + " must contain " + stats.score());
  }

  @Property
  void adjustedWaldIntervalContainsAdjustedScoreWithinBounds(@ForAll("nonEmpty") NpsStatistics stats,
      @ForAll @DoubleRange(min = 0.5, max = 0.999) @Scale(3) double confidence) {
    Interval adjusted = stats.adjustedWaldInterval(confidence);
    assertTrue(adjusted.contains(stats.adjustedScore()));
    assertTrue(adjusted.low() >= -100 && adjusted.high() <= 100);
  }

  @Property
  void varianceIsBetweenZeroAndOne(@ForAll("nonEmpty") NpsStatistics stats) {
    assertTrue(stats.variance() >= 0 && stats.variance() <= 1);
  }

  @Property
  void byteFastPathEqualsScoreByScore(@ForAll @Size(max = 300) List<@LongRange(min = 0, max = 10) Long> scores) {
    byte[] bytes = new byte[scores.size()];
    NpsAccumulator oneByOne = new NpsAccumulator();
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = scores.get(i).byteValue();
      oneByOne.add(bytes[i]);
    }
    NpsAccumulator fast = new NpsAccumulator();
    fast.addAll(bytes);
    assertEquals(oneByOne.snapshot(), fast.snapshot());
  }

  @Property
  void comparisonIsAntisymmetric(@ForAll("nonEmpty") NpsStatistics a, @ForAll("nonEmpty") NpsStatistics b) {
    NpsComparison ab = a.comparedWith(b);
    NpsComparison ba = b.comparedWith(a);
    assertEquals(-ab.difference(), ba.difference(), 1e-9);
    assertEquals(ab.pValue(), ba.pValue(), 1e-12);
    assertTrue(ab.pValue() >= 0 && ab.pValue() <= 1);
  }
}
