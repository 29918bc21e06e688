package org.crmkit.scoring.csat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkit.scoring.stats.AccumulatorContract;

/** The accumulator laws for {@link ExpectationAccumulator}, and that counts partition the pairs. */
class ExpectationAccumulatorProperties
    implements AccumulatorContract<ExpectationRating, ExpectationAccumulator, ExpectationSummary> {

  @Override
  public ExpectationAccumulator newAccumulator() {
    return new ExpectationAccumulator();
  }

  @Override
  @Provide
  public Arbitrary<ExpectationRating> value() {
    Arbitrary<Integer> score = Arbitraries.integers().between(1, 5);
    return Combinators.combine(score, score).as(ExpectationRating::ofCsat);
  }

  @Property
  void outcomesPartitionThePairs(@ForAll("values") List<ExpectationRating> ratings) {
    ExpectationSummary summary = ratings.stream().collect(ExpectationSummary.toExpectationSummary());
    assertEquals(ratings.size(), summary.exceeded() + summary.met() + summary.below());
    assertEquals(ratings.stream().filter(r -> r.perceived() > r.expected()).count(), summary.exceeded());
    assertEquals(ratings.stream().mapToLong(ExpectationRating::gap).sum(), summary.gapSum());
  }
}
