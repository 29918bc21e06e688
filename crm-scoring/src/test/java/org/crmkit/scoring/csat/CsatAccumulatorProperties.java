package org.crmkit.scoring.csat;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.crmkit.core.interaction.SurveyResponse;
import org.crmkit.scoring.stats.AccumulatorContract;
import org.crmkit.scoring.testing.Fixtures;

/** The accumulator laws for {@link CsatAccumulator}, plus the range laws of its statistics. */
class CsatAccumulatorProperties implements AccumulatorContract<SurveyResponse, CsatAccumulator, CsatStatistics> {

  @Override
  public CsatAccumulator newAccumulator() {
    return new CsatAccumulator();
  }

  @Override
  @Provide
  public Arbitrary<SurveyResponse> value() {
    return Arbitraries.integers().between(1, 5).map(Fixtures::csat);
  }

  @Property
  void meanStaysOnTheScaleAndWilsonContainsTopTwoBox(@ForAll @LongRange(max = 1000) long c1,
      @ForAll @LongRange(max = 1000) long c2, @ForAll @LongRange(max = 1000) long c3,
      @ForAll @LongRange(max = 1000) long c4, @ForAll @LongRange(min = 1, max = 1000) long c5) {
    CsatStatistics stats = CsatStatistics.of(c1, c2, c3, c4, c5);
    assertTrue(stats.mean() >= 1 && stats.mean() <= 5);
    assertTrue(stats.topTwoBoxInterval(0.95).contains(stats.topTwoBoxPercent()));
    assertTrue(stats.populationStandardDeviation() <= 2.0 + 1e-12);
  }
}
