package org.crmkit.scoring.nps;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.crmkit.scoring.stats.Interval;
import org.crmkit.scoring.stats.Normal;

/**
 * A two-sample comparison of Net Promoter Scores from independent samples, {@code first −
 * second}: the difference, its standard error {@code sqrt(SE₁² + SE₂²)} (the Wald standard
 * errors, Rocks 2016 §4), the z statistic and the two-sided p-value. Immutable.
 *
 * <p>When both standard errors are 0 (for example both samples all promoters) z is 0 for equal
 * scores and ±infinity otherwise, with p-values 1 and 0.
 *
 * @param first the first sample, not empty
 * @param second the second sample, not empty
 */
public record NpsComparison(NpsStatistics first, NpsStatistics second) {

  /**
   * Validates the samples.
   *
   * @throws IllegalArgumentException if either sample is empty
   */
  public NpsComparison {
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    checkArgument(!first.isEmpty(), "first must not be empty but had 0 responses");
    checkArgument(!second.isEmpty(), "second must not be empty but had 0 responses");
  }

  /**
   * Compares two samples.
   *
   * @param first the first sample
   * @param second the second sample
   * @return {@code first − second}
   * @throws IllegalArgumentException if either sample is empty
   */
  public static NpsComparison of(NpsStatistics first, NpsStatistics second) {
    return new NpsComparison(first, second);
  }

  /** Returns {@code first.score() − second.score()}, in points. */
  public double difference() {
    return first.score() - second.score();
  }

  /** Returns the standard error of the difference, in points. */
  public double standardError() {
    double a = first.standardError();
    double b = second.standardError();
    return Math.sqrt(a * a + b * b);
  }

  /** Returns {@code difference / standardError}. */
  public double z() {
    double difference = difference();
    double se = standardError();
    if (se == 0.0) {
      return difference == 0.0 ? 0.0 : Math.copySign(Double.POSITIVE_INFINITY, difference);
    }
    return difference / se;
  }

  /** Returns the two-sided p-value of the null hypothesis that both scores are equal. */
  public double pValue() {
    return Normal.twoSidedPValue(z());
  }

  /**
   * Returns whether the difference is significant at a level.
   *
   * @param alpha the significance level, in (0, 1)
   * @return whether {@code pValue() < alpha}
   * @throws IllegalArgumentException if alpha is not in (0, 1)
   */
  public boolean isSignificant(double alpha) {
    checkArgument(alpha > 0 && alpha < 1, "alpha must be in (0, 1) but was %s", alpha);
    return pValue() < alpha;
  }

  /**
   * Returns the Wald interval of the difference, clipped to [−200, 200].
   *
   * @param confidence the confidence level, in (0, 1)
   * @return the interval in points
   * @throws IllegalArgumentException if confidence is not in (0, 1)
   */
  public Interval interval(double confidence) {
    return Interval.around(difference(), Normal.twoSidedCriticalValue(confidence) * standardError(), -200, 200);
  }
}
