package org.crmkit.scoring.nps;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.crmkit.scoring.stats.Interval;
import org.crmkit.scoring.stats.Normal;

/**
 * An NPS estimate as a report shows it: the raw score, the standard error and interval of the
 * chosen method, and whether the sample is large enough to mean something. Immutable.
 *
 * <p>The score is always the raw {@link NpsStatistics#score()}; with {@link
 * NpsMethod#ADJUSTED_WALD} the standard error and interval are those of the adjusted counts, so
 * the interval is not centred on the score.
 *
 * @param statistics the counts
 * @param method the interval method
 * @param confidence the confidence level, in (0, 1)
 * @param standardError the method's standard error in points, not negative
 * @param interval the method's interval in points
 * @param minimumSample the minimum number of responses for the score to be meaningful, at least 1
 */
public record NpsEstimate(NpsStatistics statistics, NpsMethod method, double confidence,
    double standardError, Interval interval, long minimumSample) {

  /**
   * Validates the estimate.
   *
   * @throws IllegalArgumentException if the statistics are empty, the confidence not in (0, 1),
   *     the standard error negative or the minimum sample below 1
   */
  public NpsEstimate {
    requireNonNull(statistics, "statistics");
    requireNonNull(method, "method");
    requireNonNull(interval, "interval");
    checkArgument(!statistics.isEmpty(), "statistics must not be empty but had 0 responses");
    Normal.checkConfidence(confidence);
    checkArgument(standardError >= 0, "standardError must be >= 0 but was %s", standardError);
    checkArgument(minimumSample >= 1, "minimumSample must be >= 1 but was %s", minimumSample);
  }

  /**
   * Computes the estimate of some counts.
   *
   * @param statistics the counts, not empty
   * @param method the interval method
   * @param confidence the confidence level, in (0, 1)
   * @param minimumSample the minimum number of responses for the score to be meaningful
   * @return the estimate
   * @throws IllegalArgumentException if confidence is not in (0, 1) or minimumSample below 1
   * @throws IllegalStateException if the statistics are empty
   */
  public static NpsEstimate of(NpsStatistics statistics, NpsMethod method, double confidence, long minimumSample) {
    requireNonNull(statistics, "statistics");
    requireNonNull(method, "method");
    double se = method == NpsMethod.WALD ? statistics.standardError() : statistics.adjustedStandardError();
    return new NpsEstimate(statistics, method, confidence, se, statistics.interval(method, confidence), minimumSample);
  }

  /** Returns the number of responses. */
  public long count() {
    return statistics.count();
  }

  /** Returns the raw score in points. */
  public double score() {
    return statistics.score();
  }

  /** Returns whether there are at least {@link #minimumSample()} responses. */
  public boolean meetsMinimumSample() {
    return statistics.count() >= minimumSample;
  }
}
