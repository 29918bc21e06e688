package org.crmkit.scoring.csat;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.util.stream.Collector;
import org.crmkit.scoring.stats.Accumulators;
import org.crmkit.scoring.stats.Proportion;

/**
 * How often service exceeded, met or fell below expectation, and the mean gap {@code perceived −
 * expected}. Immutable and thread-safe.
 *
 * @param exceeded pairs with perceived &gt; expected, not negative
 * @param met pairs with perceived = expected, not negative
 * @param below pairs with perceived &lt; expected, not negative
 * @param gapSum the sum of the gaps; positive exactly when some pair exceeded
 * @param gapSquareSum the sum of the squared gaps, not negative
 */
public record ExpectationSummary(long exceeded, long met, long below, long gapSum, long gapSquareSum) {

  /**
   * Validates the counts.
   *
   * @throws IllegalArgumentException if a count or the square sum is negative, or the sums
   *     contradict the counts
   */
  public ExpectationSummary {
    checkArgument(exceeded >= 0, "exceeded must be >= 0 but was %s", exceeded);
    checkArgument(met >= 0, "met must be >= 0 but was %s", met);
    checkArgument(below >= 0, "below must be >= 0 but was %s", below);
    checkArgument(gapSquareSum >= 0, "gapSquareSum must be >= 0 but was %s", gapSquareSum);
    checkArgument(gapSquareSum >= Math.abs(gapSum),
        "gapSquareSum must be >= |gapSum| but was %s < |%s|", gapSquareSum, gapSum);
  }

  /**
   * Returns a collector of ratings into a summary.
   *
   * @return the collector, which merges partial accumulators
   */
  public static Collector<ExpectationRating, ExpectationAccumulator, ExpectationSummary> toExpectationSummary() {
    return Accumulators.toSnapshot(ExpectationAccumulator::new);
  }

  /** Returns the number of pairs. */
  public long count() {
    return exceeded + met + below;
  }

  /**
   * Returns the count of an outcome.
   *
   * @param outcome the outcome
   * @return its count
   */
  public long count(ExpectationOutcome outcome) {
    requireNonNull(outcome, "outcome");
    if (outcome == ExpectationOutcome.EXCEEDED) {
      return exceeded;
    }
    return outcome == ExpectationOutcome.MET ? met : below;
  }

  /**
   * Returns the pairs with an outcome among all pairs; its Wilson interval gives the uncertainty.
   *
   * @param outcome the outcome
   * @return the proportion
   */
  public Proportion share(ExpectationOutcome outcome) {
    return Proportion.of(count(outcome), count());
  }

  /**
   * Returns the mean gap {@code perceived − expected}.
   *
   * @return the mean gap
   * @throws IllegalStateException if there are no pairs
   */
  public double meanGap() {
    checkState(count() > 0, "mean gap needs at least one pair but there were none");
    return (double) gapSum / count();
  }

  /**
   * Returns the sample standard deviation of the gap.
   *
   * @return the standard deviation
   * @throws IllegalStateException if there are fewer than two pairs
   */
  public double gapStandardDeviation() {
    long n = count();
    checkState(n > 1, "gap standard deviation needs at least two pairs but there were %s", n);
    double mean = (double) gapSum / n;
    return Math.sqrt(Math.max(0.0, (gapSquareSum - n * mean * mean) / (n - 1)));
  }
}
