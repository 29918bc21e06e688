package org.crmkit.scoring.csat;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collector;
import org.crmkit.core.interaction.Scale;
import org.crmkit.core.interaction.SurveyResponse;
import org.crmkit.scoring.stats.Accumulators;
import org.crmkit.scoring.stats.Interval;
import org.crmkit.scoring.stats.Proportion;

/**
 * The counts of a 5-point satisfaction survey and what follows from them: top-2-box share with
 * its Wilson interval, mean, variance and standard deviation. Immutable and thread-safe. Methods
 * that need data throw {@link IllegalStateException} when there are no answers.
 *
 * @param veryDissatisfied answers 1, not negative
 * @param dissatisfied answers 2, not negative
 * @param neutral answers 3, not negative
 * @param satisfied answers 4, not negative
 * @param verySatisfied answers 5, not negative
 */
public record CsatStatistics(long veryDissatisfied, long dissatisfied, long neutral, long satisfied,
    long verySatisfied) {
  /** The default minimum number of answers for a result to be reported as meaningful: 30. */
  public static final long DEFAULT_MINIMUM_SAMPLE = 30;

  /**
   * Validates the counts.
   *
   * @throws IllegalArgumentException if a count is negative or the total overflows a long
   */
  public CsatStatistics {
    long total = 0;
    long[] all = {veryDissatisfied, dissatisfied, neutral, satisfied, verySatisfied};
    for (int i = 0; i < all.length; i++) {
      checkArgument(all[i] >= 0, "count of score %s must be >= 0 but was %s", i + 1, all[i]);
      total += all[i];
      checkArgument(total >= 0, "count must fit in a long but overflowed at score %s", i + 1);
    }
  }

  /**
   * Returns statistics from counts by score.
   *
   * @param score1 answers 1 (very dissatisfied)
   * @param score2 answers 2
   * @param score3 answers 3
   * @param score4 answers 4
   * @param score5 answers 5 (very satisfied)
   * @return the statistics
   * @throws IllegalArgumentException if a count is negative
   */
  public static CsatStatistics of(long score1, long score2, long score3, long score4, long score5) {
    return new CsatStatistics(score1, score2, score3, score4, score5);
  }

  /**
   * Returns whether a response answers a question on the CSAT scale.
   *
   * @param response the response
   * @return whether its question's scale is {@link Scale#CSAT}
   */
  public static boolean isCsatResponse(SurveyResponse response) {
    return response.question().scale().kind() == Scale.Kind.CSAT;
  }

  /**
   * Returns a collector of survey responses into CSAT statistics; it rejects responses to other
   * scales, so filter with {@link #isCsatResponse} first when the stream is mixed.
   *
   * @return the collector, which merges partial accumulators
   */
  public static Collector<SurveyResponse, CsatAccumulator, CsatStatistics> toCsatStatistics() {
    return Accumulators.toSnapshot(CsatAccumulator::new);
  }

  /** Returns the number of answers. */
  public long count() {
    return veryDissatisfied + dissatisfied + neutral + satisfied + verySatisfied;
  }

  /** Returns whether there are no answers. */
  public boolean isEmpty() {
    return count() == 0;
  }

  /**
   * Returns the count of a level.
   *
   * @param level the level
   * @return its count
   */
  public long count(CsatLevel level) {
    requireNonNull(level, "level");
    switch (level) {
      case VERY_DISSATISFIED:
        return veryDissatisfied;
      case DISSATISFIED:
        return dissatisfied;
      case NEUTRAL:
        return neutral;
      case SATISFIED:
        return satisfied;
      default:
        return verySatisfied;
    }
  }

  /** Returns the counts keyed by score 1..5, all five present. */
  public SortedMap<Integer, Long> countsByScore() {
    SortedMap<Integer, Long> counts = new TreeMap<>();
    for (CsatLevel level : CsatLevel.values()) {
      counts.put(level.score(), count(level));
    }
    return Collections.unmodifiableSortedMap(counts);
  }

  /** Returns the satisfied and very satisfied answers among all answers. */
  public Proportion topTwoBox() {
    return Proportion.of(satisfied + verySatisfied, count());
  }

  /** Returns the dissatisfied and very dissatisfied answers among all answers. */
  public Proportion bottomTwoBox() {
    return Proportion.of(veryDissatisfied + dissatisfied, count());
  }

  /**
   * Returns the top-2-box percentage.
   *
   * @return the percentage, in [0, 100]
   * @throws IllegalStateException if there are no answers
   */
  public double topTwoBoxPercent() {
    return topTwoBox().percent();
  }

  /**
   * Returns the Wilson score interval of the top-2-box share, in percent.
   *
   * @param confidence the confidence level, in (0, 1)
   * @return the interval, within [0, 100]
   * @throws IllegalArgumentException if confidence is not in (0, 1)
   * @throws IllegalStateException if there are no answers
   */
  public Interval topTwoBoxInterval(double confidence) {
    return topTwoBox().wilsonInterval(confidence).scaledBy(100.0);
  }

  /**
   * Returns the mean score.
   *
   * @return the mean, in [1, 5]
   * @throws IllegalStateException if there are no answers
   */
  public double mean() {
    long n = nonEmptyCount();
    double sum = veryDissatisfied + 2.0 * dissatisfied + 3.0 * neutral + 4.0 * satisfied + 5.0 * verySatisfied;
    return sum / n;
  }

  /**
   * Returns the population variance, {@code Σ c_s (s − mean)² / n}.
   *
   * @return the variance
   * @throws IllegalStateException if there are no answers
   */
  public double populationVariance() {
    return sumOfSquaredDeviations() / nonEmptyCount();
  }

  /**
   * Returns the sample variance, {@code Σ c_s (s − mean)² / (n − 1)}.
   *
   * @return the variance
   * @throws IllegalStateException if there are fewer than two answers
   */
  public double sampleVariance() {
    checkState(count() > 1, "sample variance needs at least two answers but there were %s", count());
    return sumOfSquaredDeviations() / (count() - 1);
  }

  /**
   * Returns the population standard deviation.
   *
   * @return the square root of {@link #populationVariance()}
   * @throws IllegalStateException if there are no answers
   */
  public double populationStandardDeviation() {
    return Math.sqrt(populationVariance());
  }

  /**
   * Returns the sample standard deviation, the usual one to report for a survey.
   *
   * @return the square root of {@link #sampleVariance()}
   * @throws IllegalStateException if there are fewer than two answers
   */
  public double sampleStandardDeviation() {
    return Math.sqrt(sampleVariance());
  }

  /** Returns whether there are at least {@value #DEFAULT_MINIMUM_SAMPLE} answers. */
  public boolean meetsMinimumSample() {
    return meetsMinimumSample(DEFAULT_MINIMUM_SAMPLE);
  }

  /**
   * Returns whether there are enough answers for the result to be reported as meaningful.
   *
   * @param minimum the minimum number of answers, at least 1
   * @return whether {@code count() >= minimum}
   * @throws IllegalArgumentException if minimum is below 1
   */
  public boolean meetsMinimumSample(long minimum) {
    checkArgument(minimum >= 1, "minimum must be >= 1 but was %s", minimum);
    return count() >= minimum;
  }

  private double sumOfSquaredDeviations() {
    double mean = mean();
    double sum = 0;
    for (CsatLevel level : CsatLevel.values()) {
      double deviation = level.score() - mean;
      sum += count(level) * deviation * deviation;
    }
    return sum;
  }

  private long nonEmptyCount() {
    long n = count();
    checkState(n > 0, "CSAT needs at least one answer but there were none");
    return n;
  }
}
