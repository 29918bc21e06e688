package org.crmkit.scoring.csat;

import static java.util.Objects.requireNonNull;

import org.crmkit.scoring.stats.Accumulator;

/**
 * Counts expectation outcomes and sums the gaps; {@link #snapshot()} gives the immutable {@link
 * ExpectationSummary}. Long counters, mergeable. Mutable and not thread-safe.
 */
public final class ExpectationAccumulator
    implements Accumulator<ExpectationRating, ExpectationAccumulator, ExpectationSummary> {
  private long exceeded;
  private long met;
  private long below;
  private long gapSum;
  private long gapSquareSum;

  /** Creates an empty accumulator. */
  public ExpectationAccumulator() {}

  @Override
  public void add(ExpectationRating rating) {
    requireNonNull(rating, "rating");
    int gap = rating.gap();
    if (gap > 0) {
      exceeded++;
    } else if (gap == 0) {
      met++;
    } else {
      below++;
    }
    gapSum += gap;
    gapSquareSum += (long) gap * gap;
  }

  /**
   * Adds another accumulator's counts and sums; {@code other} is not changed.
   *
   * @param other the other accumulator
   * @throws ArithmeticException if a counter would overflow
   */
  @Override
  public void merge(ExpectationAccumulator other) {
    requireNonNull(other, "other");
    long e = Math.addExact(exceeded, other.exceeded);
    long m = Math.addExact(met, other.met);
    long b = Math.addExact(below, other.below);
    long s = Math.addExact(gapSum, other.gapSum);
    long q = Math.addExact(gapSquareSum, other.gapSquareSum);
    exceeded = e;
    met = m;
    below = b;
    gapSum = s;
    gapSquareSum = q;
  }

  /** Returns the number of pairs added so far. */
  public long count() {
    return exceeded + met + below;
  }

  @Override
  public ExpectationSummary snapshot() {
    return new ExpectationSummary(exceeded, met, below, gapSum, gapSquareSum);
  }
}
