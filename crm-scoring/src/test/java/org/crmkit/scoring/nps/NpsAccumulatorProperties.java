package org.crmkit.scoring.nps;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import org.crmkit.core.interaction.SurveyResponse;
import org.crmkit.scoring.stats.AccumulatorContract;
import org.crmkit.scoring.testing.Fixtures;

/** The accumulator laws for {@link NpsAccumulator}: split-then-merge, associativity, commutativity, identity. */
class NpsAccumulatorProperties implements AccumulatorContract<SurveyResponse, NpsAccumulator, NpsStatistics> {

  @Override
  public NpsAccumulator newAccumulator() {
    return new NpsAccumulator();
  }

  @Override
  @Provide
  public Arbitrary<SurveyResponse> value() {
    return Arbitraries.integers().between(0, 10).map(Fixtures::nps);
  }
}
